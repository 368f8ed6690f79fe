import { Driver } from 'neo4j-driver';
import { httpLoad, LoadFigures, rawDriverLoad, recordQueries } from './api-load';
import { SyntheticGraph } from './synthetic-graph';

export interface EndpointFigures {
  endpoint: string;
  readout: LoadFigures;
  raw: LoadFigures;
}

const enc = encodeURIComponent;

/** The request mix per endpoint, aimed at popular and ordinary nodes alike. */
export function endpointPaths(graph: SyntheticGraph): Record<string, string[]> {
  const { people, events, names } = graph.sample;
  const ids = people.slice(0, 60).flatMap((p, i) => [p, events[i % events.length]]);
  return {
    search: names
      .slice(0, 60)
      .flatMap((n, i) => [`/api/search?q=${enc(n)}`, `/api/search?q=${enc(n.slice(0, 2 + (i % 3)))}`]),
    'subgraph depth 1': ids.map((id) => `/api/subgraph?id=${enc(id)}`),
    'subgraph depth 2': ids.map((id) => `/api/subgraph?id=${enc(id)}&depth=2`),
    paths: people.slice(0, 60).map((p, i) => `/api/paths?from=${enc(p)}&to=${enc(people[(i + 7) % people.length])}`),
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
  connections: number;
  log: (s: string) => void;
}): Promise<EndpointFigures[]> {
  const figures: EndpointFigures[] = [];
  for (const [endpoint, paths] of Object.entries(endpointPaths(options.graph))) {
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
    const raw = await rawDriverLoad(
      options.raw,
      options.database,
      [...replays.values()],
      options.seconds,
      options.connections,
    );
    const readout = await httpLoad(options.baseUrl, paths, options.seconds, options.connections);
    options.log(
      `${endpoint}: Readout ${readout.perSecond.toFixed(0)} req/s p50 ${readout.p50} p99 ${readout.p99} errors ${readout.errors}` +
        ` | raw ${raw.perSecond.toFixed(0)}/s p50 ${raw.p50.toFixed(1)} p99 ${raw.p99.toFixed(1)}`,
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
