import path from 'node:path';
import { REPO_ROOT } from '../config';

export interface WorkerEntry {
  file: string;
  execArgv: string[];
  /** Heap the thread needs beyond its own work: ts-node loads the TypeScript compiler into it. */
  extraHeapMb: number;
}

/**
 * A worker thread's script: the built file under dist/ beside the built server, or the TypeScript source under
 * ts-node (tests, scripts). `source` is the path from the repository root, e.g. `server/workers/html-worker.ts`;
 * `npm run build:server` must list it as an entry point.
 */
export function workerEntry(source: string): WorkerEntry {
  if (__filename.endsWith('.ts'))
    return {
      file: path.join(REPO_ROOT, source),
      execArgv: ['--require', 'ts-node/register/transpile-only'],
      extraHeapMb: 256,
    };
  return { file: path.join(REPO_ROOT, 'dist', source.replace(/\.ts$/, '.js')), execArgv: [], extraHeapMb: 0 };
}
