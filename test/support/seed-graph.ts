import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { Executor } from '../../server/db/executor';
import { ingestPaths, IngestSummary } from '../../server/ingest/ingest';
import { clearDatabase } from './neo4j';

export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');

/** A clean database holding exactly the seed articles. */
export async function loadSeedGraph(executor: Executor): Promise<IngestSummary> {
  await clearDatabase(executor);
  return ingestPaths(executor, [SEEDS_DIR]);
}
