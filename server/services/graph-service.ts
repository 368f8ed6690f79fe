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

export interface Subgraph extends Elements {
  truncated: boolean;
  more: { total: number; byType: Record<string, number>; byLabel: Record<string, number> };
}

const SCHEMA_TTL_MS = 30_000;

/** Reads the graph as it is, whatever its labels: Readout's own or any other. */
export class GraphService {
  private schemaCache: { at: number; value: GraphSchema } | null = null;

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

  /** Lets a later schema read see new labels at once (after an ingest, in tests). */
  forgetSchema(): void {
    this.schemaCache = null;
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
   * and counts of what was left out per type and per label so the page can offer "+N more".
   */
  async subgraph(q: SubgraphQuery): Promise<Subgraph> {
    const center = await this.findNode(q.id);
    const builder = new ElementsBuilder();
    builder.addNode(center);
    const more = { total: 0, byType: {} as Record<string, number>, byLabel: {} as Record<string, number> };
    let frontier = [center.elementId];
    for (let level = 1; level <= q.depth && frontier.length > 0; level++) {
      const budget = q.limit - builder.nodeCount;
      if (budget <= 0) break;
      // Deeper levels expand only the first few nodes, in parallel, sharing what is left of the budget.
      const expanding = frontier.slice(0, level === 1 ? 1 : 10);
      const share = Math.max(1, Math.floor(budget / expanding.length));
      const results = await Promise.all(expanding.map((elementId) => this.expand(elementId, q, share)));
      const next: string[] = [];
      results.forEach((result, i) => {
        for (const row of result.rows) {
          if (builder.nodeCount >= q.limit && !builder.hasNode(row.neighbour.elementId)) continue;
          if (!builder.hasNode(row.neighbour.elementId)) next.push(row.neighbour.elementId);
          builder.addNode(row.neighbour);
          builder.addRelationship(row.relationship);
        }
        // What was left out is reported for the centre, the node the user asked about.
        if (level === 1 && i === 0) Object.assign(more, result.leftOut);
      });
      frontier = next;
    }
    const elements = builder.build();
    return { ...elements, truncated: more.total > 0 || builder.nodeCount > q.limit, more };
  }

  /** Neighbours of one node within `budget`, shared fairly between relationship types, and what was left out. */
  private async expand(elementId: string, q: SubgraphQuery, budget: number) {
    const filters = { center: elementId, labels: q.labels, direction: q.direction, from: q.from, to: q.to };
    const counts = await this.executor.read('graph/neighbour-counts', { ...filters, types: q.types });
    const totalsByType = new Map<string, number>();
    for (const row of counts)
      totalsByType.set(String(row.type), (totalsByType.get(String(row.type)) ?? 0) + Number(row.total));
    // Small types first, each taking its fair share of what is left: one huge type cannot crowd out the rest.
    const shares = new Map<string, number>();
    let remaining = budget;
    const types = [...totalsByType.keys()].sort((a, b) => totalsByType.get(a)! - totalsByType.get(b)!);
    types.forEach((type, i) => {
      const share = Math.min(totalsByType.get(type)!, Math.floor(remaining / (types.length - i)));
      shares.set(type, share);
      remaining -= share;
    });
    const perType = await Promise.all(
      types
        .filter((t) => shares.get(t)! > 0)
        .map((type) => this.executor.read('graph/neighbours-of-type', { ...filters, type, limit: shares.get(type)! })),
    );
    const rows = perType.flat().map((row) => ({
      neighbour: row.neighbour as unknown as PlainNode,
      relationship: row.relationship as unknown as PlainRelationship,
    }));
    const returnedByType = new Map<string, number>();
    const returnedByLabel = new Map<string, number>();
    for (const { neighbour, relationship } of rows) {
      returnedByType.set(relationship.type, (returnedByType.get(relationship.type) ?? 0) + 1);
      const label = neighbour.labels.find((l) => l !== 'Entity') ?? neighbour.labels[0] ?? '';
      returnedByLabel.set(label, (returnedByLabel.get(label) ?? 0) + 1);
    }
    const byType: Record<string, number> = {};
    const byLabel: Record<string, number> = {};
    let total = 0;
    for (const [type, n] of totalsByType) {
      const left = n - (returnedByType.get(type) ?? 0);
      if (left > 0) {
        byType[type] = left;
        total += left;
      }
    }
    const labelTotals = new Map<string, number>();
    for (const row of counts)
      labelTotals.set(String(row.label), (labelTotals.get(String(row.label)) ?? 0) + Number(row.total));
    for (const [label, n] of labelTotals) {
      const left = n - (returnedByLabel.get(label) ?? 0);
      if (left > 0) byLabel[label] = left;
    }
    return { rows, leftOut: { total, byType, byLabel } };
  }

  /** Shortest paths between two nodes, as elements; each edge keeps its evidence ids. */
  async paths(
    fromId: string,
    toId: string,
    maxLength: number,
  ): Promise<Elements & { paths: { nodes: string[]; edges: string[] }[] }> {
    const [from, to] = await Promise.all([this.findNode(fromId), this.findNode(toId)]);
    const rows = await this.executor.read('graph/shortest-paths', {
      from: from.elementId,
      to: to.elementId,
      maxLength,
    });
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
