import { Executor } from '../db/executor';
import { NodeView } from '../db/node-view';
import { captionKeys, detailKeys, LabelSample, PropertyStats, searchableKeys } from './captions';

export interface LabelInfo {
  label: string;
  count: number;
  /** Keys seen in a sample of the label's nodes, with their value types. */
  properties: { key: string; types: string[] }[];
  /** Default caption: these keys' values joined by a space. */
  caption: string[];
  /** String keys search reads by default. */
  searchable: string[];
  /** Keys that tell two nodes with similar captions apart. */
  detail: string[];
  /** `id` when that property names this label's nodes uniquely (checked once), else null: elementIds are used. */
  idKey: 'id' | null;
}

export interface GraphCatalogue {
  labels: LabelInfo[];
  relationshipTypes: { type: string; count: number }[];
  /** Readout's own news graph (articles, sentences, entities), where mentions and readouts mean something. */
  news: boolean;
}

/** Readout's labels, whose ids its own constraints keep unique: they stay bare in the API. */
const READOUT_ID_LABELS = ['Entity', 'Article', 'Sentence'];
/** Readout's bookkeeping (corrections, stored extractions, the write lock): in the graph, not news to explore. */
const READOUT_INTERNAL_LABELS = ['Correction', 'Extraction', 'WriteLock'];
/** Nodes read per label to choose captions and searchable keys. */
const SAMPLE = 500;
/** Above this many nodes, a label's `id` is not scanned for uniqueness (elementIds are always safe). */
const ID_CHECK_LIMIT = 200_000;
/** Changes that keep the node and relationship totals (a renamed property, say) are seen within this long. */
const TTL_MS = 30_000;

/** The catalogue as it was loaded, with the change marker of the graph it was read from. */
export interface CatalogueSnapshot {
  catalogue: GraphCatalogue;
  view: NodeView;
  /** The graph's node and relationship totals when the catalogue was checked: what other caches key on. */
  marker: string;
}

/**
 * What the graph holds, for the hot paths: labels and types with counts, per-label captions, searchable and
 * distinguishing keys, which labels' `id` can name a node. Cached; the sampling and the id checks are bounded.
 * Another process may write into the same Neo4j (`npm run ingest` into a running app, a script): the cache is
 * kept only while the graph's node and relationship totals (Neo4j's count store, constant time) stay the same.
 */
export class CatalogueService {
  private cached: {
    at: number;
    marker: string;
    value: Promise<{ catalogue: GraphCatalogue; view: NodeView }>;
  } | null = null;
  /** One count read shared by the requests that ask at the same moment. */
  private markerRead: Promise<string> | null = null;
  /** id checks by label and size: a scan is repeated only when the label grows or shrinks. */
  private readonly idChecks = new Map<string, boolean>();

  constructor(private readonly executor: Executor) {}

  async catalogue(): Promise<GraphCatalogue> {
    return (await this.snapshot()).catalogue;
  }

  /** How nodes are named and identified in the API. */
  async view(): Promise<NodeView> {
    return (await this.snapshot()).view;
  }

  /** Catalogue, view and change marker from one check of the graph. */
  async snapshot(): Promise<CatalogueSnapshot> {
    const marker = await this.changeMarker();
    if (!this.cached || this.cached.marker !== marker || Date.now() - this.cached.at > TTL_MS) {
      const value = this.build();
      this.cached = { at: Date.now(), marker, value };
      // A failed read is not cached: the next request tries again (Neo4j may be back).
      value.catch(() => {
        if (this.cached?.value === value) this.cached = null;
      });
    }
    return { ...(await this.cached.value), marker };
  }

  private changeMarker(): Promise<string> {
    this.markerRead ??= this.executor
      .read('health/counts')
      .then(([row]) => `${Number(row?.nodes ?? 0)}/${Number(row?.relationships ?? 0)}`)
      .finally(() => {
        this.markerRead = null;
      });
    return this.markerRead;
  }

  private async build(): Promise<{ catalogue: GraphCatalogue; view: NodeView }> {
    const [labelRows, typeRows, constrained] = await Promise.all([
      this.executor.read('schema/labels'),
      this.executor.read('schema/relationship-types'),
      this.executor
        .read('schema/id-constraints')
        .then((rows) => new Set(rows.map((r) => String(r.label))))
        // SHOW CONSTRAINTS needs a privilege a reader may lack: the data check still answers.
        .catch(() => new Set<string>()),
    ]);
    const allLabels = labelRows.map((r) => String(r.label));
    const news = ['Entity', 'Sentence', 'Article'].every((l) => allLabels.includes(l));
    const labelNames = news ? allLabels.filter((l) => !READOUT_INTERNAL_LABELS.includes(l)) : allLabels;
    const labels = (await Promise.all(labelNames.map((label) => this.describe(label, constrained, news)))).filter(
      (l) => l.count > 0,
    );
    const types = await Promise.all(
      typeRows.map(async (r) => {
        const type = String(r.relationshipType);
        const [row] = await this.executor.readTemplate('schema/type-count', { type: [type] });
        return { type, count: Number(row?.total ?? 0) };
      }),
    );
    const catalogue = { labels, relationshipTypes: types.filter((t) => t.count > 0), news };
    return { catalogue, view: new NodeView(catalogue.labels, news ? READOUT_ID_LABELS : []) };
  }

  private async describe(label: string, constrained: Set<string>, news: boolean): Promise<LabelInfo> {
    const [countRow] = await this.executor.readTemplate('schema/label-count', { label: [label] });
    const count = Number(countRow?.total ?? 0);
    const rows = count
      ? await this.executor.readTemplate('schema/label-sample', { label: [label] }, { sample: SAMPLE })
      : [];
    const properties: PropertyStats[] = rows.map((r) => ({
      key: String(r.key),
      types: (r.types as string[]) ?? [],
      present: Number(r.present),
      distinct: Number(r.distinct),
      avgLength: r.avgLength === null ? null : Number(r.avgLength),
    }));
    const sample: LabelSample = { label, sampled: Number(rows[0]?.sampled ?? 0), properties };
    const caption = captionKeys(sample);
    return {
      label,
      count,
      properties: properties.map((p) => ({ key: p.key, types: p.types })).sort((a, b) => a.key.localeCompare(b.key)),
      caption,
      searchable: searchableKeys(sample),
      detail: detailKeys(sample, caption),
      // In Readout's own graph every id is kept unique by its constraints on :Entity, :Article and :Sentence.
      idKey:
        properties.some((p) => p.key === 'id') && (news || (await this.idIsUnique(label, count, constrained)))
          ? 'id'
          : null,
    };
  }

  private async idIsUnique(label: string, count: number, constrained: Set<string>): Promise<boolean> {
    if (constrained.has(label)) return true;
    if (count > ID_CHECK_LIMIT) return false;
    const key = `${label}\u0000${count}`;
    let unique = this.idChecks.get(key);
    if (unique === undefined) {
      const [row] = await this.executor.readTemplate('schema/id-check', { label: [label] });
      const n = (k: 'total' | 'withId' | 'distinct' | 'usable') => Number(row?.[k] ?? -1);
      unique = n('total') === count && n('withId') === count && n('distinct') === count && n('usable') === count;
      this.idChecks.set(key, unique);
    }
    return unique;
  }
}
