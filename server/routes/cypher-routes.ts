import { Router } from 'express';
import { cypher as cypherRoute, expressPath } from '../api/contract';
import { clientKey } from '../middleware/client-key';
import { consoleRateLimit } from '../middleware/console-rate-limit';
import { CypherService } from '../services/cypher-service';
import { parseInput } from './validate';

export function cypherRouter(cypher: CypherService, requestsPerMinute: number): Router {
  const router = Router();
  const limiter = consoleRateLimit(requestsPerMinute, 'console queries');
  router.post(expressPath(cypherRoute), limiter, async (req, res) => {
    const input = parseInput(cypherRoute.request.body['application/json'], req.body ?? {});
    res.json(await cypher.run(input.query, input.params, clientKey(req)));
  });
  return router;
}
