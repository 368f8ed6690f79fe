import { displayName, nodeId } from '../db/elements';
import { Executor } from '../db/executor';
import { PlainNode } from '../db/to-plain';
import { GraphService } from './graph-service';

export interface SearchHit {
  id: string;
  labels: string[];
  name: string;
  score: number;
}

/** Lucene syntax characters a user's words must not inject. */
function escapeLucene(term: string): string {
  return term.replace(/([+\-&|!(){}[\]^"~*?:\\/])/g, '\\$1');
}

/** "xi jin" → every word as a prefix, or within one edit for words long enough to have typos. */
export function luceneQuery(q: string): string {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  return words
    .map((w) => {
      const t = escapeLucene(w);
      return w.length >= 4 ? `(${t}^3 OR ${t}* OR ${t}~1)` : `(${t}^3 OR ${t}*)`;
    })
    .join(' AND ');
}

const NAME_LIKE = /^(name|title|aliasText|fullName|displayName|label)$/i;

/**
 * Lucene scores prefix matches alike; people expect "Xi" to bring Xi Jinping before Xinhua and before the
 * events named after him: a name or alias that is the query, or starts with it word for word, ranks first.
 */
function nameBonus(node: PlainNode, q: string): number {
  const query = q.toLowerCase().trim();
  const names = [displayName(node), ...(Array.isArray(node.properties.aliases) ? node.properties.aliases : [])]
    .filter((n): n is string => typeof n === 'string')
    .map((n) => n.toLowerCase());
  let bonus = 0;
  if (names.some((n) => n === query)) bonus += 3;
  else if (names.some((n) => n.startsWith(`${query} `))) bonus += 2;
  else if (names.some((n) => n.startsWith(query))) bonus += 1;
  if (node.labels.includes('Event')) bonus -= 1;
  return bonus;
}

export class SearchService {
  private fulltextCache: { at: number; names: Set<string> } | null = null;

  constructor(
    private readonly executor: Executor,
    private readonly graph: GraphService,
  ) {}

  private async fulltextIndexes(): Promise<Set<string>> {
    if (this.fulltextCache && Date.now() - this.fulltextCache.at < 30_000) return this.fulltextCache.names;
    const rows = await this.executor.read('search/fulltext-indexes');
    this.fulltextCache = { at: Date.now(), names: new Set(rows.map((r) => String(r.name))) };
    return this.fulltextCache.names;
  }

  /** Readout's full-text index where the graph has it; otherwise the string properties the graph has. */
  async search(q: string, labels: string[], limit: number): Promise<SearchHit[]> {
    let rows = (await this.fulltextIndexes()).has('entity_search')
      ? await this.executor.read('search/fulltext', {
          lucene: luceneQuery(q),
          labels,
          // Hits are re-ranked here (names first), so a few more than asked; more when a label filter thins them.
          fetch: limit * (labels.length ? 30 : 3),
          limit: limit * 3,
        })
      : [];
    // Nodes outside Readout's index (another graph, or other labels beside Readout's): their string properties.
    if (rows.length === 0) rows = await this.searchProperties(q, labels, limit * 3);
    const hits = rows.map((row) => {
      const node = row.node as unknown as PlainNode;
      return {
        id: nodeId(node),
        labels: node.labels,
        name: displayName(node),
        score: Number(row.score) + nameBonus(node, q),
      };
    });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private async searchProperties(q: string, labels: string[], limit: number) {
    const schema = await this.graph.schema();
    const keys = new Set<string>();
    for (const label of schema.labels) {
      for (const p of label.properties)
        if (p.types.some((t) => /string/i.test(t)) && NAME_LIKE.test(p.key)) keys.add(p.key);
    }
    if (keys.size === 0) {
      for (const label of schema.labels)
        for (const p of label.properties) if (p.types.some((t) => /^string$/i.test(t))) keys.add(p.key);
    }
    return this.executor.read('search/string-properties', { q: q.toLowerCase(), keys: [...keys], labels, limit });
  }
}
