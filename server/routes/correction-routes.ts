import { RequestHandler, Router } from 'express';
import { createCorrection, expressPath, listCorrections, undoCorrection } from '../api/contract';
import { CorrectionsService } from '../services/corrections-service';
import { parseInput } from './validate';

/** Corrections: anyone may read them (they explain the graph); making or undoing one needs the edit token. */
export function correctionRouter(corrections: CorrectionsService, requireToken: RequestHandler): Router {
  const router = Router();
  router.get(expressPath(listCorrections), async (req, res) => {
    const { entity, undone } = parseInput(listCorrections.request.query, req.query);
    res
      .set('Cache-Control', 'no-store')
      .json({ corrections: await corrections.list(entity ?? null, undone === 'true') });
  });
  router.post(expressPath(createCorrection), requireToken, async (req, res) => {
    res
      .status(201)
      .json(await corrections.create(parseInput(createCorrection.request.body['application/json'], req.body)));
  });
  router.post(expressPath(undoCorrection), requireToken, async (req, res) => {
    const { id } = parseInput(undoCorrection.request.params, req.params);
    const { who, why } = parseInput(undoCorrection.request.body['application/json'], req.body ?? {});
    res.json(await corrections.undo(id, who, why));
  });
  return router;
}
