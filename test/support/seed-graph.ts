import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { Executor } from '../../server/db/executor';
import { ingestPaths, IngestSummary } from '../../server/ingest/ingest';
import { AppDependencies } from '../../server/app';
import { appFor } from './app';
import { clearDatabase, getTestNeo4j } from './neo4j';
import { getTestNlp } from './nlp';

export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');

/** A clean database holding exactly the seed articles. */
export async function loadSeedGraph(executor: Executor): Promise<IngestSummary> {
  await clearDatabase(executor);
  return ingestPaths(executor, [SEEDS_DIR], { nlp: getTestNlp() });
}

/** The API over a fresh seed graph, for tests of the endpoints. */
export async function seededApp(overrides: Partial<AppDependencies> = {}) {
  const neo4j = await getTestNeo4j();
  await loadSeedGraph(neo4j.executor);
  return { neo4j, app: appFor(neo4j, overrides) };
}
