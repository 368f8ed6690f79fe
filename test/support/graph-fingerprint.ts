import { Executor } from '../../server/db/executor';

/** Every node id (with its aliases) and every relationship with its evidence and articles, as sorted sets. */
export async function graphFingerprint(executor: Executor): Promise<string[]> {
  const rels = await executor.readText(
    `MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + coalesce(r.key, '') AS k, coalesce(r.evidence, []) + coalesce(r.articles, []) AS sources`,
  );
  const nodes = await executor.readText(`MATCH (n) RETURN coalesce(n.id, '') + ' ' + coalesce(n.aliasText, '') AS k`);
  const keys = rels.map((r) => `${r.k} ${[...(r.sources as string[])].sort().join(',')}`);
  return [...nodes.map((n) => String(n.k)), ...keys].sort();
}
