import { Driver } from 'neo4j-driver';
import { httpLoad, LoadFigures, rawDriverLoad, recordQueries } from './api-load';
import { measureCpu } from './support/cpu';
import { SyntheticGraph } from './synthetic-graph';

/**
 * CPU milliseconds per request of the serving side: Neo4j plus Readout's server (HTTP), or Neo4j plus the
 * bench process running the raw driver; and of the load generator (autocannon), which is not Readout's cost
 * but shares the same two cores.
 */
export interface CpuPerRequest {
  neo4j: number;
  client: number;
  generator: number;
}

export interface EndpointFigures {
  endpoint: string;
  readout: LoadFigures & { cpu: CpuPerRequest };
  raw: LoadFigures & { cpu: CpuPerRequest };
}

const enc = encodeURIComponent;

/** The request mix per endpoint, aimed at popular and ordinary nodes alike. */
export function endpointPaths(graph: SyntheticGraph, pairs: number): Record<string, string[]> {
  const { people, events, names } = graph.sample;
  const ids = people.slice(0, pairs).flatMap((p, i) => [p, events[i % events.length]]);
  return {
    search: names
      .slice(0, pairs)
      .flatMap((n, i) => [`/api/search?q=${enc(n)}`, `/api/search?q=${enc(n.slice(0, 2 + (i % 3)))}`]),
    'subgraph depth 1': ids.map((id) => `/api/subgraph?id=${enc(id)}`),
    'subgraph depth 2': ids.map((id) => `/api/subgraph?id=${enc(id)}&depth=2`),
    paths: people.slice(0, pairs).map((p, i) => `/api/paths?from=${enc(p)}&to=${enc(people[(i + 7) % people.length])}`),
  };
}

/** Each endpoint under `connections` clients for `seconds`: through Readout's HTTP API, then the raw driver. */
export async function benchEndpoints(options: {
  baseUrl: string;
  raw: Driver;
  database: string;
  graph: SyntheticGraph;
  seconds: number;
  warmUpSeconds: number;
  /** Requests per endpoint cycle through 2 × pairs paths (people and events; full and prefix names). */
  pairs: number;
  connections: number;
  pids: { neo4j: number; server: number };
  log: (s: string) => void;
}): Promise<EndpointFigures[]> {
  const pids = { neo4j: options.pids.neo4j, server: options.pids.server, bench: process.pid };
  const perRequest = (cpu: Record<string, number>, requests: number, client: 'server' | 'bench') => ({
    neo4j: (1000 * cpu.neo4j) / requests,
    client: (1000 * cpu[client]) / requests,
    generator: client === 'server' ? (1000 * cpu.bench) / requests : 0,
  });
  const figures: EndpointFigures[] = [];
  for (const [endpoint, paths] of Object.entries(endpointPaths(options.graph, options.pairs))) {
    const replays = await recordQueries(options.raw, options.database, paths);
    // A short warm-up of both sides: JIT, plan cache, page cache.
    await httpLoad(options.baseUrl, paths, options.warmUpSeconds, options.connections);
    await rawDriverLoad(
      options.raw,
      options.database,
      [...replays.values()],
      options.warmUpSeconds,
      options.connections,
    );
    const rawRun = await measureCpu(pids, () =>
      rawDriverLoad(options.raw, options.database, [...replays.values()], options.seconds, options.connections),
    );
    const raw = { ...rawRun.result, cpu: perRequest(rawRun.cpu, rawRun.result.requests, 'bench') };
    const httpRun = await measureCpu(pids, () =>
      httpLoad(options.baseUrl, paths, options.seconds, options.connections),
    );
    const readout = { ...httpRun.result, cpu: perRequest(httpRun.cpu, httpRun.result.requests, 'server') };
    options.log(
      `${endpoint}: Readout ${readout.perSecond.toFixed(0)} req/s p50 ${readout.p50} p99 ${readout.p99} errors ${readout.errors}` +
        ` CPU neo4j ${readout.cpu.neo4j.toFixed(2)} + server ${readout.cpu.client.toFixed(2)} + autocannon ${readout.cpu.generator.toFixed(2)} ms/req` +
        ` | raw ${raw.perSecond.toFixed(0)}/s p50 ${raw.p50.toFixed(1)} p99 ${raw.p99.toFixed(1)}` +
        ` CPU neo4j ${raw.cpu.neo4j.toFixed(2)} + client ${raw.cpu.client.toFixed(2)} ms/req`,
    );
    figures.push({ endpoint, readout, raw });
  }
  return figures;
}

/**
 * The machine's floor for any query at this concurrency: `RETURN 1` through the bare driver (a Bolt round trip,
 * a transaction, nothing read). No endpoint through the same driver can beat its req/s or its latency.
 */
export async function benchFloor(options: {
  raw: Driver;
  database: string;
  seconds: number;
  connections: number;
}): Promise<LoadFigures> {
  const replay = [[{ wave: 0, text: 'RETURN 1 AS one', params: {} }]];
  await rawDriverLoad(options.raw, options.database, [replay], 1, options.connections);
  return rawDriverLoad(options.raw, options.database, [replay], options.seconds, options.connections);
}
