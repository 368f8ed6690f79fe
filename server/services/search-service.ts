import { Executor } from '../db/executor';
import { NodeView } from '../db/node-view';
import { PlainNode } from '../db/to-plain';
import { valueText } from './captions';
import { CatalogueService, LabelInfo } from './catalogue-service';
import { SEARCH_INDEX } from './search-index';

export interface SearchHit {
  id: string;
  labels: string[];
  /** The node's caption. */
  name: string;
  score: number;
  /** The property that matched the query, as stored. */
  matched: { key: string; value: string } | null;
  /** A property that tells this hit apart from others with a similar caption. */
  detail: { key: string; value: string } | null;
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** True when a label was too large to read whole without an index: hits come from its first nodes only. */
  partial: boolean;
}

/** Per label, the properties to search (the page's choice); absent labels use the catalogue's. */
export type SearchFields = Map<string, string[]>;

/** Nodes a search without a full-text index reads per label: a bounded scan, not a walk over millions. */
const SCAN_LIMIT = 100_000;

/** Lucene syntax characters a user's words must not inject. */
function escapeLucene(term: string): string {
  return term.replace(/([+\-&|!(){}[\]^"~*?:\\/])/g, '\\$1');
}

/** "xi jin" → every word as a prefix, or within one edit for words long enough to have typos. */
export function luceneQuery(q: string): string {
  return words(q)
    .map((w) => {
      const t = escapeLucene(w);
      return w.length >= 4 ? `(${t}^3 OR ${t}* OR ${t}~1)` : `(${t}^3 OR ${t}*)`;
    })
    .join(' AND ');
}

const words = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);

/**
 * Lucene scores prefix matches alike; people expect "Xi" to bring Xi Jinping before Xinhua and before the
 * events named after him: a name or alias that is the query, or starts with it word for word, ranks first.
 */
function nameBonus(names: string[], isEvent: boolean, q: string): number {
  const query = q.toLowerCase().trim();
  const lower = names.map((n) => n.toLowerCase());
  let bonus = 0;
  if (lower.some((n) => n === query)) bonus += 3;
  else if (lower.some((n) => n.startsWith(`${query} `))) bonus += 2;
  else if (lower.some((n) => n.startsWith(query))) bonus += 1;
  if (isEvent) bonus -= 1;
  return bonus;
}

const aliasesOf = (node: PlainNode) =>
  Array.isArray(node.properties.aliases)
    ? node.properties.aliases.filter((a): a is string => typeof a === 'string')
    : [];

/** Search over every string property of every label: Readout's full-text index where it has one, else a scan. */
export class SearchService {
  /** Kept while the graph's change marker stays the same: a write elsewhere may have added an index's first nodes. */
  private fulltextCache: { at: number; marker: string; names: Set<string> } | null = null;

  constructor(
    private readonly executor: Executor,
    private readonly catalogue: CatalogueService,
  ) {}

  private async fulltextIndexes(marker: string): Promise<Set<string>> {
    const cache = this.fulltextCache;
    if (cache && cache.marker === marker && Date.now() - cache.at < 30_000) return cache.names;
    const rows = await this.executor.read('search/fulltext-indexes');
    this.fulltextCache = { at: Date.now(), marker, names: new Set(rows.map((r) => String(r.name))) };
    return this.fulltextCache.names;
  }

  async search(q: string, labels: string[], limit: number, fields: SearchFields = new Map()): Promise<SearchAnswer> {
    const { catalogue, view, marker } = await this.catalogue.snapshot();
    const wanted = catalogue.labels.filter((l) => l.label !== 'Entity' && (!labels.length || labels.includes(l.label)));
    // Readout's own entities: its full-text index over names and aliases (fuzzy, ranked by Lucene).
    const indexed =
      catalogue.news && fields.size === 0 && (await this.fulltextIndexes(marker)).has('entity_search')
        ? await this.fulltext(q, labels, limit, view)
        : [];
    if (indexed.length > 0) return { hits: indexed, partial: false };
    // Another graph with the index `npm run search-index` made: Lucene, unless the page chose other fields.
    if (!catalogue.news && fields.size === 0 && (await this.fulltextIndexes(marker)).has(SEARCH_INDEX))
      return { hits: await this.fulltextAny(q, labels, limit, wanted, view), partial: false };
    // Any other graph (or labels outside the index): every string property, a bounded scan per label.
    const scanned = await Promise.all(wanted.map((label) => this.scanLabel(q, label, fields, limit, view)));
    const hits = scanned.flat().sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    return { hits: hits.slice(0, limit), partial: wanted.some((l) => l.count > SCAN_LIMIT) };
  }

  private async fulltext(q: string, labels: string[], limit: number, view: NodeView): Promise<SearchHit[]> {
    const rows = await this.executor.read('search/fulltext', {
      lucene: luceneQuery(q),
      labels,
      // Hits are re-ranked here (names first), so a few more than asked; more when a label filter thins them.
      fetch: limit * (labels.length ? 30 : 3),
      limit: limit * 3,
    });
    const first = words(q)[0] ?? '';
    const hits = rows.map((row) => {
      const node = row.node;
      const caption = view.captionOf(node);
      const alias = aliasesOf(node).find((a) => a.toLowerCase().includes(first));
      return {
        id: view.idOf(node),
        labels: node.labels,
        name: caption,
        score: Number(row.score) + nameBonus([caption, ...aliasesOf(node)], node.labels.includes('Event'), q),
        matched:
          caption.toLowerCase().includes(first) || !alias
            ? { key: 'name', value: caption }
            : { key: 'aliases', value: alias },
        detail: view.detailOf(node),
      };
    });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private async fulltextAny(
    q: string,
    labels: string[],
    limit: number,
    wanted: LabelInfo[],
    view: NodeView,
  ): Promise<SearchHit[]> {
    const rows = await this.executor.read('search/fulltext-any', {
      lucene: luceneQuery(q),
      labels,
      fetch: limit * (labels.length ? 30 : 3),
      limit: limit * 3,
    });
    const byLabel = new Map(wanted.map((l) => [l.label, l]));
    const first = words(q)[0] ?? '';
    const hits = rows.map((row) => {
      const node = row.node;
      const label = node.labels.map((l) => byLabel.get(l)).find(Boolean);
      const key = label?.searchable.find((k) => valueText(node.properties[k])?.toLowerCase().includes(first)) ?? null;
      const value = key === null ? null : valueText(node.properties[key]);
      const caption = view.captionOf(node);
      return {
        id: view.idOf(node),
        labels: node.labels,
        name: caption,
        score: Number(row.score) + nameBonus([caption], false, q),
        matched: key !== null && value !== null ? { key, value: value.slice(0, 120) } : null,
        detail: view.detailOf(node),
      };
    });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private async scanLabel(
    q: string,
    label: LabelInfo,
    fields: SearchFields,
    limit: number,
    view: NodeView,
  ): Promise<SearchHit[]> {
    const known = new Set(label.properties.map((p) => p.key));
    const keys = (fields.get(label.label) ?? label.searchable).filter((k) => known.has(k));
    const intKeys = label.properties.filter((p) => p.types.includes('INTEGER')).map((p) => p.key);
    const query = q.toLowerCase().trim();
    const number = /^-?\d{1,15}$/.test(query) ? Number(query) : null;
    if (keys.length === 0 && (number === null || intKeys.length === 0)) return [];
    const rows = await this.executor.readTemplate(
      'search/label-scan',
      { label: [label.label] },
      { q: query, words: words(q), keys, intKeys, number, scan: SCAN_LIMIT, limit },
    );
    return rows.map((row) => {
      const node = row.node;
      const key = row.key === null ? null : String(row.key);
      const value = key === null ? null : valueText(node.properties[key]);
      // A match in the caption itself reads best: "Chai" finds the product named Chai before one that mentions it.
      const inCaption = key !== null && label.caption.includes(key) ? 0.5 : 0;
      return {
        id: view.idOf(node),
        labels: node.labels,
        name: view.captionOf(node),
        score: Number(row.score) + inCaption,
        matched: key !== null && value !== null ? { key, value: value.slice(0, 120) } : null,
        detail: view.detailOf(node),
      };
    });
  }
}
