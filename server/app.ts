import path from 'node:path';
import express, { Express } from 'express';
import { REPO_ROOT } from './config';
import { Executor } from './db/executor';
import { Logger } from './logger';
import { apiNotFound, errorHandler } from './middleware/error-handler';
import { healthRouter } from './routes/health';
import { HealthService, Neo4jLocation } from './services/health-service';

export interface AppDependencies {
  executor: Executor;
  neo4j: Neo4jLocation;
  logger: Logger;
  /** Folder with the built explorer page; defaults to client/. */
  clientDir?: string;
}

/** Builds the Express app from its dependencies; listening is server/index.ts's job. */
export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(express.json({ limit: '64kb' }));

  const api = express.Router();
  api.use(healthRouter(new HealthService(deps.executor, deps.neo4j)));
  api.use(apiNotFound);
  app.use('/api', api);

  app.use(express.static(deps.clientDir ?? path.join(REPO_ROOT, 'client'), { index: 'index.html', fallthrough: true }));
  app.use(errorHandler(deps.logger));
  return app;
}
