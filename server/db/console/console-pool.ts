import crypto from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { Neo4jTarget } from '../../config';
import {
  AppError,
  ConsoleBusyError,
  DatabaseUnavailableError,
  ForbiddenQueryError,
  QueryTimeoutError,
  QueryTooCostlyError,
} from '../../errors';
import { errorForNeo4jCode } from '../errors';
import { Executor } from '../executor';
import { workerEntry } from '../../workers/worker-entry';
import { RunRequest, RunResult, WorkerConfig, WorkerReply } from './console-protocol';

export interface ConsoleLimits {
  /** Console queries running at once; more wait for a slot, up to `queueMs`. */
  concurrency: number;
  queueMs: number;
  /** Neo4j's transaction timeout for a console query. */
  timeoutMs: number;
  /** Past timeoutMs + graceMs the pool stops waiting for Neo4j: the worker and its connection are ended. */
  graceMs: number;
  /** Result size cap (JSON bytes per row, raw Bolt bytes ×2 as the hard bound). */
  byteLimit: number;
  /** Heap of each worker thread. */
  workerHeapMb: number;
  /** How long the pool keeps a slot busy while it waits for Neo4j to end an abandoned query. */
  reapMs: number;
}

export const DEFAULT_CONSOLE_LIMITS: ConsoleLimits = {
  concurrency: 1,
  queueMs: 3_000,
  timeoutMs: 15_000,
  graceMs: 2_000,
  byteLimit: 16 * 1024 * 1024,
  workerHeapMb: 128,
  reapMs: 30_000,
};

export type ConsoleResult = Omit<RunResult, 'id' | 'ok'>;

interface Slot {
  worker?: Worker;
  busy: boolean;
}

/**
 * Runs console queries in worker threads, each with its own connection, never more than `concurrency` at once,
 * so console queries can't take the connections, memory or event loop that search and subgraph need. A query
 * Neo4j doesn't stop in time loses its worker (the connection closes with it) and is then ended server-side by
 * its transaction tag; its slot stays busy until Neo4j confirms, so abandoned work can't pile up.
 */
export class ConsolePool {
  private readonly slots: Slot[];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private closed = false;

  constructor(
    private readonly target: Neo4jTarget,
    /** The app's own executor: it finds and terminates abandoned console transactions. */
    private readonly executor: Executor,
    readonly limits: ConsoleLimits = DEFAULT_CONSOLE_LIMITS,
  ) {
    this.slots = Array.from({ length: limits.concurrency }, () => ({ busy: false }));
  }

  async run(query: string, params: Record<string, unknown>, rowLimit: number): Promise<ConsoleResult> {
    const slot = await this.acquire();
    const request: RunRequest = {
      id: crypto.randomUUID(),
      query,
      params,
      rowLimit,
      byteLimit: this.limits.byteLimit,
      timeoutMs: this.limits.timeoutMs,
    };
    let abandoned = false;
    try {
      const reply = await this.dispatch(slot, request).catch((error: AppError) => {
        abandoned = true;
        throw error;
      });
      if (reply.ok) {
        const { id: _id, ok: _ok, ...result } = reply;
        return result;
      }
      if (reply.kind === 'refused')
        throw new ForbiddenQueryError(`The console is read-only and may not use ${reply.found.join(', ')}.`, {
          found: reply.found,
        });
      const error = errorForNeo4jCode(reply.code, reply.message);
      // Whatever a client writes, Neo4j failing on it is not the server's bug: no 500 from the console.
      throw error.status === 500 ? new DatabaseUnavailableError('Neo4j could not complete this query.') : error;
    } finally {
      if (abandoned) void this.reap(request.id).finally(() => this.release(slot));
      else this.release(slot);
    }
  }

  /** Ends every worker; queries in flight fail as unavailable. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
    this.slots.forEach((slot) => (slot.worker = undefined));
  }

  private acquire(): Promise<Slot> {
    if (this.closed) return Promise.reject(new DatabaseUnavailableError('The server is shutting down.'));
    const free = this.slots.find((slot) => !slot.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve, reject) => {
      const take = (slot: Slot) => {
        clearTimeout(timer);
        resolve(slot);
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(take), 1);
        reject(new ConsoleBusyError('The console is busy with other queries; try again in a moment.'));
      }, this.limits.queueMs);
      this.waiting.push(take);
    });
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  private spawn(): Worker {
    const entry = workerEntry('server/db/console/console-worker.ts');
    const config: WorkerConfig = {
      uri: this.target.uri,
      username: this.target.username,
      password: this.target.password,
      database: this.target.database,
    };
    const worker = new Worker(entry.file, {
      workerData: config,
      execArgv: entry.execArgv,
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.workerHeapMb + entry.extraHeapMb,
        maxYoungGenerationSizeMb: 16,
      },
    });
    // An idle worker must not keep the process alive.
    worker.unref();
    return worker;
  }

  /** Sends the request to the slot's worker and waits for its reply, its death, or the hard deadline. */
  private dispatch(slot: Slot, request: RunRequest): Promise<WorkerReply> {
    const worker = (slot.worker ??= this.spawn());
    return new Promise<WorkerReply>((resolve, reject) => {
      const finish = (outcome: () => void) => {
        clearTimeout(deadline);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        outcome();
      };
      const lose = (error: AppError) => {
        if (slot.worker === worker) slot.worker = undefined;
        void worker.terminate();
        finish(() => reject(error));
      };
      const onMessage = (reply: WorkerReply) => {
        if (reply.id === request.id) finish(() => resolve(reply));
      };
      const onError = (error: Error & { code?: string }) =>
        lose(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new QueryTooCostlyError(
                'The result needed more memory than the console allows; ask for less (LIMIT, fewer properties).',
              )
            : new DatabaseUnavailableError('The console could not run this query; try again.'),
        );
      const onExit = () => lose(new DatabaseUnavailableError('The console could not run this query; try again.'));
      const deadline = setTimeout(
        () => lose(new QueryTimeoutError('The query ran past the time limit and was stopped.')),
        this.limits.timeoutMs + this.limits.graceMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  /** Terminates the abandoned query's transaction and waits until Neo4j no longer lists it. */
  private async reap(requestId: string): Promise<void> {
    const until = Date.now() + this.limits.reapMs;
    while (Date.now() < until && !this.closed) {
      const running = await this.executor
        .read('console/active-transactions', { requestId }, { timeoutMs: 5_000 })
        .catch(() => null);
      if (running === null) return; // Neo4j is away: nothing left to wait for here.
      if (running.length === 0) return;
      await this.executor
        .read(
          'console/terminate-transactions',
          { ids: running.map((r) => String(r.transactionId)) },
          { timeoutMs: 5_000 },
        )
        .catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
