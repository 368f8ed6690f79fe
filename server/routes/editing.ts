import { Router } from 'express';
import { editing, expressPath } from '../api/contract';

/** Tells the page whether to offer its editing controls; the token itself is checked on every write. */
export function editingRouter(editToken: string | null): Router {
  const router = Router();
  router.get(expressPath(editing), (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ enabled: editToken !== null });
  });
  return router;
}
