import { AppDependencies, createApp } from '../../server/app';
import { Executor } from '../../server/db/executor';
import { createLogger } from '../../server/logger';
import { TestNeo4j } from './neo4j';

export const silentLogger = createLogger('silent');

export function appFor(neo4j: TestNeo4j, overrides: Partial<AppDependencies> = {}) {
  return createApp({
    executor: neo4j.executor,
    neo4j: { uri: neo4j.target.uri, mode: neo4j.mode },
    logger: silentLogger,
    consoleRequestsPerMinute: 10_000,
    ...overrides,
  });
}

export function appWithExecutor(executor: Executor, uri: string) {
  return createApp({ executor, neo4j: { uri, mode: 'external' }, logger: silentLogger });
}
