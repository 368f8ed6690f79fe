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

// Shapes checked field by field: a console value may be any map (`RETURN {elementId: 'x', labels: 1} AS n`), and
// one that only looks like a node is shown as the map it is, never taken apart as one.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isNode = (v: unknown): v is NodeValue =>
  isRecord(v) && typeof v.elementId === 'string' && isStringList(v.labels) && isRecord(v.properties);
const isRel = (v: unknown): v is RelValue =>
  isRecord(v) && typeof v.elementId === 'string' && typeof v.type === 'string' && typeof v.startElementId === 'string';
const isPath = (v: unknown): v is PathValue =>
  isRecord(v) &&
  Array.isArray(v.nodes) &&
  v.nodes.length > 0 &&
  v.nodes.every(isNode) &&
  Array.isArray(v.relationships) &&
  v.relationships.every(isRel);

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
    const named = value.properties.name ?? value.properties.title;
    const caption = captions.get(value.elementId) ?? (typeof named === 'string' ? named : '');
    return caption ? `${caption} · ${label}` : label;
  }
  if (isRel(value)) return `—${value.type}→`;
  if ((value as { $binary?: unknown }).$binary === true) return `binary · ${(value as { bytes: number }).bytes} bytes`;
  return JSON.stringify(value);
}

/** A cell a spreadsheet would run as a formula (OWASP's list: = + - @, tab, carriage return)… */
const FORMULA_START = /^[=+\-@\t\r]/;
/** …unless it is only a number: -5 and +1.5e3 are values, and stay as written. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * OWASP's rule against CSV injection: a cell that would start a formula is prefixed with a single quote, which
 * spreadsheets show as text (a page's og:title "=HYPERLINK(…)" or a console value must not run when opened).
 */
export function neutralisedCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; lines end with CRLF. Every field,
 * headers included, is neutralised against formulas first.
 */
export function toCsv(columns: string[], rows: string[][]): string {
  const field = (raw: string) => {
    const s = neutralisedCell(raw);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
