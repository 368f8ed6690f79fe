import { Neo4jTarget } from '../../server/config';
import { freePort } from '../../test/support/free-port';
import { startServerProcess } from '../../test/support/server-process';

export interface BenchServer {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/** Readout as `npm start` runs it (its own process, so load generation does not share its event loop). */
export async function startBenchServer(target: Neo4jTarget, env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort();
  const server = startServerProcess({
    PORT: String(port),
    NEO4J_URI: target.uri,
    NEO4J_PASSWORD: 'unused-auth-is-off',
    SEED_ON_EMPTY: 'false',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ok = await fetch(`${baseUrl}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (server.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`Readout did not start:\n${server.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    pid: server.child.pid!,
    stop: async () => {
      server.child.kill('SIGTERM');
      await server.exited;
    },
  };
}
