import { Router } from 'express';
import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '../db/console/query-guard';
import { clientKey } from '../middleware/client-key';
import { consoleRateLimit } from '../middleware/console-rate-limit';
import { CypherService } from '../services/cypher-service';
import { parseInput } from './validate';

const body = z.object({
  query: z.string().min(1, 'is required').max(MAX_QUERY_LENGTH, `is longer than ${MAX_QUERY_LENGTH} characters`),
  params: z
    .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'parameter names are identifiers'), z.unknown())
    .default({}),
});

export function cypherRouter(cypher: CypherService, requestsPerMinute: number): Router {
  const router = Router();
  const limiter = consoleRateLimit(requestsPerMinute, 'console queries');
  router.post('/cypher', limiter, async (req, res) => {
    const input = parseInput(body, req.body ?? {});
    res.json(await cypher.run(input.query, input.params, clientKey(req)));
  });
  return router;
}
