import { NodeView, primaryLabel } from './node-view';
import { GraphSink, Plain, PlainNode, PlainPath, PlainRelationship } from './to-plain';

/** Cytoscape elements: what the page draws and what `.cyjs` files hold. */
export interface NodeElement {
  data: {
    id: string;
    elementId: string;
    label: string;
    labels: string[];
    /** The caption (kept as `name` too, which Readout's own nodes have anyway). */
    name: string;
    caption: string;
    [key: string]: Plain;
  };
}
export interface EdgeElement {
  data: { id: string; source: string; target: string; type: string; [key: string]: Plain };
}
export interface Elements {
  nodes: NodeElement[];
  edges: EdgeElement[];
}

/** Properties that only serve the database (search text) stay out of the elements. */
const HIDDEN = new Set(['aliasText']);
/** Element fields that a property of the same name must not overwrite. */
const RESERVED = new Set(['id', 'elementId', 'label', 'labels', 'name', 'caption', 'source', 'target', 'type']);

export { primaryLabel } from './node-view';

function copyProperties(target: Record<string, Plain>, properties: Record<string, Plain>): void {
  for (const [key, value] of Object.entries(properties)) {
    if (HIDDEN.has(key) || (key === 'id' && String(value) === target.id)) continue;
    target[RESERVED.has(key) && key !== 'name' ? `prop_${key}` : key] = value;
  }
}

export function nodeElement(node: PlainNode, view: NodeView): NodeElement {
  const caption = view.captionOf(node);
  const data: NodeElement['data'] = {
    id: view.idOf(node),
    elementId: node.elementId,
    label: primaryLabel(node.labels),
    labels: node.labels,
    name: caption,
    caption,
  };
  copyProperties(data, node.properties);
  // A `name` property that is not the caption (a first name beside a surname) stays readable under its own key.
  if (typeof node.properties.name === 'string' && node.properties.name !== caption)
    data.prop_name = node.properties.name;
  data.name = caption;
  return { data };
}

export function edgeElement(rel: PlainRelationship, idOfElement: Map<string, string>): EdgeElement {
  const data: EdgeElement['data'] = {
    id: rel.elementId,
    source: idOfElement.get(rel.startElementId) ?? rel.startElementId,
    target: idOfElement.get(rel.endElementId) ?? rel.endElementId,
    type: rel.type,
  };
  copyProperties(data, rel.properties);
  return { data };
}

/** Collects nodes and relationships (deduplicated) and turns them into elements. */
export class ElementsBuilder {
  constructor(private readonly view: NodeView) {}

  private readonly nodes = new Map<string, PlainNode>();
  private readonly rels = new Map<string, PlainRelationship>();

  addNode(node: PlainNode): void {
    this.nodes.set(node.elementId, node);
  }
  addRelationship(rel: PlainRelationship): void {
    this.rels.set(rel.elementId, rel);
  }
  addPath(path: PlainPath): void {
    path.nodes.forEach((n) => this.addNode(n));
    path.relationships.forEach((r) => this.addRelationship(r));
  }
  /** What the driver decoded as nodes and relationships (paths arrive as theirs); never a map shaped like one. */
  addGraph(graph: GraphSink): void {
    graph.nodes.forEach((n) => this.addNode(n));
    graph.relationships.forEach((r) => this.addRelationship(r));
  }
  /** elementIds of relationship ends that are not among the nodes yet. */
  missingEnds(): string[] {
    const missing = new Set<string>();
    for (const r of this.rels.values()) {
      if (!this.nodes.has(r.startElementId)) missing.add(r.startElementId);
      if (!this.nodes.has(r.endElementId)) missing.add(r.endElementId);
    }
    return [...missing];
  }
  nodeElementIds(): string[] {
    return [...this.nodes.keys()];
  }
  hasNode(elementId: string): boolean {
    return this.nodes.has(elementId);
  }
  get nodeCount(): number {
    return this.nodes.size;
  }
  build(): Elements {
    const idOf = new Map([...this.nodes.values()].map((n) => [n.elementId, this.view.idOf(n)]));
    return {
      nodes: [...this.nodes.values()].map((n) => nodeElement(n, this.view)),
      // An edge whose other end is not drawn would dangle in Cytoscape.
      edges: [...this.rels.values()]
        .filter((r) => idOf.has(r.startElementId) && idOf.has(r.endElementId))
        .map((r) => edgeElement(r, idOf)),
    };
  }
}
