import {
  Plain,
  PlainNode,
  PlainPath,
  PlainRelationship,
  PlainRow,
  isPlainNode,
  isPlainPath,
  isPlainRelationship,
} from './to-plain';

/** Cytoscape elements: what the page draws and what `.cyjs` files hold. */
export interface NodeElement {
  data: { id: string; elementId: string; label: string; labels: string[]; name: string; [key: string]: Plain };
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
const RESERVED = new Set(['id', 'elementId', 'label', 'labels', 'name', 'source', 'target', 'type']);

/** The id the API speaks: the stable `id` property when the node has one, else its elementId. */
export function nodeId(node: PlainNode): string {
  const id = node.properties.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : node.elementId;
}

/** The kind label: Readout's kind rather than the shared :Entity, else the first label. */
export function primaryLabel(labels: string[]): string {
  return labels.find((l) => l !== 'Entity') ?? labels[0] ?? '';
}

export function displayName(node: PlainNode): string {
  const p = node.properties;
  for (const key of ['name', 'title', 'text']) {
    if (typeof p[key] === 'string' && p[key]) return (p[key] as string).slice(0, 120);
  }
  return nodeId(node);
}

function copyProperties(target: Record<string, Plain>, properties: Record<string, Plain>): void {
  for (const [key, value] of Object.entries(properties)) {
    if (HIDDEN.has(key) || (key === 'id' && String(value) === target.id)) continue;
    target[RESERVED.has(key) && key !== 'name' ? `prop_${key}` : key] = value;
  }
}

export function nodeElement(node: PlainNode): NodeElement {
  const data: NodeElement['data'] = {
    id: nodeId(node),
    elementId: node.elementId,
    label: primaryLabel(node.labels),
    labels: node.labels,
    name: displayName(node),
  };
  copyProperties(data, node.properties);
  data.name = displayName(node);
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
  /** Any nodes, relationships and paths anywhere in a row (nested lists and maps included). */
  addValue(value: Plain): void {
    if (value === null || typeof value !== 'object') return;
    if (isPlainPath(value as Plain)) return this.addPath(value as unknown as PlainPath);
    if (isPlainNode(value as Plain)) return this.addNode(value as unknown as PlainNode);
    if (isPlainRelationship(value as Plain)) return this.addRelationship(value as unknown as PlainRelationship);
    for (const v of Array.isArray(value) ? value : Object.values(value)) this.addValue(v);
  }
  addRow(row: PlainRow): void {
    Object.values(row).forEach((v) => this.addValue(v));
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
  hasNode(elementId: string): boolean {
    return this.nodes.has(elementId);
  }
  get nodeCount(): number {
    return this.nodes.size;
  }
  build(): Elements {
    const idOf = new Map([...this.nodes.values()].map((n) => [n.elementId, nodeId(n)]));
    return {
      nodes: [...this.nodes.values()].map(nodeElement),
      // An edge whose other end is not drawn would dangle in Cytoscape.
      edges: [...this.rels.values()]
        .filter((r) => idOf.has(r.startElementId) && idOf.has(r.endElementId))
        .map((r) => edgeElement(r, idOf)),
    };
  }
}
