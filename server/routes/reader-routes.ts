import { Router } from 'express';
import { z } from 'zod';
import { ArticleService } from '../services/article-service';
import { ReadoutsService } from '../services/readouts-service';
import { parseInput, pathId } from './validate';

const byId = z.object({ id: pathId });

/** The journalist's reading: an article in full, an event's readouts side by side. */
export function readerRouter({ articles, readouts }: { articles: ArticleService; readouts: ReadoutsService }): Router {
  const router = Router();
  router.get('/articles/:id', async (req, res) => {
    res.json(await articles.read(parseInput(byId, req.params).id));
  });
  router.get('/events/:id/readouts', async (req, res) => {
    res.json(await readouts.compare(parseInput(byId, req.params).id));
  });
  return router;
}
