import { AddressInfo } from 'node:net';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { ConsolePool, consoleLimitsFrom } from './db/console/console-pool';
import { QueryGuard } from './db/console/query-guard';
import { awaitAnswering, Neo4jNotAnsweringError } from './db/await-answering';
import { createExecutor } from './db/executor';
import { closeHttpServer, createHttpServer } from './http-server';
import { ChangeFeed } from './services/change-feed';
import { HtmlReducer } from './services/html-reducer';
import { createLogger } from './logger';
import { connectNeo4j, Neo4jConnection } from './neo4j/connect';
import { forgetRunningApp, localBaseUrl, newIntakeToken, recordRunningApp } from './neo4j/running-app';
import { createNlp } from './nlp';
import { UnexpectedExit } from './jvm/java-launcher';
import { planLoaderAhead, prepareDatabase } from './seed';

/** How long a start waits for a started Neo4j to answer its first query (a busy machine makes it slow). */
const NEO4J_ANSWER_DEADLINE_MS = 120_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const cleanups: (() => Promise<void>)[] = [];
  let stopping = false;
  const shutdown = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => logger.warn({ err: error }, 'cleanup failed'));
    }
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    void shutdown('crash', 1);
  });

  // A stop signal sent to a child JVM (a service manager, a person) stops the whole app, as one to this process
  // does; Neo4j ending any other way leaves nothing to serve (exit 1, for a restart); a CoreNLP crash is
  // survivable (the next article starts another).
  const childEnded = (name: string, restartable: boolean) => (exit: UnexpectedExit) => {
    const how = exit.signal ?? `exit code ${exit.code}`;
    if (exit.asked) void shutdown(`${name} was stopped (${how})`, 0);
    else if (!restartable) {
      logger.fatal(`${name} ended unexpectedly (${how})`);
      void shutdown(`${name} ended`, 1);
    } else logger.warn(`${name} ended unexpectedly (${how}); the next article starts it again`);
  };
  const nlp = createNlp(config.nlp.mode, {
    ...config.nlp,
    log: (message) => logger.info(message),
    onUnexpectedExit: childEnded('CoreNLP', true),
  });
  cleanups.push(() => nlp.close());
  // CoreNLP loads its models and warms up while Neo4j starts; seeding waits for it (or reports why it failed).
  nlp.warm().catch((error: Error) => logger.warn(`NLP did not start: ${error.message.split('\n')[0]}`));

  let connection: Neo4jConnection;
  try {
    connection = await connectNeo4j(config, (message) => logger.info(message), childEnded('Neo4j', false));
  } catch (error) {
    logger.fatal((error as Error).message);
    return shutdown('neo4j did not start', 1);
  }
  cleanups.push(() => connection.stop());
  if (connection.mode === 'embedded') {
    // `npm run ingest` finds the running app here (a second Neo4j could not open the store); its API is added below.
    const dataDir = config.neo4j.embedded.dataDir;
    recordRunningApp(dataDir, connection.target.uri);
    cleanups.push(async () => forgetRunningApp(dataDir));
  }

  const { driver, executor } = createExecutor(connection.target, { queryTimeoutMs: config.neo4j.queryTimeoutMs });
  cleanups.push(() => driver.close());
  const consolePool = new ConsolePool(connection.target, executor, consoleLimitsFrom(config));
  cleanups.push(() => consolePool.close());
  const queryGuard = new QueryGuard();
  cleanups.push(() => queryGuard.close());
  // Neo4j's parser takes seconds to load: it loads while the database is prepared, not on the first query.
  queryGuard.warm().catch((error: Error) => logger.warn(`the console's parser did not load: ${error.message}`));
  const html = new HtmlReducer();
  cleanups.push(() => html.close());
  const changes = new ChangeFeed();
  // One line a person can act on: the stack of a failed first query says nothing more.
  const notReady = (error: unknown) => {
    const message = (error as Error).message.split('\n')[0];
    logger.fatal(error instanceof Neo4jNotAnsweringError ? message : `the database could not be prepared: ${message}`);
    return shutdown('database not ready', 1);
  };
  try {
    await awaitAnswering(executor, { deadlineMs: NEO4J_ANSWER_DEADLINE_MS, log: (message) => logger.info(message) });
  } catch (error) {
    return notReady(error);
  }

  // Recorded beside the data directory below, for `npm run ingest` alone (see newIntakeToken for why that is safe).
  const intakeToken = connection.mode === 'embedded' ? newIntakeToken() : null;
  const app = createApp({
    executor,
    console: consolePool,
    neo4j: { uri: connection.target.uri, mode: connection.mode },
    logger,
    cypherRowLimit: config.cypherRowLimit,
    consoleRequestsPerMinute: config.consoleRequestsPerMinute,
    corsOrigins: config.http.corsOrigins,
    serveSources: config.http.serveSources,
    trustProxy: config.http.trustProxy,
    changeStreams: config.http.changeStreams,
    changes,
    editToken: config.editToken,
    intakeToken,
    nlp,
    html,
    queryGuard,
  });
  const server = createHttpServer(app, config.http.timeouts);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, resolve);
  }).catch((error: NodeJS.ErrnoException) => {
    logger.fatal(
      error.code === 'EADDRINUSE'
        ? `port ${config.http.port} is already in use: set PORT to another one`
        : error.message,
    );
    return shutdown('http listen failed', 1);
  });
  // Open pages' change streams end first: they never finish by themselves, and would hold the stop up.
  cleanups.push(() => {
    changes.close();
    return closeHttpServer(server);
  });
  if (intakeToken) {
    // Listening now: `npm run ingest` sends its articles here, so this app's NLP reads them and its pages hear.
    const address = server.address() as AddressInfo;
    recordRunningApp(config.neo4j.embedded.dataDir, connection.target.uri, {
      api: localBaseUrl(address),
      intake: intakeToken,
    });
  }
  const shown = config.http.host === '0.0.0.0' || config.http.host === '127.0.0.1' ? 'localhost' : config.http.host;
  logger.info(
    `Readout explorer on http://${shown}:${config.http.port} (Neo4j ${connection.mode}: ${connection.target.uri})`,
  );
  // The explorer serves as soon as Neo4j answers: the schema check (a second or two) and a first start's seeding
  // (CoreNLP reading the seeds) run behind it, and open pages hear of the seeds as of any articles added.
  let readoutGraph: boolean;
  try {
    readoutGraph = await prepareDatabase(executor, nlp, config.seeding, logger, changes);
  } catch (error) {
    return notReady(error);
  }
  if (readoutGraph) planLoaderAhead(executor, logger);
}

void main();
