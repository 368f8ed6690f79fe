import { ElementsBuilder, Elements, primaryLabel } from '../db/elements';
import { Executor } from '../db/executor';
import { NeighbourRow } from '../db/query-registry';
import { PlainNode } from '../db/to-plain';
import { BadRequestError, NotFoundError } from '../errors';
import {
  advance,
  decodeCursor,
  encodeCursor,
  fairShares,
  LeftOut,
  leftOut,
  NeighbourCount,
  PageCursor,
  pageWindows,
} from './budget-planner';
import { CatalogueService } from './catalogue-service';
import { NodeLookup } from './node-lookup';

export interface SubgraphQuery {
  id: string;
  depth: number;
  limit: number;
  types: string[];
  labels: string[];
  direction: 'both' | 'out' | 'in';
  from: string | null;
  to: string | null;
  /** The previous page's cursor: the next neighbours of the same node. */
  cursor?: string | null;
}

export interface Subgraph extends Elements {
  /** True whenever anything within the requested depth was left out. */
  truncated: boolean;
  /** What is still left out around the centre, after this page. */
  more: LeftOut;
  /** Pass it back to get the next page of the centre's neighbours; null when none are left. */
  cursor: string | null;
}

interface Expansion {
  center: PlainNode | null;
  rows: NeighbourRow[];
  leftOut: LeftOut;
  cursor: PageCursor | null;
}

/** Above this many relationships, a node's neighbours are not counted one by one (the degree store is). */
const SCAN_LIMIT = 2_000;
/** Neighbours of one type ranked together (newest events, best connected) when picking which to show. */
const RANK_WINDOW = 500;
/** Nodes expanded per level beyond the first. */
const FRONTIER = 10;

/** Offsets count neighbours in store order under these filters; a type filter leaves each type's order alone. */
const filterKey = (q: SubgraphQuery) => JSON.stringify([q.labels, q.from, q.to, q.direction]);

const nothingLeftOut = (): LeftOut => ({ total: 0, byType: {}, byLabel: {} });

/** The neighbourhood of a node, supernode-safe, paged, honest about what it left out. */
export class NeighbourhoodService {
  constructor(
    private readonly executor: Executor,
    private readonly catalogue: CatalogueService,
    private readonly lookup: NodeLookup,
  ) {}

  async subgraph(q: SubgraphQuery): Promise<Subgraph> {
    const cursor = q.cursor ? decodeCursor(q.cursor) : null;
    if (cursor && q.depth > 1) throw new BadRequestError('a cursor pages one node’s neighbours: use depth 1');
    // Most requests: the centre and all its neighbours in one round trip.
    let [first] = await this.expandAll([q.id], q, q.limit - 1, cursor);
    if (!first.center) {
      // Another graph's `Label:id`: found by its label, then expanded by elementId.
      const found = await this.lookup.find(q.id);
      [first] = await this.expandAll([found.elementId], q, q.limit - 1, cursor);
      if (!first.center) throw new NotFoundError(`No node with id "${q.id}"`);
    }
    if (cursor && cursor.center !== first.center.elementId) throw new BadRequestError('cursor belongs to another node');
    const builder = new ElementsBuilder(await this.catalogue.view());
    builder.addNode(first.center);
    let deeperLeftOut = false;
    let results = [first];
    for (let level = 1; ; level++) {
      const next: string[] = [];
      for (const result of results) {
        if (level > 1 && result.leftOut.total > 0) deeperLeftOut = true;
        for (const row of result.rows) {
          if (builder.nodeCount >= q.limit && !builder.hasNode(row.neighbour.elementId)) {
            deeperLeftOut = true;
            continue;
          }
          if (!builder.hasNode(row.neighbour.elementId)) next.push(row.neighbour.elementId);
          builder.addNode(row.neighbour);
          builder.addRelationship(row.relationship);
        }
      }
      const budget = q.limit - builder.nodeCount;
      if (level >= q.depth || next.length === 0) break;
      if (budget <= 0 || next.length > FRONTIER) deeperLeftOut = true;
      if (budget <= 0) break;
      // Deeper levels expand only the first few nodes, sharing what is left of the budget.
      results = await this.expandAll(next.slice(0, FRONTIER), q, budget, null, { counted: false });
    }
    const more = first.leftOut;
    return {
      ...builder.build(),
      truncated: more.total > 0 || deeperLeftOut,
      more,
      // With a type filter the cursor also carries the other types' progress: it stays while the node is paged.
      cursor: first.cursor && (more.total > 0 || q.types.length > 0) ? encodeCursor(first.cursor) : null,
    };
  }

  /**
   * Expands several nodes (by stable id or elementId) sharing `budget`: one query finds them and answers every
   * node with at most its share of neighbours (most nodes); what they leave unused goes to the dense ones,
   * expanded type by type. Beyond the centre (`counted: false`) dense nodes are sampled and marked left out.
   */
  private async expandAll(
    keys: string[],
    q: SubgraphQuery,
    budget: number,
    cursor: PageCursor | null,
    { counted } = { counted: true },
  ): Promise<Expansion[]> {
    const share = Math.max(1, Math.floor(budget / keys.length));
    const filters = { labels: q.labels, direction: q.direction, from: q.from, to: q.to };
    const small = await this.executor.read('graph/neighbourhoods', { ...filters, keys, types: q.types, limit: share });
    const byKey = new Map(small.map((row) => [String(row.key), row]));
    // A paged node is always treated as dense: its first page already gave some of its neighbours.
    const isDense = (key: string) => cursor !== null || Number(byKey.get(key)?.degree ?? 0) > share;
    const dense = keys.filter(isDense);
    const used = small.reduce((n, row) => n + (row.rows as unknown[]).length, 0);
    const denseShare = Math.max(1, Math.floor((budget - used) / Math.max(1, dense.length)));
    if (!counted) {
      const sampled = dense.length
        ? await this.executor.read('graph/neighbours-sample', {
            ...filters,
            types: q.types,
            centers: dense.map((key) => byKey.get(key)!.node.elementId),
            limit: denseShare,
          })
        : [];
      const sampleOf = new Map(sampled.map((row) => [String(row.center), row.rows]));
      return keys.map((key) => {
        const row = byKey.get(key);
        if (!row) return { center: null, rows: [], leftOut: nothingLeftOut(), cursor: null };
        const center = row.node;
        if (!isDense(key)) return { center, rows: row.rows, leftOut: nothingLeftOut(), cursor: null };
        const rows = sampleOf.get(center.elementId) ?? [];
        // A sample of a dense node: the rest of its neighbours are left out (counted only as "some").
        const rest = Math.max(0, Number(row.degree) - rows.length);
        return { center, rows, leftOut: { total: rest, byType: {}, byLabel: null }, cursor: null };
      });
    }
    return Promise.all(
      keys.map(async (key): Promise<Expansion> => {
        const row = byKey.get(key);
        if (!row) return { center: null, rows: [], leftOut: nothingLeftOut(), cursor: null };
        const center = row.node;
        if (!isDense(key)) return { center, rows: row.rows, leftOut: nothingLeftOut(), cursor: null };
        const start = cursor ?? { center: center.elementId, filter: filterKey(q), byType: {}, byLabel: {} };
        return { center, ...(await this.expandDense(center.elementId, Number(row.degree), q, denseShare, start)) };
      }),
    );
  }

  /** Counts a dense node's neighbours per type (and label, where affordable). */
  private async count(elementId: string, degree: number, q: SubgraphQuery): Promise<NeighbourCount[]> {
    const filtered = q.labels.length > 0 || q.from !== null || q.to !== null;
    const filters = { center: elementId, labels: q.labels, direction: q.direction, from: q.from, to: q.to };
    // Counting neighbour by neighbour gives counts per label too, but costs a walk over every relationship:
    // above SCAN_LIMIT only the degree store is read (per type, exact), and per-label counts stay unknown.
    if (filtered || degree <= SCAN_LIMIT) {
      return (await this.executor.read('graph/neighbour-counts', { ...filters, types: q.types })).map((r) => ({
        type: String(r.type),
        label: String(r.label),
        total: Number(r.total),
      }));
    }
    const known = (await this.catalogue.catalogue()).relationshipTypes.map((t) => t.type);
    const types = q.types.length ? known.filter((t) => q.types.includes(t)) : known;
    const rows = await Promise.all(
      types.map((type) =>
        this.executor.readTemplate(
          'graph/degree-of-type',
          { type: [type] },
          { center: elementId, type, direction: q.direction },
        ),
      ),
    );
    return rows.flat().map((r) => ({ type: String(r.type), label: null, total: Number(r.total) }));
  }

  /** A node with more neighbours than the budget: counted per type, then the next fair share of each type. */
  private async expandDense(
    elementId: string,
    degree: number,
    q: SubgraphQuery,
    budget: number,
    cursor: PageCursor,
  ): Promise<Omit<Expansion, 'center'>> {
    const counts = await this.count(elementId, degree, q);
    const available = new Map<string, number>();
    for (const c of counts) available.set(c.type, (available.get(c.type) ?? 0) + c.total);
    for (const [type, total] of available) available.set(type, Math.max(0, total - (cursor.byType[type] ?? 0)));
    const shares = fairShares(available, budget);
    const filters = { center: elementId, labels: q.labels, direction: q.direction, from: q.from, to: q.to };
    const perType = await Promise.all(
      [...shares]
        .filter(([, share]) => share > 0)
        .flatMap(([type, share]) =>
          pageWindows(cursor.byType[type] ?? 0, share, RANK_WINDOW).map((part) =>
            this.executor.readTemplate(
              'graph/neighbours-of-type',
              { type: [type] },
              { ...filters, ...part, window: RANK_WINDOW },
            ),
          ),
        ),
    );
    const rows = perType.flat();
    const given = advance(
      cursor,
      rows.map((r) => ({ type: r.relationship.type, label: primaryLabel(r.neighbour.labels) })),
    );
    return { rows, leftOut: leftOut(counts, given), cursor: { center: elementId, filter: cursor.filter, ...given } };
  }
}
