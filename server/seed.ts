import { Executor } from './db/executor';
import { Logger } from './logger';

/** A first start on an empty database ingests the seed articles, so the explorer has something to show. */
export async function seedIfEmpty(executor: Executor, seedsDir: string, logger: Logger): Promise<void> {
  const [counts] = await executor.read('health/counts');
  if (Number(counts?.nodes ?? 0) > 0) return;
  logger.info(`empty database: ingesting ${seedsDir}`);
  // Ingestion arrives with issue 3; until then an empty database stays empty.
}
