import { Router } from 'express';
import { HealthService } from '../services/health-service';

export function healthRouter(health: HealthService): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    res.set('Cache-Control', 'no-store').json(await health.check());
  });
  return router;
}
