import { Router } from 'express';
import { expressPath, healthCheck } from '../api/contract';
import { HealthService } from '../services/health-service';

export function healthRouter(health: HealthService): Router {
  const router = Router();
  router.get(expressPath(healthCheck), async (_req, res) => {
    res.set('Cache-Control', 'no-store').json(await health.check());
  });
  return router;
}
