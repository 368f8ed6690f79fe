import type { ConsoleStatus } from '../db/console/console-slots';
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
  /**
   * The console's slots: `state` is `waiting-for-neo4j` while every slot is held by a query the console gave up on
   * that Neo4j still runs (new console queries get 429 until it ends), `busy` while all are in use.
   */
  console?: ConsoleStatus & { state: 'ready' | 'busy' | 'waiting-for-neo4j' };
}

export class HealthService {
  constructor(
    private readonly executor: Executor,
    private readonly location: Neo4jLocation,
    private readonly consoleStatus?: () => ConsoleStatus,
  ) {}

  private console(): HealthReport['console'] {
    if (!this.consoleStatus) return undefined;
    const status = this.consoleStatus();
    const state =
      status.abandoned.length >= status.slots ? 'waiting-for-neo4j' : status.busy >= status.slots ? 'busy' : 'ready';
    return { state, ...status };
  }

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
      console: this.console(),
    };
  }
}
