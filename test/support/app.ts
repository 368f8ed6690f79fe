import { AppDependencies, createApp } from '../../server/app';
import { ConsolePool } from '../../server/db/console/console-pool';
import { Executor, redactUri } from '../../server/db/executor';
import { createLogger } from '../../server/logger';
import { recordContractViolation } from './contract-violations';
import { TestNeo4j } from './neo4j';

export const silentLogger = createLogger('silent');

export function appFor(neo4j: TestNeo4j, overrides: Partial<AppDependencies> = {}) {
  return createApp({
    executor: neo4j.executor,
    console: neo4j.console,
    neo4j: { uri: neo4j.target.uri, mode: neo4j.mode },
    logger: silentLogger,
    consoleRequestsPerMinute: 10_000,
    onContractViolation: recordContractViolation,
    ...overrides,
  });
}

/** The app on a given executor; its console pool talks to `uri` (credentials dropped) unless one is given. */
export function appWithExecutor(
  executor: Executor,
  uri: string,
  console = new ConsolePool({ uri: redactUri(uri), username: 'neo4j', password: '', database: 'neo4j' }, executor),
) {
  return createApp({
    executor,
    console,
    neo4j: { uri, mode: 'external' },
    logger: silentLogger,
    onContractViolation: recordContractViolation,
  });
}
