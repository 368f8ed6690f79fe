import { Executor } from '../../server/db/executor';

/**
 * The news graph as sorted sets: every node id (with its name, aliases and, for an event, what it is and when,
 * with the rule that dated it) and every relationship with its evidence and articles. Bookkeeping (corrections,
 * stored extractions, the write lock) is not part of it.
 */
export async function graphFingerprint(executor: Executor): Promise<string[]> {
  const rels = await executor.readText(
    `MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + coalesce(r.key, '') AS k, coalesce(r.evidence, []) + coalesce(r.articles, []) AS sources`,
  );
  // Aliases as a set: their order is the order articles happened to be written in, not part of the graph.
  const nodes = await executor.readText(
    `MATCH (n) WHERE NOT (n:Correction OR n:Extraction OR n:WriteLock) RETURN coalesce(n.id, '') AS id, coalesce(n.aliases, []) AS aliases,
       [k IN ['name', 'kind', 'cameo', 'family', 'familyLabel', 'date', 'dateRule', 'planned'] WHERE n[k] IS NOT NULL
        | k + '=' + toString(n[k])] AS props`,
  );
  const keys = rels.map((r) => `${r.k} ${[...(r.sources as string[])].sort().join(',')}`);
  const described = nodes.map(
    (n) => `${n.id} ${[...(n.aliases as string[])].sort().join(' | ')} {${(n.props as string[]).join(', ')}}`,
  );
  return [...described, ...keys].sort();
}
