import autocannon from 'autocannon';
import neo4j, { Driver } from 'neo4j-driver';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { createApp } from '../server/app';
import { ConsolePool } from '../server/db/console/console-pool';
import { toCypherParams } from '../server/db/cypher-params';
import { Executor, ReadOptions } from '../server/db/executor';
import { PlainRow } from '../server/db/to-plain';
import { createLogger } from '../server/logger';

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One query a request sent, and the wave it belongs to: queries of one wave ran concurrently. */
export interface RecordedQuery {
  wave: number;
  text: string;
  params: Record<string, unknown>;
}

/** Readout's executor, noting every query it sends (text, parameters, and what ran alongside it). */
class RecordingExecutor extends Executor {
  current: RecordedQuery[] | null = null;
  private completed = 0;

  override async readText(
    cypher: string,
    params: Record<string, unknown> = {},
    options: ReadOptions = {},
  ): Promise<PlainRow[]> {
    const log = this.current;
    const wave = this.completed;
    try {
      return await super.readText(cypher, params, options);
    } finally {
      log?.push({ wave, text: cypher, params: toCypherParams(params) });
      this.completed += 1;
    }
  }

  begin(): void {
    this.current = [];
    this.completed = 0;
  }
}

export type Replay = RecordedQuery[][];

/**
 * The exact Cypher Readout sends for each request path, recorded by serving the paths once in-process:
 * the raw driver replays it, wave by wave, so the comparison is the same work without Readout around it.
 */
export async function recordQueries(driver: Driver, database: string, paths: string[]): Promise<Map<string, Replay>> {
  const executor = new RecordingExecutor(driver, { database, queryTimeoutMs: 60_000 });
  // The recorded paths never reach the console, so its pool never starts a worker.
  const console = new ConsolePool(
    { uri: 'bolt://console-not-recorded', username: '', password: '', database },
    executor,
  );
  const app = createApp({
    executor,
    console,
    neo4j: { uri: 'recording', mode: 'external' },
    logger: createLogger('silent'),
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const replays = new Map<string, Replay>();
  const unique = [...new Set(paths)];
  try {
    // Caches (schema, index list) fill on first use, and Neo4j compiles the plans: a warm-up pass, eight at a
    // time, then one request at a time records what a warm server sends.
    for (let i = 0; i < unique.length; i += 8)
      await Promise.all(
        unique.slice(i, i + 8).map((path) => fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.arrayBuffer())),
      );
    for (const path of unique) {
      executor.begin();
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      await response.arrayBuffer();
      // A request Readout fails (a timeout, say) has no complete query list to replay: the raw side skips it,
      // the HTTP side counts it as an error.
      if (!response.ok) continue;
      const waves = new Map<number, RecordedQuery[]>();
      for (const q of executor.current!) waves.set(q.wave, [...(waves.get(q.wave) ?? []), q]);
      replays.set(
        path,
        [...waves.keys()].sort((a, b) => a - b).map((w) => waves.get(w)!),
      );
    }
  } finally {
    server.close();
  }
  return replays;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** `connections` workers replaying the recorded queries through the bare driver for `seconds`. */
export async function rawDriverLoad(
  driver: Driver,
  database: string,
  replays: Replay[],
  seconds: number,
  connections: number,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const replay = replays[next++ % replays.length];
      const started = performance.now();
      try {
        for (const wave of replay) {
          await Promise.all(
            wave.map((q) =>
              driver.executeQuery(q.text, q.params, { routing: neo4j.routing.READ, database }).then((r) => r.records),
            ),
          );
        }
        latencies.push(performance.now() - started);
      } catch {
        errors += 1;
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  };
}

/** autocannon against Readout over loopback, cycling through the paths. */
export async function httpLoad(
  baseUrl: string,
  paths: string[],
  seconds: number,
  connections: number,
): Promise<LoadFigures> {
  // One round robin shared by all connections (as the raw workers share theirs): concurrent requests differ.
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
