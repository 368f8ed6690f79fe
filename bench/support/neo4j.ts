import neo4j, { Driver } from 'neo4j-driver';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jTarget } from '../../server/config';
import { createExecutor, Executor } from '../../server/db/executor';
import { applySchema } from '../../server/db/schema';
import { startEmbeddedNeo4j } from '../../server/neo4j/embedded';

export interface BenchNeo4j {
  target: Neo4jTarget;
  version: string;
  /** The embedded JVM's process id (its CPU time is read from /proc). */
  pid: number;
  /** Readout's database layer. */
  executor: Executor;
  /** A second, bare driver: the floor Readout is measured against. */
  raw: Driver;
  stop(): Promise<void>;
}

/**
 * A throwaway embedded Neo4j sized for a benchmark (the 1M-node graph needs more page cache than tests do),
 * with Readout's schema applied, and both Readout's executor and a raw driver on it.
 */
export async function startBenchNeo4j(
  label: string,
  memory: { heapMb: number; pageCache: string },
): Promise<BenchNeo4j> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `readout-bench-${label}-`));
  const embedded = await startEmbeddedNeo4j({
    dataDir,
    boltPort: 0,
    heapMb: memory.heapMb,
    pageCache: memory.pageCache,
    txTimeoutSeconds: 600,
  });
  const target: Neo4jTarget = { uri: embedded.uri, username: 'neo4j', password: '', database: 'neo4j' };
  const { driver, executor } = createExecutor(target, { queryTimeoutMs: 600_000 });
  const raw = neo4j.driver(target.uri, undefined, { maxConnectionPoolSize: 100, disableLosslessIntegers: false });
  await applySchema(executor);
  return {
    target,
    version: embedded.version,
    pid: embedded.pid,
    executor,
    raw,
    stop: async () => {
      await raw.close();
      await driver.close();
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Deletes every node and relationship (in batches: IN TRANSACTIONS needs an implicit transaction, a session's). */
export async function emptyGraph(driver: Driver): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
