import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `java` and `javac` in `dir`/bin that only note in `dir`/java-calls.log that they were called, and fail: put on a
 * CLI's PATH, a CLI that starts a JVM of its own (CoreNLP, Neo4j) leaves the log behind. Returns the log's path.
 */
export function fakeJava(dir: string): string {
  const calls = path.join(dir, 'java-calls.log');
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  for (const tool of ['java', 'javac']) {
    const file = path.join(dir, 'bin', tool);
    fs.writeFileSync(file, `#!/bin/sh\necho "${tool} $*" >> '${calls}'\nexit 1\n`);
    fs.chmodSync(file, 0o755);
  }
  return calls;
}

/** The built `npm run ingest` (dist/) with exactly this environment (undefined: unset), its output collected. */
export function runIngestCli(args: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/server/ingest/cli.js'), ...args], {
      cwd: REPO_ROOT,
      env: defined,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}
