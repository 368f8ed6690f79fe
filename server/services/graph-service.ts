import { escapeIdentifier } from '../db/cypher-loader';
import { ElementsBuilder, Elements, nodeElement, NodeElement } from '../db/elements';
import { Executor } from '../db/executor';
import { PlainNode, PlainPath, PlainRelationship } from '../db/to-plain';
import { NotFoundError } from '../errors';

export interface GraphSchema {
  labels: { label: string; count: number; properties: { key: string; types: string[] }[] }[];
  relationshipTypes: { type: string; count: number }[];
}

export interface SubgraphQuery {
  id: string;
  depth: number;
  limit: number;
  types: string[];
  labels: string[];
  direction: 'both' | 'out' | 'in';
  from: string | null;
  to: string | null;
}

/** What a capped expansion left out; `byLabel` is null where only the degree store was read (a supernode). */
export interface LeftOut {
  total: number;
  byType: Record<string, number>;
  byLabel: Record<string, number> | null;
}

export interface Subgraph extends Elements {
  truncated: boolean;
  more: LeftOut;
}

interface NeighbourRow {
  neighbour: PlainNode;
  relationship: PlainRelationship;
}

interface Expansion {
  center: PlainNode | null;
  rows: NeighbourRow[];
  leftOut: LeftOut;
}

/** Above this many relationships, a node's neighbours are not counted one by one (the degree store is). */
const SCAN_LIMIT = 2_000;
/** How many neighbours of one type are ranked (newest events, best-connected) to pick the ones shown. */
const ORDER_WINDOW = 500;

/**
 * Readout's provenance layer: a path "A — mentioned in a sentence — of an article — that mentions B" or "both
 * reported by Xinhua" connects nothing, and walking it through outlets with 100k reports costs seconds.
 * Only in Readout's own graph: another graph's MENTIONS may be exactly the connection its users look for.
 */
const PROVENANCE_TYPES = ['MENTIONS', 'HAS_SENTENCE', 'PUBLISHED_BY', 'REPORTED_BY'];

const primaryLabel = (node: PlainNode) => node.labels.find((l) => l !== 'Entity') ?? node.labels[0] ?? '';

/** Totals minus what was returned, per type and (where the totals have labels) per label. */
function leftOut(counts: { type: string; label: string | null; total: number }[], rows: NeighbourRow[]): LeftOut {
  const subtract = (totals: Map<string, number>, returned: Map<string, number>) => {
    const left: Record<string, number> = {};
    for (const [key, n] of totals) if (n - (returned.get(key) ?? 0) > 0) left[key] = n - (returned.get(key) ?? 0);
    return left;
  };
  const tally = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const byTypeTotals = new Map<string, number>();
  const byLabelTotals = new Map<string, number>();
  for (const c of counts) {
    byTypeTotals.set(c.type, (byTypeTotals.get(c.type) ?? 0) + c.total);
    if (c.label !== null) byLabelTotals.set(c.label, (byLabelTotals.get(c.label) ?? 0) + c.total);
  }
  const byType = subtract(byTypeTotals, tally(rows.map((r) => r.relationship.type)));
  const labelled = counts.every((c) => c.label !== null);
  return {
    total: Object.values(byType).reduce((a, b) => a + b, 0),
    byType,
    byLabel: labelled ? subtract(byLabelTotals, tally(rows.map((r) => primaryLabel(r.neighbour)))) : null,
  };
}

const SCHEMA_TTL_MS = 30_000;

/** Reads the graph as it is, whatever its labels: Readout's own or any other. */
export class GraphService {
  private schemaCache: { at: number; value: GraphSchema } | null = null;
  private namesCache: { at: number; value: { labels: Set<string>; types: Set<string> } } | null = null;

  constructor(private readonly executor: Executor) {}

  /** Labels and types with counts (Neo4j's count store: constant time), property keys per label. */
  async schema(): Promise<GraphSchema> {
    if (this.schemaCache && Date.now() - this.schemaCache.at < SCHEMA_TTL_MS) return this.schemaCache.value;
    const [labelRows, typeRows, propertyRows] = await Promise.all([
      this.executor.read('schema/labels'),
      this.executor.read('schema/relationship-types'),
      this.executor.read('schema/node-properties'),
    ]);
    const labels = labelRows.map((r) => String(r.label));
    const types = typeRows.map((r) => String(r.relationshipType));
    // Labels and types come from the database itself (an allow-list), escaped: they cannot be parameters.
    const labelCounts = await Promise.all(
      labels.map(async (l) =>
        Number((await this.executor.readText(`MATCH (n:${escapeIdentifier(l)}) RETURN count(n) AS c`))[0].c),
      ),
    );
    const typeCounts = await Promise.all(
      types.map(async (t) =>
        Number((await this.executor.readText(`MATCH ()-[r:${escapeIdentifier(t)}]->() RETURN count(r) AS c`))[0].c),
      ),
    );
    const properties = new Map<string, Map<string, Set<string>>>();
    for (const row of propertyRows) {
      for (const label of row.nodeLabels as string[]) {
        const keys = properties.get(label) ?? new Map<string, Set<string>>();
        const types = keys.get(String(row.propertyName)) ?? new Set<string>();
        for (const t of (row.propertyTypes as string[]) ?? []) types.add(t);
        keys.set(String(row.propertyName), types);
        properties.set(label, keys);
      }
    }
    const value: GraphSchema = {
      // Labels only constraints mention (count 0) are not part of the data.
      labels: labels
        .map((label, i) => ({
          label,
          count: labelCounts[i],
          properties: [...(properties.get(label) ?? new Map()).entries()]
            .map(([key, t]) => ({ key, types: [...t] }))
            .sort((a, b) => a.key.localeCompare(b.key)),
        }))
        .filter((l) => l.count > 0),
      relationshipTypes: types.map((type, i) => ({ type, count: typeCounts[i] })).filter((t) => t.count > 0),
    };
    this.schemaCache = { at: Date.now(), value };
    return value;
  }

  /**
   * Label and type names only (two catalogue reads), for the hot paths: the full schema also reads every
   * node's property keys (db.schema.nodeTypeProperties scans the store: seconds on a million nodes).
   */
  private async names(): Promise<{ labels: Set<string>; types: Set<string> }> {
    if (this.namesCache && Date.now() - this.namesCache.at < SCHEMA_TTL_MS) return this.namesCache.value;
    const [labelRows, typeRows] = await Promise.all([
      this.executor.read('schema/labels'),
      this.executor.read('schema/relationship-types'),
    ]);
    const value = {
      labels: new Set(labelRows.map((r) => String(r.label))),
      types: new Set(typeRows.map((r) => String(r.relationshipType))),
    };
    this.namesCache = { at: Date.now(), value };
    return value;
  }

  /** Readout's own contract (articles, sentences, entities) rather than some other graph. */
  private async isReadoutGraph(): Promise<boolean> {
    const { labels } = await this.names();
    return labels.has('Entity') && labels.has('Sentence') && labels.has('Article');
  }

  /** Lets a later schema read see new labels at once (after an ingest, in tests). */
  forgetSchema(): void {
    this.schemaCache = null;
    this.namesCache = null;
  }

  async findNode(id: string): Promise<PlainNode> {
    const rows = await this.executor.read('graph/node-by-id', { id });
    const found = rows[0]?.node ?? (await this.executor.read('graph/node-by-id-property', { id }))[0]?.node;
    if (!found) throw new NotFoundError(`No node with id "${id}"`);
    return found as unknown as PlainNode;
  }

  async node(id: string): Promise<NodeElement> {
    return nodeElement(await this.findNode(id));
  }

  /**
   * The neighbourhood of a node, supernode-safe: at most `limit` nodes, spread over the relationship types,
   * and counts of what was left out per type (and per label where the neighbours were counted one by one)
   * so the page can offer "+N more".
   */
  async subgraph(q: SubgraphQuery): Promise<Subgraph> {
    // Most requests: the centre and all its neighbours in one round trip.
    let [first] = await this.expandAll([q.id], q, q.limit - 1);
    if (!first.center) {
      // Not one of Readout's ids nor an elementId: another graph's own `id` property (or a 404).
      const found = await this.findNode(q.id);
      [first] = await this.expandAll([found.elementId], q, q.limit - 1);
      if (!first.center) throw new NotFoundError(`No node with id "${q.id}"`);
    }
    const builder = new ElementsBuilder();
    builder.addNode(first.center);
    const more = first.leftOut; // what was left out is reported for the centre, the node the user asked about
    let results = [first];
    for (let level = 1; ; level++) {
      const next: string[] = [];
      for (const result of results) {
        for (const row of result.rows) {
          if (builder.nodeCount >= q.limit && !builder.hasNode(row.neighbour.elementId)) continue;
          if (!builder.hasNode(row.neighbour.elementId)) next.push(row.neighbour.elementId);
          builder.addNode(row.neighbour);
          builder.addRelationship(row.relationship);
        }
      }
      const budget = q.limit - builder.nodeCount;
      if (level >= q.depth || next.length === 0 || budget <= 0) break;
      // Deeper levels expand only the first few nodes, sharing what is left of the budget.
      results = await this.expandAll(next.slice(0, 10), q, budget, { counted: false });
    }
    const elements = builder.build();
    return { ...elements, truncated: more.total > 0 || builder.nodeCount > q.limit, more };
  }

  /**
   * Expands several nodes (by stable id or elementId) sharing `budget`: one query finds them and answers every
   * node with at most its share of neighbours (most nodes); what they leave unused goes to the dense ones,
   * expanded type by type.
   */
  private async expandAll(
    keys: string[],
    q: SubgraphQuery,
    budget: number,
    { counted } = { counted: true },
  ): Promise<Expansion[]> {
    const share = Math.max(1, Math.floor(budget / keys.length));
    const small = await this.executor.read('graph/neighbourhoods', {
      labels: q.labels,
      direction: q.direction,
      from: q.from,
      to: q.to,
      keys,
      types: q.types,
      limit: share,
    });
    const byKey = new Map(small.map((row) => [String(row.key), row]));
    const isDense = (key: string) => Number(byKey.get(key)?.degree ?? 0) > share;
    const dense = keys.filter(isDense);
    const used = small.reduce((n, row) => n + (row.rows as unknown[]).length, 0);
    const denseShare = Math.max(1, Math.floor((budget - used) / Math.max(1, dense.length)));
    const nothingLeftOut = (): LeftOut => ({ total: 0, byType: {}, byLabel: {} });
    if (!counted) {
      // Beyond the centre: a share of each dense node's neighbours, all in one query, nothing counted or ranked.
      const sampled = dense.length
        ? await this.executor.read('graph/neighbours-sample', {
            labels: q.labels,
            direction: q.direction,
            from: q.from,
            to: q.to,
            types: q.types,
            centers: dense.map((key) => (byKey.get(key)!.node as unknown as PlainNode).elementId),
            limit: denseShare,
          })
        : [];
      const sampleOf = new Map(sampled.map((row) => [String(row.center), row.rows as unknown as NeighbourRow[]]));
      return keys.map((key) => {
        const row = byKey.get(key);
        if (!row) return { center: null, rows: [], leftOut: nothingLeftOut() };
        const center = row.node as unknown as PlainNode;
        const rows = isDense(key) ? (sampleOf.get(center.elementId) ?? []) : (row.rows as unknown as NeighbourRow[]);
        return { center, rows, leftOut: nothingLeftOut() };
      });
    }
    return Promise.all(
      keys.map(async (key): Promise<Expansion> => {
        const row = byKey.get(key);
        if (!row) return { center: null, rows: [], leftOut: nothingLeftOut() };
        const center = row.node as unknown as PlainNode;
        if (!isDense(key)) return { center, rows: row.rows as unknown as NeighbourRow[], leftOut: nothingLeftOut() };
        return { center, ...(await this.expandDense(center.elementId, Number(row.degree), q, denseShare)) };
      }),
    );
  }

  /** A node with more neighbours than the budget: counted per type, then a fair share of each type. */
  private async expandDense(
    elementId: string,
    degree: number,
    q: SubgraphQuery,
    budget: number,
  ): Promise<Omit<Expansion, 'center'>> {
    const filters = { center: elementId, labels: q.labels, direction: q.direction, from: q.from, to: q.to };
    const filtered = q.labels.length > 0 || q.from !== null || q.to !== null;
    // Counting neighbour by neighbour gives counts per label too, but costs a walk over every relationship:
    // above SCAN_LIMIT only the degree store is read (per type, exact), and per-label counts stay unknown.
    let counts: { type: string; label: string | null; total: number }[];
    if (filtered || degree <= SCAN_LIMIT) {
      counts = (await this.executor.read('graph/neighbour-counts', { ...filters, types: q.types })).map((r) => ({
        type: String(r.type),
        label: String(r.label),
        total: Number(r.total),
      }));
    } else {
      const known = [...(await this.names()).types];
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
      counts = rows.flat().map((r) => ({ type: String(r.type), label: null, total: Number(r.total) }));
    }
    const totalsByType = new Map<string, number>();
    for (const row of counts) totalsByType.set(row.type, (totalsByType.get(row.type) ?? 0) + row.total);
    // Small types first, each taking its fair share of what is left: one huge type cannot crowd out the rest.
    const shares = new Map<string, number>();
    let remaining = budget;
    const types = [...totalsByType.keys()]
      .filter((t) => totalsByType.get(t)! > 0)
      .sort((a, b) => totalsByType.get(a)! - totalsByType.get(b)!);
    types.forEach((type, i) => {
      const share = Math.min(totalsByType.get(type)!, Math.floor(remaining / (types.length - i)));
      shares.set(type, share);
      remaining -= share;
    });
    const perType = await Promise.all(
      types
        .filter((t) => shares.get(t)! > 0)
        .map((type) =>
          this.executor.readTemplate(
            'graph/neighbours-of-type',
            { type: [type] },
            {
              ...filters,
              window: Math.max(ORDER_WINDOW, shares.get(type)!),
              limit: shares.get(type)!,
            },
          ),
        ),
    );
    const rows = perType.flat() as unknown as NeighbourRow[];
    return { rows, leftOut: leftOut(counts, rows) };
  }

  /** Shortest paths between two nodes, as elements; each edge keeps its evidence ids. */
  async paths(
    fromId: string,
    toId: string,
    maxLength: number,
  ): Promise<Elements & { paths: { nodes: string[]; edges: string[] }[] }> {
    const [from, to] = await Promise.all([this.findNode(fromId), this.findNode(toId)]);
    // The types to walk go into the pattern itself (and the hop bound too): Neo4j then prunes the search as it
    // goes, where a WHERE on the path's relationships could send it into an exhaustive search.
    const { types } = await this.names();
    const skip = (await this.isReadoutGraph()) ? PROVENANCE_TYPES : [];
    const walk = [...types].filter((t) => !skip.includes(t));
    const rows = walk.length
      ? await this.executor.readTemplate(
          'graph/shortest-paths',
          { types: walk, maxLength },
          { from: from.elementId, to: to.elementId },
        )
      : [];
    const builder = new ElementsBuilder();
    builder.addNode(from);
    builder.addNode(to);
    const paths = rows.map((row) => row.path as unknown as PlainPath);
    paths.forEach((p) => builder.addPath(p));
    const elements = builder.build();
    const idOf = new Map(elements.nodes.map((n) => [n.data.elementId, n.data.id]));
    return {
      ...elements,
      paths: paths.map((p) => ({
        nodes: p.nodes.map((n) => idOf.get(n.elementId)!),
        edges: p.relationships.map((r) => r.elementId),
      })),
    };
  }
}
