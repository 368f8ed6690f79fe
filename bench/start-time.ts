/**
 * How long the README's `npm start` takes to a usable page, for two versions of Readout run alternately on one
 * machine (so both meet the same load): a warm restart (store, jars and build there) and a cold start with the
 * jars cached (a new store: Neo4j creates it, then the seeds are read). Each start is the real command, build
 * step included, with its own data directory and ports.
 *
 *   git worktree add /tmp/readout-previous <commit> && cp -al node_modules /tmp/readout-previous/
 *   (cd /tmp/readout-previous && npm run build)
 *   npx ts-node -T bench/start-time.ts --previous=/tmp/readout-previous [--warm=5] [--cold=3]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../server/config';
import { freePort } from '../test/support/free-port';

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

interface StartFigures {
  /** `npm start` to the first 200 from /api/health, with the page served. */
  usable: number;
  /** `npm start` to the log line that the seeds are in (cold starts only). */
  seeded: number | null;
}

async function startOnce(dir: string, dataDir: string, cold: boolean): Promise<StartFigures> {
  if (cold) fs.rmSync(dataDir, { recursive: true, force: true });
  const [port, boltPort] = [await freePort(), await freePort()];
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      JAVA_HOME: process.env.JAVA_HOME ?? '',
      PORT: String(port),
      NEO4J_EMBEDDED_BOLT_PORT: String(boltPort),
      NEO4J_EMBEDDED_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let seededAt: number | null = null;
  const listen = (chunk: Buffer) => {
    output += chunk;
    if (seededAt === null && /seeded \d+ articles/.test(output)) seededAt = performance.now();
  };
  child.stdout!.on('data', listen);
  child.stderr!.on('data', listen);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    let usableAt = 0;
    while (usableAt === 0) {
      if (child.exitCode !== null) throw new Error(`${dir} exited:\n${output.slice(-2000)}`);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      const page = health?.ok ? await fetch(`http://127.0.0.1:${port}/`).catch(() => null) : null;
      if (page?.ok) usableAt = performance.now();
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    while (cold && seededAt === null) await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      usable: (usableAt - started) / 1000,
      seeded: seededAt === null ? null : ((seededAt as number) - started) / 1000,
    };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const s = (x: number) => `${x.toFixed(1)} s`;

async function main(): Promise<void> {
  const previous = flag('previous');
  if (!previous) throw new Error('--previous=<folder with the other version, built>');
  const versions = [
    { name: 'previous', dir: path.resolve(previous) },
    { name: 'this', dir: REPO_ROOT },
  ];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-start-bench-'));
  const runs = new Map<string, { warm: StartFigures[]; cold: StartFigures[] }>();
  for (const v of versions) runs.set(v.name, { warm: [], cold: [] });
  try {
    for (let round = 0; round < Number(flag('cold') ?? 3); round++)
      for (const v of versions) {
        const figures = await startOnce(v.dir, path.join(root, v.name), true);
        runs.get(v.name)!.cold.push(figures);
        console.error(`${v.name} cold: usable ${s(figures.usable)}, seeded ${s(figures.seeded ?? NaN)}`);
      }
    for (let round = 0; round < Number(flag('warm') ?? 5); round++)
      for (const v of versions) {
        const figures = await startOnce(v.dir, path.join(root, v.name), false);
        runs.get(v.name)!.warm.push(figures);
        console.error(`${v.name} warm: usable ${s(figures.usable)}`);
      }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  const [before, after] = [runs.get('previous')!, runs.get('this')!];
  const row = (what: string, pick: (r: typeof before) => number[]) => {
    const [b, a] = [median(pick(before)), median(pick(after))];
    return `| ${what} | ${s(b)} | ${s(a)} | ${(a / b).toFixed(2)}× |`;
  };
  console.log('| median of the runs | previous | this | this / previous |');
  console.log('| --- | --- | --- | --- |');
  console.log(row(`warm restart → usable page (${before.warm.length} each)`, (r) => r.warm.map((f) => f.usable)));
  console.log(
    row(`cold start, jars cached → usable page (${before.cold.length} each)`, (r) => r.cold.map((f) => f.usable)),
  );
  console.log(row('cold start → seeds in', (r) => r.cold.map((f) => f.seeded ?? NaN)));
}

void main();
