import neo4j, { Integer, Node, Path, Point, Relationship } from 'neo4j-driver';

/** JSON-safe values: what routes and services see instead of driver types. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, Plain>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, Plain>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

export type PlainRow = Record<string, Plain>;

function integerToPlain(value: Integer): number | string {
  // Beyond 2^53 a JS number would silently change the value; a string keeps it exact.
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

function propertiesToPlain(props: Record<string, unknown>): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [key, value] of Object.entries(props)) out[key] = toPlain(value);
  return out;
}

function nodeToPlain(node: Node): PlainNode {
  return { elementId: node.elementId, labels: [...node.labels], properties: propertiesToPlain(node.properties) };
}

function relationshipToPlain(rel: Relationship): PlainRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: propertiesToPlain(rel.properties),
  };
}

function pathToPlain(path: Path): PlainPath {
  const nodes = [nodeToPlain(path.start)];
  const relationships: PlainRelationship[] = [];
  for (const segment of path.segments) {
    relationships.push(relationshipToPlain(segment.relationship));
    nodes.push(nodeToPlain(segment.end));
  }
  return { nodes, relationships };
}

function pointToPlain(point: Point): Plain {
  const plain: Record<string, Plain> = { srid: integerToPlain(neo4j.int(point.srid)), x: point.x, y: point.y };
  if (point.z !== undefined) plain.z = point.z;
  return plain;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/** Converts any value the driver returns into plain JSON, once, at the database boundary. */
/** How much of a byte array the API shows: enough to recognise a format, never a whole image as numbers. */
const BYTES_SHOWN = 16;

/** A byte array as its size and first bytes in hex ({ $binary, bytes, hex }): a picture is not a list of numbers. */
function bytesToPlain(value: ArrayBufferView): Plain {
  const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  const hex = Array.from(bytes.subarray(0, BYTES_SHOWN), (b) => b.toString(16).padStart(2, '0')).join('');
  return { $binary: true, bytes: bytes.length, hex };
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return integerToPlain(value as Integer);
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) return pointToPlain(value as Point);
  if (neo4j.isNode(value)) return nodeToPlain(value as Node) as unknown as Plain;
  if (neo4j.isRelationship(value)) return relationshipToPlain(value as Relationship) as unknown as Plain;
  if (neo4j.isPath(value)) return pathToPlain(value as Path) as unknown as Plain;
  if (Array.isArray(value)) return value.map(toPlain);
  if (ArrayBuffer.isView(value)) return bytesToPlain(value);
  if (typeof value === 'object') return propertiesToPlain(value as Record<string, unknown>);
  return String(value);
}

export function isPlainNode(value: Plain): value is Plain & PlainNode {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'elementId' in value && 'labels' in value
  );
}

export function isPlainRelationship(value: Plain): value is Plain & PlainRelationship {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'elementId' in value &&
    'startElementId' in value
  );
}

export function isPlainPath(value: Plain): value is Plain & PlainPath {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'nodes' in value &&
    'relationships' in value &&
    !('elementId' in value)
  );
}
