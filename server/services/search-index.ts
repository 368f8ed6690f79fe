import { escapeIdentifier } from '../db/cypher-loader';
import { Executor } from '../db/executor';
import { CatalogueService } from './catalogue-service';

/** The full-text index Readout creates over another graph's string properties, only when told to. */
export const SEARCH_INDEX = 'readout_search';
/** Readout's own labels have their own index (entity_search) and sentences are not searched by name. */
const OWN_LABELS = new Set(['Entity', 'Article', 'Sentence']);

/**
 * The statement creating `readout_search` over every label's searchable string keys (names from the catalogue,
 * escaped): null when there is nothing to index. A different set of keys later needs the index dropped first.
 */
export async function searchIndexStatement(catalogue: CatalogueService): Promise<string | null> {
  const { labels } = await catalogue.catalogue();
  const indexed = labels.filter((l) => !OWN_LABELS.has(l.label) && l.searchable.length > 0);
  if (indexed.length === 0) return null;
  const keys = [...new Set(indexed.flatMap((l) => l.searchable))].sort();
  return (
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${indexed.map((l) => escapeIdentifier(l.label)).join('|')}) ` +
    `ON EACH [${keys.map((k) => `n.${escapeIdentifier(k)}`).join(', ')}]`
  );
}

/** Creates the index and waits until it is online; returns what it covers. */
export async function createSearchIndex(executor: Executor, catalogue: CatalogueService): Promise<string | null> {
  const statement = await searchIndexStatement(catalogue);
  if (!statement) return null;
  await executor.runSchemaStatement(statement);
  await executor.readText('CALL db.awaitIndexes(600)');
  return statement;
}
