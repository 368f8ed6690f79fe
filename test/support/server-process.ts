import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port';
import { REPO_ROOT } from '../../server/config';

export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  waitFor(pattern: RegExp, timeoutMs: number): Promise<string>;
  exited: Promise<number | null>;
}

/**
 * Runs the built server (dist/server/index.js, from `npm run build`) as `npm start` does, with its own environment;
 * `npm` runs `npm start` itself (without its build step), so signals go to the npm process as a service
 * manager's would; `bin` runs the `readout` command.
 */
export function startServerProcess(env: Record<string, string>, via: 'node' | 'npm' | 'bin' = 'node'): ServerProcess {
  const [command, args] =
    via === 'npm'
      ? ['npm', ['start', '--ignore-scripts', '--silent']]
      : [process.execPath, [path.join(REPO_ROOT, via === 'bin' ? 'server/bin/readout.js' : 'dist/server/index.js')]];
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      JAVA_HOME: process.env.JAVA_HOME ?? '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => text,
    exited,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + timeoutMs;
        const poll = setInterval(() => {
          const match = text.match(pattern);
          if (match) {
            clearInterval(poll);
            resolve(match[0]);
          } else if (child.exitCode !== null || Date.now() > deadline) {
            clearInterval(poll);
            reject(new Error(`server output never matched ${pattern}:\n${text.slice(-3000)}`));
          }
        }, 100);
      }),
  };
}

/** The processes whose parent is `pid`. */
export function childPids(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Java processes whose command line mentions `marker` (e.g. a data directory). */
export function javaProcessesMentioning(marker: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', '--', marker], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number)
      .filter((pid) => {
        try {
          return execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }).trim() === 'java';
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/** Resolves once GET /api/health answers 200; rejects with the server's output after `timeoutMs`. */
export async function waitForHealthy(server: ServerProcess, base: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    if (Date.now() > deadline || server.child.exitCode !== null) throw new Error(server.output());
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Resident memory of a process, in MB. */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024;
}

/** The built server on a free port against the test Neo4j (no seeding, quiet logs), once it answers. */
export async function startServerOn(
  target: { uri: string },
  env: Record<string, string> = {},
): Promise<{ server: ServerProcess; base: string }> {
  const port = await freePort();
  const server = startServerProcess({
    PORT: String(port),
    NEO4J_URI: target.uri,
    NEO4J_PASSWORD: 'unused-auth-is-off',
    SEED_ON_EMPTY: 'false',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(server, base);
  } catch (error) {
    server.child.kill('SIGKILL');
    throw error;
  }
  return { server, base };
}
