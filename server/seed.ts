import { Executor } from './db/executor';
import { ChangeFeed } from './services/change-feed';
import { applySchema } from './db/schema';
import { Nlp } from './nlp/types';
import { ingestPaths } from './ingest/ingest';
import { warmLoader } from './ingest/load/warm-loader';
import { Logger } from './logger';

/**
 * A first start on an empty database ingests the seed articles, so the explorer has something to show. The app
 * already serves while they load: open pages hear of them as of any other articles added.
 */
export async function seedIfEmpty(
  executor: Executor,
  nlp: Nlp,
  seedsDir: string,
  logger: Logger,
  changes?: ChangeFeed,
): Promise<void> {
  const [counts] = await executor.read('health/counts');
  if (Number(counts?.nodes ?? 0) > 0) return;
  logger.info(`empty database: ingesting ${seedsDir}`);
  const summary = await ingestPaths(executor, [seedsDir], { nlp });
  for (const failure of summary.failed) logger.warn(`seed not ingested: ${failure.error}`);
  logger.info(
    `seeded ${summary.articles} articles: ${summary.entities} entities, ${summary.events} events, ${summary.facts} facts in ${summary.seconds.toFixed(1)} s`,
  );
  if (summary.articleIds.length)
    changes?.publish({ type: 'articles', articleIds: summary.articleIds, entityIds: summary.entityIds });
}

/**
 * What a start may write: Readout's constraints and indexes go into a database it is about to seed or one that
 * already holds its graph, never into someone else's graph (nor fail a start where the account may only read).
 * Says whether the database holds Readout's graph with its schema.
 */
export async function prepareDatabase(
  executor: Executor,
  nlp: Nlp,
  seeding: { onEmpty: boolean; dir: string },
  logger: Logger,
  changes?: ChangeFeed,
): Promise<boolean> {
  const [counts] = await executor.read('health/counts');
  const empty = Number(counts?.nodes ?? 0) === 0;
  const labels = new Set((await executor.read('schema/labels')).map((r) => String(r.label)));
  const ours = ['Entity', 'Article', 'Sentence'].every((l) => labels.has(l));
  if (empty && seeding.onEmpty) {
    await applySchema(executor);
    await seedIfEmpty(executor, nlp, seeding.dir, logger, changes);
    return true;
  }
  if (!ours) {
    if (!empty) logger.info("a graph Readout did not write: exploring it as it is, without adding Readout's schema");
    return false;
  }
  try {
    await applySchema(executor);
  } catch (error) {
    logger.warn(`Readout's schema was not applied (${(error as Error).message.split('\n')[0]}): exploring read-only`);
    return false;
  }
  const [unextracted] = await executor.read('ingest/unextracted-articles');
  if (Number(unextracted?.articles ?? 0) > 0)
    logger.warn(
      `${unextracted.articles} articles were loaded by an older Readout, without their extraction: corrections reach them once they are ingested again (npm run ingest -- <their files>)`,
    );
  return true;
}

/**
 * The first article added after a start should not wait for Neo4j to plan the loader's queries: planned in the
 * background once the app serves (an add that comes meanwhile waits for the write lock, then finds them planned).
 */
export function planLoaderAhead(executor: Executor, logger: Logger): void {
  warmLoader(executor).then(
    (ms) => logger.debug(`loader queries planned in ${ms.toFixed(0)} ms`),
    (error: Error) => logger.debug(`loader queries not planned ahead: ${error.message.split('\n')[0]}`),
  );
}
