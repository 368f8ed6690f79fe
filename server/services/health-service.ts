import { Executor, redactUri } from '../db/executor';

export interface Neo4jLocation {
  uri: string;
  mode: 'embedded' | 'external';
}

export interface HealthReport {
  status: 'ok';
  neo4j: {
    product: string;
    version: string;
    edition: string;
    database: string;
    uri: string;
    mode: Neo4jLocation['mode'];
    nodes: number;
    relationships: number;
    latencyMs: number;
  };
}

export class HealthService {
  constructor(
    private readonly executor: Executor,
    private readonly location: Neo4jLocation,
  ) {}

  /** Throws DatabaseUnavailableError when Neo4j does not answer; the route turns that into a 503. */
  async check(): Promise<HealthReport> {
    const started = performance.now();
    const [components, counts] = await Promise.all([
      this.executor.read('health/components', {}, { timeoutMs: 5000 }),
      this.executor.read('health/counts', {}, { timeoutMs: 5000 }),
    ]);
    const kernel = components.find((c) => c.name === 'Neo4j Kernel') ?? components[0] ?? {};
    return {
      status: 'ok',
      neo4j: {
        product: String(kernel.name ?? 'Neo4j'),
        version: String(kernel.version ?? 'unknown'),
        edition: String(kernel.edition ?? 'unknown'),
        database: this.executor.database,
        uri: redactUri(this.location.uri),
        mode: this.location.mode,
        nodes: Number(counts[0]?.nodes ?? 0),
        relationships: Number(counts[0]?.relationships ?? 0),
        latencyMs: Math.round(performance.now() - started),
      },
    };
  }
}
