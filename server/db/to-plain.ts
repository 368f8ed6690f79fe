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

/**
 * The graph elements the driver itself made while a value was converted: only these are nodes, relationships and
 * paths. A map that looks like one (`RETURN {elementId: 'x', labels: 1} AS n`) is a value like any other.
 */
export interface GraphSink {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

export const emptyGraphSink = (): GraphSink => ({ nodes: [], relationships: [] });

/**
 * Lists and maps nested deeper than this are cut (the rest shown as a marker string): a value such as
 * `reduce(l = [], i IN range(1, 3000) | [l])` must not overflow a stack when it is converted or sent as JSON.
 */
export const MAX_VALUE_DEPTH = 64;
export const TOO_DEEP = `[nested deeper than ${MAX_VALUE_DEPTH} levels]`;

function integerToPlain(value: Integer): number | string {
  // Beyond 2^53 a JS number would silently change the value; a string keeps it exact.
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

/** Walks one value; `depth` is how many lists and maps enclose it. */
interface Walk {
  sink?: GraphSink;
  depth: number;
}

function propertiesToPlain(props: Record<string, unknown>, walk: Walk): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  const inner = { ...walk, depth: walk.depth + 1 };
  for (const [key, value] of Object.entries(props)) out[key] = convert(value, inner);
  return out;
}

function nodeToPlain(node: Node, walk: Walk): PlainNode {
  const plain = {
    elementId: node.elementId,
    labels: [...node.labels],
    properties: propertiesToPlain(node.properties, walk),
  };
  walk.sink?.nodes.push(plain);
  return plain;
}

function relationshipToPlain(rel: Relationship, walk: Walk): PlainRelationship {
  const plain = {
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: propertiesToPlain(rel.properties, walk),
  };
  walk.sink?.relationships.push(plain);
  return plain;
}

function pathToPlain(path: Path, walk: Walk): PlainPath {
  const nodes = [nodeToPlain(path.start, walk)];
  const relationships: PlainRelationship[] = [];
  for (const segment of path.segments) {
    relationships.push(relationshipToPlain(segment.relationship, walk));
    nodes.push(nodeToPlain(segment.end, walk));
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

/** How much of a byte array the API shows: enough to recognise a format, never a whole image as numbers. */
const BYTES_SHOWN = 16;

/** A byte array as its size and first bytes in hex ({ $binary, bytes, hex }): a picture is not a list of numbers. */
function bytesToPlain(value: ArrayBufferView): Plain {
  const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  const hex = Array.from(bytes.subarray(0, BYTES_SHOWN), (b) => b.toString(16).padStart(2, '0')).join('');
  return { $binary: true, bytes: bytes.length, hex };
}

/**
 * Converts any value the driver returns into plain JSON, once, at the database boundary. Graph elements the
 * driver made are also handed to `sink` when one is given; nesting past MAX_VALUE_DEPTH is cut.
 */
export function toPlain(value: unknown, sink?: GraphSink): Plain {
  return convert(value, { sink, depth: 0 });
}

function convert(value: unknown, walk: Walk): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return integerToPlain(value as Integer);
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) return pointToPlain(value as Point);
  if (neo4j.isNode(value)) return nodeToPlain(value as Node, walk) as unknown as Plain;
  if (neo4j.isRelationship(value)) return relationshipToPlain(value as Relationship, walk) as unknown as Plain;
  if (neo4j.isPath(value)) return pathToPlain(value as Path, walk) as unknown as Plain;
  if (ArrayBuffer.isView(value)) return bytesToPlain(value);
  if (walk.depth >= MAX_VALUE_DEPTH && typeof value === 'object') return TOO_DEEP;
  if (Array.isArray(value)) {
    const inner = { ...walk, depth: walk.depth + 1 };
    return value.map((v) => convert(v, inner));
  }
  if (typeof value === 'object') return propertiesToPlain(value as Record<string, unknown>, walk);
  return String(value);
}
