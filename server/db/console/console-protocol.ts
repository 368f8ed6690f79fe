import type { GraphSink, PlainRow } from '../to-plain';

/** Messages between the console pool (main thread) and a console worker thread. */

export interface WorkerConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface RunRequest {
  /** Tags the Neo4j transaction (metadata readoutConsole) so the pool can find and end it. */
  id: string;
  query: string;
  params: Record<string, unknown>;
  rowLimit: number;
  /** Result bytes past which streaming stops: JSON per row, and raw Bolt bytes as the hard bound. */
  byteLimit: number;
  timeoutMs: number;
}

export interface RunResult {
  id: string;
  ok: true;
  columns: string[];
  rows: PlainRow[];
  /** The graph elements the driver decoded in those rows; maps shaped like them are not among them. */
  graph: GraphSink;
  truncated: boolean;
  /** What cut the result short, when it was cut. */
  cutBy: 'rows' | 'bytes' | null;
  elapsedMs: number;
  /** Time EXPLAIN and the plan check took. */
  planMs: number;
}

export type RunFailure =
  | { id: string; ok: false; kind: 'refused'; found: string[] }
  | { id: string; ok: false; kind: 'neo4j'; code: string; message: string };

export type WorkerReply = RunResult | RunFailure;
