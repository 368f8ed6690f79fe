import crypto from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { Config, Neo4jTarget } from '../../config';
import {
  AppError,
  DatabaseUnavailableError,
  ForbiddenQueryError,
  QueryTimeoutError,
  QueryTooCostlyError,
} from '../../errors';
import { errorForNeo4jCode } from '../errors';
import { ConsoleSlots, ConsoleStatus } from './console-slots';
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
}

export const DEFAULT_CONSOLE_LIMITS: ConsoleLimits = {
  concurrency: 1,
  queueMs: 3_000,
  timeoutMs: 15_000,
  graceMs: 2_000,
  byteLimit: 16 * 1024 * 1024,
  workerHeapMb: 128,
};

/** The console's limits as the configuration sets them: the app's and the MCP stdio door's pools are alike. */
export function consoleLimitsFrom(config: Config): ConsoleLimits {
  return {
    ...DEFAULT_CONSOLE_LIMITS,
    concurrency: config.console.concurrency,
    queueMs: config.console.queueMs,
    timeoutMs: config.neo4j.queryTimeoutMs,
    byteLimit: config.console.maxResponseBytes,
    workerHeapMb: config.console.workerHeapMb,
  };
}

/** How often the pool asks Neo4j to end an abandoned query, and looks whether it has. */
const REAP_EVERY_MS = 1_000;

export type ConsoleResult = Omit<RunResult, 'id' | 'ok'>;

interface Slot {
  worker?: Worker;
}

/**
 * Runs console queries in worker threads, each with its own connection, never more than `concurrency` at once,
 * so console queries can't take the connections, memory or event loop that search and subgraph need. Slots are
 * lent fairly between clients (console-slots.ts). A query Neo4j doesn't stop in time loses its worker (the
 * connection closes with it) and is then ended server-side by its transaction tag; its slot stays busy for as
 * long as Neo4j still lists it, however long (some expressions ignore TERMINATE), so abandoned work can't pile up.
 */
export class ConsolePool {
  private readonly slots: ConsoleSlots<Slot>;
  /** Each slot's worker, as the slots lend them. */
  private readonly items: Slot[];
  private closed = false;

  constructor(
    private readonly target: Neo4jTarget,
    /** The app's own executor: it finds and terminates abandoned console transactions. */
    private readonly executor: Executor,
    readonly limits: ConsoleLimits = DEFAULT_CONSOLE_LIMITS,
  ) {
    this.items = Array.from({ length: limits.concurrency }, () => ({}));
    this.slots = new ConsoleSlots(this.items, limits.queueMs);
  }

  /** `client`: who asks (clientKey), for fair turns. */
  async run(
    query: string,
    params: Record<string, unknown>,
    rowLimit: number,
    client = 'local',
  ): Promise<ConsoleResult> {
    if (this.closed) throw new DatabaseUnavailableError('The server is shutting down.');
    const lease = await this.slots.acquire(client);
    const slot = lease.item;
    const request: RunRequest = {
      id: crypto.randomUUID(),
      query,
      params,
      rowLimit,
      byteLimit: this.limits.byteLimit,
      timeoutMs: this.limits.timeoutMs,
    };
    const work = this.dispatch(slot, request);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), this.limits.timeoutMs + this.limits.graceMs);
    });
    const first = await Promise.race([
      work.then(
        (reply) => ({ reply }),
        (error: AppError) => ({ error }),
      ),
      deadline,
    ]);
    clearTimeout(timer);
    if (first === 'deadline') {
      // The client hears now; the slot stays taken until Neo4j answers the worker, however long that is.
      this.slots.abandon(lease);
      void this.outlast(request.id, work).finally(() => this.slots.release(lease));
      throw new QueryTimeoutError('The query ran past the time limit and was stopped.');
    }
    this.slots.release(lease);
    if ('error' in first) throw first.error;
    const reply = first.reply;
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
  }

  /** Slots, queue and the queries Neo4j still runs after the console gave up on them (for /api/health). */
  status(): ConsoleStatus {
    return this.slots.status();
  }

  /** Ends every worker; queries in flight fail as unavailable. */
  async close(): Promise<void> {
    this.closed = true;
    this.slots.close();
    const items = this.items;
    await Promise.all(items.map((slot) => slot.worker?.terminate()));
    items.forEach((slot) => (slot.worker = undefined));
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

  /** Sends the request to the slot's worker and waits for its reply or its death (the caller keeps the time). */
  private dispatch(slot: Slot, request: RunRequest): Promise<WorkerReply> {
    const worker = (slot.worker ??= this.spawn());
    return new Promise<WorkerReply>((resolve, reject) => {
      const finish = (outcome: () => void) => {
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
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  /**
   * Waits out a query the console gave up on: its worker keeps its connection and transaction, so Neo4j's answer
   * (a result, or the error of its timeout or termination) comes only once Neo4j has really stopped computing;
   * meanwhile its transaction is terminated by its tag every second. An expression Neo4j evaluates in one go (a
   * huge reduce()) ignores both until it is done, and Neo4j stops listing such a transaction once terminated: the
   * worker's answer is the one sure sign that Neo4j is done. Closing the pool ends the wait.
   */
  private async outlast(requestId: string, work: Promise<WorkerReply>): Promise<void> {
    let settled = false;
    void work.finally(() => (settled = true)).catch(() => {});
    while (!settled && !this.closed) {
      const running = await this.executor
        .read('console/active-transactions', { requestId }, { timeoutMs: 5_000 })
        .catch(() => []);
      if (running.length)
        await this.executor
          .read(
            'console/terminate-transactions',
            { ids: running.map((r) => String(r.transactionId)) },
            { timeoutMs: 5_000 },
          )
          .catch(() => {});
      await Promise.race([work.catch(() => {}), new Promise((resolve) => setTimeout(resolve, REAP_EVERY_MS).unref())]);
    }
  }
}
