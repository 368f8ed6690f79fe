import { RequestHandler, Router } from 'express';
import { z } from 'zod';
import { correctionInput, listInput, undoInput } from '../services/corrections-input';
import { CorrectionsService } from '../services/corrections-service';
import { parseInput, pathId } from './validate';

/** Corrections: anyone may read them (they explain the graph); making or undoing one needs the edit token. */
export function correctionRouter(corrections: CorrectionsService, requireToken: RequestHandler): Router {
  const router = Router();
  router.get('/corrections', async (req, res) => {
    const { entity, undone } = parseInput(listInput, req.query);
    res
      .set('Cache-Control', 'no-store')
      .json({ corrections: await corrections.list(entity ?? null, undone === 'true') });
  });
  router.post('/corrections', requireToken, async (req, res) => {
    res.status(201).json(await corrections.create(parseInput(correctionInput, req.body)));
  });
  router.post('/corrections/:id/undo', requireToken, async (req, res) => {
    const { id } = parseInput(z.object({ id: pathId }), req.params);
    const { who, why } = parseInput(undoInput, req.body ?? {});
    res.json(await corrections.undo(id, who, why));
  });
  return router;
}
