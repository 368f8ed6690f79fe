import { loadConfig } from '../config';
import { createExecutor } from '../db/executor';
import { connectNeo4j } from '../neo4j/connect';
import { CatalogueService } from '../services/catalogue-service';
import { createSearchIndex } from '../services/search-index';

/**
 * `npm run search-index`: the one write Readout makes to a graph it did not build, and only when asked: a
 * full-text index over every label's string properties, so search stops scanning on large graphs.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const connection = await connectNeo4j(config, (m) => console.error(m));
  const { driver, executor } = createExecutor(connection.target, { queryTimeoutMs: 600_000 });
  try {
    const started = Date.now();
    const statement = await createSearchIndex(executor, new CatalogueService(executor));
    console.log(
      statement
        ? `search index ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${statement}`
        : 'nothing to index: no label has string properties',
    );
    return 0;
  } finally {
    await driver.close();
    await connection.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`error: ${error.message.split('\n')[0]}`);
    process.exit(1);
  },
);
