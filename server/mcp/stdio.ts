import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Config, ConfigError, loadConfig, Neo4jTarget } from '../config';
import { ConsolePool, consoleLimitsFrom } from '../db/console/console-pool';
import { QueryGuard } from '../db/console/query-guard';
import { createExecutor } from '../db/executor';
import { createLogger } from '../logger';
import { findRunningApp } from '../neo4j/running-app';
import { createReadServices } from '../services/read-services';
import { createMcpServer } from './mcp-server';

/**
 * `npm --silent run mcp` / `readout mcp`: MCP on stdin and stdout for an assistant that starts Readout itself
 * (Claude Desktop and the like). stdout carries protocol messages only: every log line goes to stderr.
 *
 * It reads the graph a running Readout serves (NEO4J_URI, or the embedded Neo4j a running app recorded, as
 * `npm run ingest` finds it) and never starts a Neo4j or CoreNLP of its own: an assistant's helper must not
 * hold the store that the app needs.
 */
async function findGraph(config: Config): Promise<Neo4jTarget> {
  if (config.neo4j.external) return config.neo4j.external;
  const app = await findRunningApp(config.neo4j.embedded.dataDir);
  if (app) return { uri: app.uri, username: 'neo4j', password: '', database: config.neo4j.database };
  throw new ConfigError(
    `No Readout is running on ${config.neo4j.embedded.dataDir} and NEO4J_URI is not set: ` +
      'start Readout (npm start) or set NEO4J_URI to its Neo4j.',
  );
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'readout-mcp', process.stderr);
  const target = await findGraph(config);
  const { driver, executor } = createExecutor(target, { queryTimeoutMs: config.neo4j.queryTimeoutMs });
  const consolePool = new ConsolePool(target, executor, consoleLimitsFrom(config));
  const queryGuard = new QueryGuard();
  const services = createReadServices({
    executor,
    console: consolePool,
    cypherRowLimit: config.cypherRowLimit,
    queryGuard,
  });
  const server = createMcpServer({ services, logger, client: 'stdio' });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close().catch(() => undefined);
    await Promise.allSettled([queryGuard.close(), consolePool.close(), driver.close()]);
    process.exit(0);
  };
  // The assistant ends the conversation by closing our stdin (or by a signal).
  process.stdin.once('end', () => void stop());
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await server.connect(new StdioServerTransport());
  logger.info(`Readout MCP on stdio, reading ${target.uri}`);
  queryGuard.warm().catch((error: Error) => logger.warn(`the console's parser did not load: ${error.message}`));
}

main().catch((error: unknown) => {
  // One line a person can act on, on stderr: stdout belongs to the protocol.
  // A configuration error lists every bad variable; anything else (a driver's failure) says its first line only.
  const message =
    error instanceof ConfigError
      ? error.message
      : error instanceof Error
        ? error.message.split('\n')[0]
        : String(error);
  process.stderr.write(`readout mcp: ${message}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
