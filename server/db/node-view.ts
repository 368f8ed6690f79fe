import { PlainNode } from './to-plain';

/** What the view needs to know of a label (the catalogue's LabelInfo satisfies it). */
export interface LabelNaming {
  label: string;
  caption: string[];
  detail: string[];
  idKey: 'id' | null;
}

const MAX_CAPTION = 120;

/** The kind label: Readout's kind rather than the shared :Entity, else the first label. */
export function primaryLabel(labels: string[]): string {
  return labels.find((l) => l !== 'Entity') ?? labels[0] ?? '';
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * How the API names and identifies nodes of this graph:
 * - id: Readout's own ids bare (its constraints keep them unique); `Label:id` for another graph's label whose
 *   `id` was found unique (so a Product 7 and an Order 7 stay two elements); the elementId otherwise.
 * - caption: the label's caption keys (a name and a surname, a productName…), else name/title/text, else the
 *   label and the id.
 */
export class NodeView {
  private readonly byLabel: Map<string, LabelNaming>;
  /** Labels whose `id` names a node, in a fixed order, so a node with two of them always gets the same id. */
  private readonly idLabels: string[];

  constructor(
    labels: LabelNaming[],
    private readonly bareIdLabels: string[] = [],
  ) {
    this.byLabel = new Map(labels.map((l) => [l.label, l]));
    this.idLabels = labels
      .filter((l) => l.idKey === 'id')
      .map((l) => l.label)
      .sort();
  }

  idOf(node: PlainNode): string {
    const id = node.properties.id;
    if (typeof id !== 'string' && !(typeof id === 'number' && Number.isSafeInteger(id))) return node.elementId;
    if (this.bareIdLabels.some((l) => node.labels.includes(l))) return String(id);
    const label = this.idLabels.find((l) => node.labels.includes(l));
    return label ? `${label}:${id}` : node.elementId;
  }

  /** `Label:value` back into its parts, for a label whose ids are unique; null for any other string. */
  parseId(id: string): { label: string; value: string } | null {
    const colon = id.indexOf(':');
    if (colon <= 0) return null;
    const label = id.slice(0, colon);
    return this.idLabels.includes(label) && !this.bareIdLabels.includes(label)
      ? { label, value: id.slice(colon + 1) }
      : null;
  }

  captionOf(node: PlainNode): string {
    const naming = this.byLabel.get(primaryLabel(node.labels));
    const p = node.properties;
    if (naming?.caption.length) {
      const parts = naming.caption.map((k) => text(p[k])).filter((v): v is string => v !== null);
      if (parts.length) return parts.join(' ').slice(0, MAX_CAPTION);
    }
    for (const key of ['name', 'title', 'text']) {
      const value = text(p[key]);
      if (value) return value.slice(0, MAX_CAPTION);
    }
    const id = this.idOf(node);
    return id === node.elementId ? `${primaryLabel(node.labels)} ${id.split(':').pop()}` : id;
  }

  /** A property that tells this node apart from others with a similar caption, or null. */
  detailOf(node: PlainNode): { key: string; value: string } | null {
    const naming = this.byLabel.get(primaryLabel(node.labels));
    for (const key of naming?.detail ?? []) {
      const value = text(node.properties[key]);
      if (value) return { key, value: value.slice(0, 60) };
    }
    return null;
  }
}
