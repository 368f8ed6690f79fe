import { Elements, ElementsBuilder } from '../db/elements';
import { Executor } from '../db/executor';
import { PlainNode } from '../db/to-plain';
import { NotFoundError } from '../errors';
import { CatalogueService } from './catalogue-service';

/** Relationships returned among a shared view's nodes, or between added nodes and a canvas's, at most. */
const MAX_RELATIONSHIPS = 5_000;

/** Relationships between nodes just added to a canvas and the nodes it holds. */
export interface Connections {
  edges: Elements['edges'];
  /** True when there were more than the answer holds. */
  truncated: boolean;
}

export interface NodeSet extends Elements {
  /** Ids asked for that name no node (any more). */
  missing: string[];
  /** True when the relationships among the nodes were more than the answer holds. */
  truncated: boolean;
}

/** Nodes by the ids the API speaks: Readout's own, `Label:id` of another graph, or elementIds. */
export class NodeLookup {
  constructor(
    private readonly executor: Executor,
    private readonly catalogue: CatalogueService,
  ) {}

  /** Each id's node; ids that name none are absent from the map. */
  async resolve(ids: string[]): Promise<Map<string, PlainNode>> {
    const view = await this.catalogue.view();
    const byLabel = new Map<string, string[]>();
    const plain: string[] = [];
    for (const id of ids) {
      const parsed = view.parseId(id);
      if (parsed) byLabel.set(parsed.label, [...(byLabel.get(parsed.label) ?? []), id]);
      else plain.push(id);
    }
    const rows = (
      await Promise.all([
        plain.length ? this.executor.read('graph/nodes-by-keys', { keys: plain }) : [],
        ...[...byLabel].map(async ([label, labelIds]) => {
          const values = labelIds.map((id) => id.slice(label.length + 1));
          const found = await this.executor.readTemplate('graph/nodes-by-label-id', { label: [label] }, { values });
          return found.map((row) => ({ key: `${label}:${String(row.key)}`, node: row.node }));
        }),
      ])
    ).flat();
    return new Map(rows.map((row) => [String(row.key), row.node]));
  }

  async find(id: string): Promise<PlainNode> {
    const node = (await this.resolve([id])).get(id);
    if (!node) throw new NotFoundError(`No node with id "${id}"`);
    return node;
  }

  /** A shared view: its nodes and the relationships among them, saying which ids are gone. */
  async nodeSet(ids: string[]): Promise<NodeSet> {
    const unique = [...new Set(ids)];
    const found = await this.resolve(unique);
    const nodes = [...found.values()];
    const rows = nodes.length
      ? await this.executor.read('graph/relationships-among', {
          ids: nodes.map((n) => n.elementId),
          limit: MAX_RELATIONSHIPS + 1,
        })
      : [];
    const builder = new ElementsBuilder(await this.catalogue.view());
    nodes.forEach((n) => builder.addNode(n));
    rows.slice(0, MAX_RELATIONSHIPS).forEach((r) => builder.addRelationship(r.relationship));
    return {
      ...builder.build(),
      missing: unique.filter((id) => !found.has(id)),
      truncated: rows.length > MAX_RELATIONSHIPS,
    };
  }

  /**
   * The relationships between `fresh` nodes and those `among` or fresh too: what an addition to a canvas brings
   * among its new nodes and to the nodes already there. Ids that name no node are passed over.
   */
  async connections(fresh: string[], among: string[]): Promise<Connections> {
    const found = await this.resolve([...new Set([...fresh, ...among])]);
    const elementIds = (ids: string[]) => ids.flatMap((id) => (found.has(id) ? [found.get(id)!.elementId] : []));
    const freshIds = elementIds(fresh);
    const rows = freshIds.length
      ? await this.executor.read('graph/relationships-between', {
          fresh: freshIds,
          ids: elementIds([...fresh, ...among]),
          limit: MAX_RELATIONSHIPS + 1,
        })
      : [];
    const builder = new ElementsBuilder(await this.catalogue.view());
    // The ends give the edges the ids the canvas knows them by.
    found.forEach((n) => builder.addNode(n));
    rows.slice(0, MAX_RELATIONSHIPS).forEach((r) => builder.addRelationship(r.relationship));
    return { edges: builder.build().edges, truncated: rows.length > MAX_RELATIONSHIPS };
  }
}
