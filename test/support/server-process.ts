import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';

export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  waitFor(pattern: RegExp, timeoutMs: number): Promise<string>;
  exited: Promise<number | null>;
}

/** Runs the built server (dist/server/index.js, from `npm run build`) as `npm start` does, with its own environment. */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/server/index.js')], {
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

/** Java processes whose command line mentions `marker` (e.g. a data directory). */
export function javaProcessesMentioning(marker: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', marker], { encoding: 'utf8' })
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
