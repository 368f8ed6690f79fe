/**
 * One request at a time, the same requests, two versions of Readout on one graph: what a change adds to each
 * request's latency (the load benches measure throughput, where queueing hides a few milliseconds).
 *
 *   git worktree add /tmp/readout-previous <commit> && ln -s "$PWD/node_modules" /tmp/readout-previous/
 *   (cd /tmp/readout-previous && npm run build:server)
 *   npx ts-node -T bench/version-latency.ts --previous=/tmp/readout-previous [--nodes=1000000] [--rounds=300]
 */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../server/config';
import { freePort } from '../test/support/free-port';
import { startBenchNeo4j } from './support/neo4j';
import { loadSyntheticGraph } from './synthetic-graph';

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

async function startVersion(dir: string, uri: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(dir, 'dist/server/index.js')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      NEO4J_URI: uri,
      NEO4J_PASSWORD: 'unused-auth-is-off',
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      READOUT_NLP: 'rules',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 480; i++) {
    if (
      await fetch(`${base}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return { base, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${dir} did not start`);
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return performance.now() - started;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((p / 100) * (xs.length - 1))];

async function main(): Promise<void> {
  const previous = flag('previous');
  if (!previous) throw new Error('--previous=<folder with the other version, built>');
  const nodes = Number(flag('nodes') ?? 1_000_000);
  const rounds = Number(flag('rounds') ?? 300);
  const db = await startBenchNeo4j('versions', { heapMb: 2048, pageCache: '1g' });
  const servers: { name: string; base: string; child: ChildProcess }[] = [];
  try {
    const graph = await loadSyntheticGraph(db.raw, { nodes });
    console.log(
      `graph: ${graph.nodes} nodes, ${graph.relationships} relationships in ${graph.loadSeconds.toFixed(0)} s`,
    );
    servers.push({ name: 'previous', ...(await startVersion(previous, db.target.uri)) });
    servers.push({ name: 'current', ...(await startVersion(REPO_ROOT, db.target.uri)) });
    const requests = (i: number) => {
      const people = graph.sample.people;
      const name = graph.sample.names[i % graph.sample.names.length];
      return {
        search: `/api/search?q=${encodeURIComponent(name.split(' ')[0])}`,
        subgraph: `/api/subgraph?id=${encodeURIComponent(people[i % people.length])}&limit=100`,
      };
    };
    const figures: Record<string, Record<string, number[]>> = {};
    for (let i = -50; i < rounds; i++) {
      const r = requests(Math.abs(i));
      // Alternate which version goes first, so neither always meets a warmer cache.
      const order = i % 2 === 0 ? servers : [...servers].reverse();
      for (const [endpoint, url] of Object.entries(r))
        for (const s of order) {
          const ms = await timed(`${s.base}${url}`);
          if (i >= 0) ((figures[endpoint] ??= {})[s.name] ??= []).push(ms);
        }
    }
    console.log('| endpoint | previous p50 | current p50 | added p50 | previous p99 | current p99 |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const [endpoint, byVersion] of Object.entries(figures)) {
      const [p, c] = [byVersion.previous, byVersion.current];
      console.log(
        `| ${endpoint} | ${pct(p, 50).toFixed(1)} ms | ${pct(c, 50).toFixed(1)} ms | ${(pct(c, 50) - pct(p, 50)).toFixed(1)} ms | ` +
          `${pct(p, 99).toFixed(1)} ms | ${pct(c, 99).toFixed(1)} ms |`,
      );
    }
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await db.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
