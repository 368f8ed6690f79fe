import path from 'node:path';
import express, { Express, RequestHandler } from 'express';
import helmet from 'helmet';
import { REPO_ROOT, TrustProxy } from './config';
import { ConsolePool } from './db/console/console-pool';
import { QueryGuard } from './db/console/query-guard';
import { Executor } from './db/executor';
import { Logger } from './logger';
import { mcpRouter } from './mcp/http-transport';
import { apiNotFound, errorHandler } from './middleware/error-handler';
import { addArticle } from './api/contract';
import { openApiDocument } from './api/openapi';
import { ContractViolation, responseChecker } from './api/response-check';
import { Nlp } from './nlp/types';
import { ARTICLE_INTAKE, articleRouter } from './routes/article-routes';
import { changesRouter } from './routes/changes-routes';
import { cypherRouter } from './routes/cypher-routes';
import { graphRouter } from './routes/graph-routes';
import { requireEditToken } from './middleware/edit-token';
import { correctionRouter } from './routes/correction-routes';
import { editingRouter } from './routes/editing';
import { exportRouter } from './routes/export-routes';
import { healthRouter } from './routes/health';
import { readerRouter } from './routes/reader-routes';
import { ArticleWriter } from './services/article-writer';
import { ChangeFeed } from './services/change-feed';
import { ExportService } from './services/export/export-service';
import { createReadServices, ReadServices } from './services/read-services';
import { CorrectionsService } from './services/corrections-service';
import { HealthService, Neo4jLocation } from './services/health-service';
import { HtmlReducer } from './services/html-reducer';
import { DEFAULT_STREAM_LIMITS, StreamLimits, StreamSlots } from './services/stream-slots';

export interface AppDependencies {
  executor: Executor;
  /** Runs console queries on their own threads and connections (the app does not own it: close it on exit). */
  console: ConsolePool;
  neo4j: Neo4jLocation;
  logger: Logger;
  /** Folder with the explorer page; defaults to client/. */
  clientDir?: string;
  /** Which proxies tell the client's address (TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
  /** Change streams open at once, in all and per client. */
  changeStreams?: StreamLimits;
  /** What open pages hear of each write (GET /api/changes); closing it ends their streams (one is made when absent). */
  changes?: ChangeFeed;
  /** Serve the page's TypeScript sources and source maps too (SERVE_SOURCES; off: only what the page runs). */
  serveSources?: boolean;
  cypherRowLimit?: number;
  consoleRequestsPerMinute?: number;
  /** Origins allowed to call the API from other sites; none by default. */
  corsOrigins?: string[];
  /** The token writes must carry (READOUT_EDIT_TOKEN); null or absent: the app is read-only. */
  editToken?: string | null;
  /** This run's intake token (in the running-app record): taken on the routes whose contract says intakeToken. */
  intakeToken?: string | null;
  /** The NLP engine articles posted to the API are read with; without it the API cannot add articles. */
  nlp?: Nlp;
  /** Reads console queries with Neo4j's parser off the event loop (the process's shared one when absent). */
  queryGuard?: QueryGuard;
  /** Reduces posted web pages to their articles off the event loop (one is made when absent). */
  html?: HtmlReducer;
  /** Checks every JSON answer under /api against the contract and reports what breaks it (tests set it). */
  onContractViolation?: (violation: ContractViolation) => void;
}

/** CORS stays closed unless origins are configured; then only those get the headers. */
function cors(origins: string[]): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && origins.includes(origin)) {
      res.set({
        'Access-Control-Allow-Origin': origin,
        Vary: 'Origin',
        'Access-Control-Allow-Headers': 'Content-Type, Authorization',
        'Access-Control-Allow-Methods': 'GET, POST',
      });
      if (req.method === 'OPTIONS') return void res.sendStatus(204);
    }
    next();
  };
}

/**
 * The page's TypeScript (client/src/) and source maps are for developers: by default they are not served, so the
 * explorer's sources and comments are not published with it. Decoded first: `/%73rc/api.ts` is `/src/api.ts`.
 */
export function isSourcePath(requestPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return true;
  }
  const normal = path.posix.normalize(decoded).toLowerCase();
  return /^\/src(\/|$)/.test(normal) || /\.(map|ts|tsx)$/.test(normal);
}

/** The /api router alone (tests compare its routes with the OpenAPI document). */
export function createApiRouter(
  deps: AppDependencies,
  services: ReadServices = createReadServices(deps),
): express.Router {
  const api = express.Router();
  api.use(cors(deps.corsOrigins ?? []));
  api.use(healthRouter(new HealthService(deps.executor, deps.neo4j, () => deps.console.status())));
  api.use(editingRouter(deps.editToken ?? null));
  // Every write that lands is told to the open pages (GET /api/changes).
  const changes = deps.changes ?? new ChangeFeed();
  api.use(changesRouter(changes, new StreamSlots(deps.changeStreams ?? DEFAULT_STREAM_LIMITS)));
  api.use(correctionRouter(new CorrectionsService(deps.executor, changes), requireEditToken(deps.editToken ?? null)));
  if (deps.nlp) {
    const intake = addArticle.intakeToken ? (deps.intakeToken ?? null) : null;
    const requireToken = requireEditToken(deps.editToken ?? null, intake);
    api.use(articleRouter(new ArticleWriter(deps.executor, deps.nlp, changes, deps.html), requireToken));
  }
  api.use(graphRouter(services));
  api.use(exportRouter(new ExportService(deps.executor, services.catalogue, services.lookup, services.neighbourhood)));
  api.use(readerRouter(services));
  api.use(cypherRouter(services.cypher, deps.consoleRequestsPerMinute ?? 60));
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  api.use(apiNotFound);
  return api;
}

/** Builds the Express app from its dependencies; listening is server/index.ts's job. */
export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  // Per-client limits key on req.ip: behind a proxy, only what TRUST_PROXY names may say who the client is.
  app.set('trust proxy', deps.trustProxy ?? false);
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          // Newsroom installs often serve plain http on the LAN: upgrading would break the page there.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  // Before the body parsers, so that their failures' answers are checked too.
  if (deps.onContractViolation) app.use(responseChecker(deps.onContractViolation));
  const appJson = express.json({ limit: '64kb' });
  // Articles (up to 2 MB) are parsed by their route, after the edit token is checked.
  app.use((req, res, next) =>
    req.method === ARTICLE_INTAKE.method && req.path === ARTICLE_INTAKE.path ? next() : appJson(req, res, next),
  );
  const services = createReadServices(deps);
  app.use('/api', createApiRouter(deps, services));
  // AI assistants' door (Model Context Protocol): the same read services, the console's rate limit.
  app.use('/mcp', mcpRouter(services, deps.logger, deps.consoleRequestsPerMinute ?? 60));
  const page = express.static(deps.clientDir ?? path.join(REPO_ROOT, 'client'), { index: 'index.html' });
  // Sources fall through to a 404, as a file that is not there does.
  app.use((req, res, next) => (!deps.serveSources && isSourcePath(req.path) ? next() : page(req, res, next)));
  app.use(errorHandler(deps.logger));
  return app;
}
