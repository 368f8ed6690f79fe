import { Executor } from './db/executor';
import { Nlp } from './nlp/types';
import { ingestPaths } from './ingest/ingest';
import { Logger } from './logger';

/** A first start on an empty database ingests the seed articles, so the explorer has something to show. */
export async function seedIfEmpty(executor: Executor, nlp: Nlp, seedsDir: string, logger: Logger): Promise<void> {
  const [counts] = await executor.read('health/counts');
  if (Number(counts?.nodes ?? 0) > 0) return;
  logger.info(`empty database: ingesting ${seedsDir}`);
  const summary = await ingestPaths(executor, [seedsDir], { nlp });
  for (const failure of summary.failed) logger.warn(`seed not ingested: ${failure.error}`);
  logger.info(
    `seeded ${summary.articles} articles: ${summary.entities} entities, ${summary.events} events, ${summary.facts} facts in ${summary.seconds.toFixed(1)} s`,
  );
}
