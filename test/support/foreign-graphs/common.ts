import neo4j, { Integer } from 'neo4j-driver';
import { Executor } from '../../../server/db/executor';

/**
 * Small seeded PRNG (mulberry32): the same seed gives the same graph on every run and machine,
 * so the facts a builder returns are stable enough to assert on.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  digits(count: number): string {
    return Array.from({ length: count }, () => String(this.int(0, 9))).join('');
  }

  letters(count: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'): string {
    return Array.from({ length: count }, () => this.pick([...alphabet])).join('');
  }

  hex(count: number): string {
    return Array.from({ length: count }, () => this.int(0, 15).toString(16)).join('');
  }

  /** Bytes as the driver sends a Cypher byte array: it packs Int8Array only (a Buffer would become a list). */
  bytes(count: number, header: readonly number[] = []): Int8Array {
    const out = new Int8Array(count);
    header.forEach((byte, i) => (out[i] = byte));
    for (let i = header.length; i < count; i++) out[i] = this.int(-128, 127);
    return out;
  }

  /** An ISO date (YYYY-MM-DD) between two ISO dates. */
  date(from: string, to: string): string {
    const start = Date.parse(`${from}T00:00:00Z`);
    const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000);
    return isoDate(start + this.int(0, days) * 86_400_000);
  }
}

/** The first `count` bytes in hex, as a test would compare them with what the API shows of a byte array. */
export function hexHead(bytes: Int8Array, count = 16): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(count, bytes.byteLength)).toString('hex');
}

export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Repeats `make` until it returns a value not seen before (for ids, plates, names that must be unique). */
export function uniqueValue<T>(seen: Set<T>, make: () => T): T {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const value = make();
    if (!seen.has(value)) {
      seen.add(value);
      return value;
    }
  }
  throw new Error('uniqueValue: ran out of fresh values');
}

/**
 * A Cypher INTEGER. The write transaction passes parameters to the driver as they are, and the driver
 * sends every JS number as a FLOAT, so integer properties must be wrapped (floats stay plain numbers).
 */
export function int(value: number): Integer {
  return neo4j.int(value);
}

export type Props = Record<string, unknown>;

/** A relationship between the `from`-th node of one label and the `to`-th of another, with its properties. */
export type Pair = [from: number, to: number, props?: Props];

/** A whole graph as data: property rows per label, and relationships as index pairs into those rows. */
export interface GraphSpec {
  nodes: Record<string, object[]>;
  relationships: { type: string; from: string; to: string; pairs: Pair[] }[];
}

export interface GraphCounts {
  /** Node count per label. */
  labels: Record<string, number>;
  /** Relationship count per type. */
  relationshipTypes: Record<string, number>;
  nodeCount: number;
  relationshipCount: number;
}

/** Rows per write transaction: big enough to be quick, small enough for the test server's 30 s timeout. */
const BATCH_SIZE = 2500;

function batches<T>(rows: T[]): T[][] {
  return Array.from({ length: Math.ceil(rows.length / BATCH_SIZE) }, (_, i) =>
    rows.slice(i * BATCH_SIZE, (i + 1) * BATCH_SIZE),
  );
}

/**
 * Writes a GraphSpec in batched transactions. Relationships are made between the elementIds returned
 * when the nodes were written, so no lookup index is needed: a foreign graph keeps exactly the schema its
 * builder creates on purpose, with nothing added to help the builder.
 */
export async function writeGraph(executor: Executor, spec: GraphSpec): Promise<GraphCounts> {
  const ids: Record<string, string[]> = {};
  for (const [label, rows] of Object.entries(spec.nodes)) {
    ids[label] = [];
    for (const [n, batch] of batches(rows).entries()) {
      // Each id comes back with its row's index: result order is not something Cypher promises.
      const created = await executor.write((tx) =>
        tx.run(
          `UNWIND range(0, size($rows) - 1) AS i
           CREATE (n:\`${label}\`) SET n = $rows[i]
           RETURN i, elementId(n) AS id`,
          { rows: batch },
        ),
      );
      for (const row of created) ids[label][n * BATCH_SIZE + Number(row.i)] = String(row.id);
    }
  }
  const counts: GraphCounts = { labels: {}, relationshipTypes: {}, nodeCount: 0, relationshipCount: 0 };
  for (const [label, rows] of Object.entries(spec.nodes)) {
    counts.labels[label] = rows.length;
    counts.nodeCount += rows.length;
  }
  for (const { type, from, to, pairs } of spec.relationships) {
    const links = pairs.map(([a, b, props]) => {
      // A bad index would otherwise MATCH nothing and silently drop the relationship.
      if (ids[from]?.[a] === undefined || ids[to]?.[b] === undefined) throw new Error(`${type}: no node ${a} or ${b}`);
      return { from: ids[from][a], to: ids[to][b], props: props ?? {} };
    });
    for (const batch of batches(links)) {
      await executor.write((tx) =>
        tx.run(
          `UNWIND $links AS link
           MATCH (a) WHERE elementId(a) = link.from
           MATCH (b) WHERE elementId(b) = link.to
           CREATE (a)-[r:\`${type}\`]->(b) SET r = link.props`,
          { links: batch },
        ),
      );
    }
    counts.relationshipTypes[type] = (counts.relationshipTypes[type] ?? 0) + pairs.length;
    counts.relationshipCount += pairs.length;
  }
  return counts;
}

/** How many times each value occurs. */
export function tally<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
