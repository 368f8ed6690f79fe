import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jTarget, testNeo4jTarget } from '../../server/config';
import { ConsolePool, DEFAULT_CONSOLE_LIMITS } from '../../server/db/console/console-pool';
import { createExecutor, Executor } from '../../server/db/executor';
import { applySchema } from '../../server/db/schema';
import { startEmbeddedNeo4j } from '../../server/neo4j/embedded';

export interface TestNeo4j {
  target: Neo4jTarget;
  executor: Executor;
  /** The console's worker pool on this server (default limits, the tests' 30 s timeout). */
  console: ConsolePool;
  mode: 'embedded' | 'external';
  /** Stops the throwaway JVM (if any) and closes the driver. */
  stop(): Promise<void>;
}

/** Starts a throwaway embedded Neo4j (free port, temp data dir) or uses NEO4J_TEST_URI; schema applied. */
export async function startTestNeo4j(
  label = 'readout-test',
  options: { readoutSchema?: boolean } = {},
): Promise<TestNeo4j> {
  const external = testNeo4jTarget();
  let target: Neo4jTarget;
  let stopServer = async () => {};
  if (external) {
    target = external;
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
    const embedded = await startEmbeddedNeo4j({
      dataDir,
      boltPort: 0,
      heapMb: 768,
      pageCache: '64m',
      txTimeoutSeconds: 30,
    });
    target = { uri: embedded.uri, username: 'neo4j', password: '', database: 'neo4j' };
    stopServer = async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const { driver, executor } = createExecutor(target, { queryTimeoutMs: 30_000 });
  if (options.readoutSchema !== false) await applySchema(executor);
  const console = new ConsolePool(target, executor, { ...DEFAULT_CONSOLE_LIMITS, timeoutMs: 30_000 });
  return {
    target,
    executor,
    console,
    mode: external ? 'external' : 'embedded',
    stop: async () => {
      await console.close();
      await driver.close();
      await stopServer();
    },
  };
}

let shared: Promise<TestNeo4j> | undefined;

/** The Neo4j shared by every integration test in this mocha run, started on first use. */
export function getTestNeo4j(): Promise<TestNeo4j> {
  shared ??= startTestNeo4j();
  return shared;
}

export async function getTestExecutor(): Promise<Executor> {
  return (await getTestNeo4j()).executor;
}

/** Removes all data (not the schema); batched so a large test graph does not need one huge transaction. */
export async function clearDatabase(executor: Executor): Promise<void> {
  for (;;) {
    const [row] = await executor.write((tx) =>
      tx.run('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted'),
    );
    if (Number(row?.deleted ?? 0) === 0) return;
  }
}

export async function stopSharedTestNeo4j(): Promise<void> {
  if (!shared) return;
  const running = await shared.catch(() => undefined);
  shared = undefined;
  await running?.stop();
}
