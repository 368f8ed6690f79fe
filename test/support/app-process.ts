import { createExecutor, Executor } from '../../server/db/executor';
import { freePort } from './free-port';
import { ServerProcess, startServerProcess } from './server-process';

/** The built app as `npm start` runs it, serving, with a driver of the test's own on its embedded Neo4j. */
export interface AppProcess {
  server: ServerProcess;
  /** Where its HTTP API answers: `http://127.0.0.1:<port>`. */
  base: string;
  executor: Executor;
  /** Closes the driver, stops the app (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts the built app on free ports with its data in `dataDir` (no seeds, the rules NLP, unless `env` says
 * otherwise) and waits until it serves.
 */
export async function startAppProcess(dataDir: string, env: Record<string, string> = {}): Promise<AppProcess> {
  const [port, boltPort] = [await freePort(), await freePort()];
  const server = startServerProcess({
    PORT: String(port),
    NEO4J_EMBEDDED_BOLT_PORT: String(boltPort),
    NEO4J_EMBEDDED_DATA_DIR: dataDir,
    SEED_ON_EMPTY: 'false',
    READOUT_NLP: 'rules',
    LOG_LEVEL: 'info',
    ...env,
  });
  await server.waitFor(/Readout explorer on http:\/\/localhost:\d+/, 200_000);
  const { driver, executor } = createExecutor(
    { uri: `bolt://127.0.0.1:${boltPort}`, username: 'neo4j', password: '', database: 'neo4j' },
    { queryTimeoutMs: 30_000 },
  );
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    executor,
    async stop() {
      await driver.close();
      server.child.kill('SIGTERM');
      await server.exited;
    },
  };
}
