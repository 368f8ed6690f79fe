/**
 * Console cells as people read them: a node by its caption and label, a relationship by its type, a path by its
 * ends and length, not raw JSON; and the table as CSV. No DOM: unit-tested in Node.
 */

interface NodeValue {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface RelValue {
  elementId: string;
  type: string;
  properties: Record<string, unknown>;
}
interface PathValue {
  nodes: NodeValue[];
  relationships: RelValue[];
}

const isNode = (v: object): v is NodeValue => 'labels' in v && 'elementId' in v;
const isRel = (v: object): v is RelValue => 'type' in v && 'elementId' in v && 'startElementId' in v;
const isPath = (v: object): v is PathValue => 'nodes' in v && 'relationships' in v;

/** `captions`: elementId → caption, from the answer's elements (the server's captions for this graph). */
export function cellText(value: unknown, captions: Map<string, string>): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((v) => cellText(v, captions)).join(', ');
  if (isPath(value)) {
    const ends = [value.nodes[0], value.nodes[value.nodes.length - 1]].map((n) => cellText(n, captions));
    return `${ends[0]} → ${ends[1]} (${value.relationships.length} hops)`;
  }
  if (isNode(value)) {
    const label = value.labels.find((l) => l !== 'Entity') ?? value.labels[0] ?? '';
    const caption = captions.get(value.elementId) ?? String(value.properties.name ?? value.properties.title ?? '');
    return caption ? `${caption} · ${label}` : label;
  }
  if (isRel(value)) return `—${value.type}→`;
  if ((value as { $binary?: unknown }).$binary === true) return `binary · ${(value as { bytes: number }).bytes} bytes`;
  return JSON.stringify(value);
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; lines end with CRLF. */
export function toCsv(columns: string[], rows: string[][]): string {
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
