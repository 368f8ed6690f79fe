import neo4j, { Driver, ManagedTransaction, Neo4jError, routing } from 'neo4j-driver';
import { Neo4jTarget } from '../config';
import { query as namedQuery, SlotValues, templateText } from './cypher-loader';
import { mapNeo4jError } from './errors';
import { toCypherParams } from './cypher-params';
import { QueryName, QueryParams, QueryRow } from './query-registry';
import { PlainRow, toPlain } from './to-plain';

export interface ExecutorOptions {
  database: string;
  queryTimeoutMs: number;
}

export interface ReadOptions {
  timeoutMs?: number;
}

/** The write side as services see it: plain rows in and out, no driver types. */
export interface WriteTx {
  run(cypher: string, params?: Record<string, unknown>): Promise<PlainRow[]>;
  runNamed<N extends QueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]>;
}

export interface ServerInfo {
  address: string;
  agent: string;
  protocolVersion: number;
}

function rowsOf(records: { keys: PropertyKey[]; get(key: PropertyKey): unknown }[]): PlainRow[] {
  return records.map((record) => {
    const row: PlainRow = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

/**
 * The one place queries reach Neo4j: always sets `database` and a timeout, routes reads as READ,
 * converts results to plain JSON and failures to typed errors.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  get database(): string {
    return this.options.database;
  }

  /** Runs a named query from cypher/queries in a READ-routed auto-retried transaction; rows typed by the registry. */
  async read<N extends QueryName>(
    name: N,
    params: QueryParams<N> = {} as QueryParams<N>,
    options: ReadOptions = {},
  ): Promise<QueryRow<N>[]> {
    const q = namedQuery(name);
    if (q.templated) throw new Error(`cypher/queries/${name}.cypher has {{slots}}: use readTemplate`);
    // The registry's row type is the query's header, checked against the file by a unit test.
    return (await this.readText(q.text, params as Record<string, unknown>, options)) as unknown as QueryRow<N>[];
  }

  /** Runs a templated named query with its `{{slots}}` filled (allow-listed names, whole numbers). */
  async readTemplate<N extends QueryName>(
    name: N,
    slots: SlotValues,
    params: QueryParams<N> = {} as QueryParams<N>,
    options: ReadOptions = {},
  ): Promise<QueryRow<N>[]> {
    const rows = await this.readText(templateText(name, slots), params as Record<string, unknown>, options);
    return rows as unknown as QueryRow<N>[];
  }

  async readText(cypher: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<PlainRow[]> {
    try {
      const result = await this.driver.executeQuery(cypher, toCypherParams(params), {
        routing: routing.READ,
        database: this.options.database,
        transactionConfig: { timeout: options.timeoutMs ?? this.options.queryTimeoutMs },
      });
      return rowsOf(result.records);
    } catch (error) {
      throw mapNeo4jError(error);
    }
  }

  /** Runs `work` in one write transaction: all of it commits or none of it does. */
  async write<T>(work: (tx: WriteTx) => Promise<T>, options: ReadOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx: ManagedTransaction) => {
          const run = async (cypher: string, params: Record<string, unknown> = {}) =>
            rowsOf((await tx.run(cypher, params)).records);
          const runNamed = async <N extends QueryName>(name: N, params: QueryParams<N>) =>
            (await run(namedQuery(name).text, params as Record<string, unknown>)) as unknown as QueryRow<N>[];
          return work({ run, runNamed });
        },
        { timeout: options.timeoutMs ?? this.options.queryTimeoutMs * 4 },
      );
    } catch (error) {
      // The caller's own failure (it threw inside the transaction) rolls back and reaches it unchanged.
      if (!(error instanceof Neo4jError)) throw error;
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Schema commands must run alone, outside an explicit transaction. */
  async runSchemaStatement(statement: string): Promise<void> {
    try {
      await this.driver.executeQuery(statement, {}, { routing: routing.WRITE, database: this.options.database });
    } catch (error) {
      throw mapNeo4jError(error);
    }
  }

  async serverInfo(): Promise<ServerInfo> {
    try {
      const info = await this.driver.getServerInfo({ database: this.options.database });
      return {
        address: String(info.address ?? ''),
        agent: String(info.agent ?? ''),
        protocolVersion: Number(info.protocolVersion ?? 0),
      };
    } catch (error) {
      throw mapNeo4jError(error);
    }
  }
}

/** Driver tuned to fail fast when Neo4j is away (a quick 503 beats a 30 s hang) and recover by itself. */
export function createDriver(target: Neo4jTarget): Driver {
  const auth = target.password ? neo4j.auth.basic(target.username, target.password) : undefined;
  return neo4j.driver(target.uri, auth, {
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 1_000,
    disableLosslessIntegers: false,
    userAgent: 'readout/0.1',
  });
}

export function createExecutor(
  target: Neo4jTarget,
  options: Omit<ExecutorOptions, 'database'>,
): { driver: Driver; executor: Executor } {
  const driver = createDriver(target);
  return {
    driver,
    executor: new Executor(driver, { database: target.database, queryTimeoutMs: options.queryTimeoutMs }),
  };
}

/** The URI as it may be shown: no user, no password. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}
