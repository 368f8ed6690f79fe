import { Neo4jTarget } from '../server/config';
import { createExecutor } from '../server/db/executor';
import { CatalogueService } from '../server/services/catalogue-service';

/**
 * What captions, ids and search keys cost on a large graph: the catalogue built cold (label samples, counts, id
 * checks: once per 30 s per server) and looked up warm (every request).
 */
export async function benchCatalogue(target: Neo4jTarget): Promise<{ coldMs: number; warmUs: number; labels: number }> {
  const { driver, executor } = createExecutor(target, { queryTimeoutMs: 120_000 });
  try {
    const catalogue = new CatalogueService(executor);
    const started = performance.now();
    const { labels } = await catalogue.catalogue();
    const coldMs = performance.now() - started;
    const rounds = 10_000;
    const warmStarted = performance.now();
    for (let i = 0; i < rounds; i++) await catalogue.view();
    return { coldMs, warmUs: ((performance.now() - warmStarted) / rounds) * 1000, labels: labels.length };
  } finally {
    await driver.close();
  }
}
