import { Router } from 'express';
import { expressPath, readArticle, readouts as readoutsRoute } from '../api/contract';
import { ReadServices } from '../services/read-services';
import { parseInput } from './validate';

/** The journalist's reading: an article in full, an event's readouts side by side. */
export function readerRouter({ articles, readouts }: Pick<ReadServices, 'articles' | 'readouts'>): Router {
  const router = Router();
  router.get(expressPath(readArticle), async (req, res) => {
    res.json(await articles.read(parseInput(readArticle.request.params, req.params).id));
  });
  router.get(expressPath(readoutsRoute), async (req, res) => {
    res.json(await readouts.compare(parseInput(readoutsRoute.request.params, req.params).id));
  });
  return router;
}
