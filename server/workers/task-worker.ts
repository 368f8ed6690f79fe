import { Worker } from 'node:worker_threads';
import { READY, TaskReply, TaskRequest } from './task-protocol';
import { workerEntry } from './worker-entry';

export interface TaskWorkerOptions {
  /** The thread's script from the repository root (see workerEntry). */
  source: string;
  /** Heap of the thread: past it the task fails alone, the server does not. */
  heapMb: number;
  /** How long one task may take; past it the thread is ended, whatever it is doing. */
  deadlineMs: number;
  /** The thread's own environment (a library's switches), instead of a copy of the process's. */
  env?: Record<string, string>;
}

/** The task ran past its deadline and its thread was ended. */
export class TaskDeadlineError extends Error {
  override name = 'TaskDeadlineError';
}

/** The task needed more than the thread's heap. */
export class TaskOutOfMemoryError extends Error {
  override name = 'TaskOutOfMemoryError';
}

/** The thread failed or exited for another reason. */
export class TaskCrashedError extends Error {
  override name = 'TaskCrashedError';
}

/** An error the task itself threw, as its thread named it. */
export class TaskError extends Error {
  constructor(
    readonly taskErrorName: string,
    message: string,
  ) {
    super(message);
    this.name = 'TaskError';
  }
}

/**
 * Runs CPU-bound work off the server's event loop, one task at a time, in a worker thread with a capped heap and
 * a deadline: work that goes on too long is ended by terminating its thread (V8 stops even a tight loop), so no
 * input can stall the routes or stop a signal from being handled. The thread starts on first use and again after
 * one was ended; idle, it does not keep the process alive.
 */
/** How long a thread may take to load its script (ts-node compiling, Neo4j's parser loading) before it is given up. */
const LOAD_TIMEOUT_MS = 60_000;

export class TaskWorker<In, Out> {
  private worker: { thread: Worker; ready: Promise<void> } | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: TaskWorkerOptions) {}

  run(input: In): Promise<Out> {
    const run = this.tail.then(() => this.dispatch(input));
    this.tail = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.thread.terminate();
  }

  private spawn(): { thread: Worker; ready: Promise<void> } {
    const entry = workerEntry(this.options.source);
    const worker = new Worker(entry.file, {
      execArgv: entry.execArgv,
      ...(this.options.env ? { env: this.options.env } : {}),
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb + entry.extraHeapMb, maxYoungGenerationSizeMb: 16 },
    });
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => fail(new TaskCrashedError('the worker thread did not load in time')),
        LOAD_TIMEOUT_MS,
      );
      timer.unref();
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', fail);
        worker.off('exit', onExit);
      };
      const onMessage = (message: unknown) => {
        if (message !== READY) return;
        done();
        resolve();
      };
      const fail = (error: Error) => {
        done();
        void worker.terminate();
        reject(error instanceof TaskCrashedError ? error : new TaskCrashedError(error.message));
      };
      const onExit = () => fail(new TaskCrashedError('the worker thread exited while loading'));
      worker.on('message', onMessage);
      worker.on('error', fail);
      worker.on('exit', onExit);
    });
    return { thread: worker, ready };
  }

  private async dispatch(input: In): Promise<Out> {
    if (this.closed) throw new TaskCrashedError('the server is shutting down');
    const spawned = (this.worker ??= this.spawn());
    try {
      await spawned.ready;
    } catch (error) {
      if (this.worker === spawned) this.worker = undefined;
      throw error;
    }
    const worker = spawned.thread;
    const request: TaskRequest<In> = { id: this.nextId++, input };
    return new Promise<Out>((resolve, reject) => {
      const finish = (outcome: () => void) => {
        clearTimeout(deadline);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        outcome();
      };
      const lose = (error: Error) => {
        if (this.worker === spawned) this.worker = undefined;
        void worker.terminate();
        finish(() => reject(error));
      };
      const onMessage = (reply: TaskReply<Out>) => {
        if (reply.id !== request.id) return;
        finish(() => (reply.ok ? resolve(reply.output) : reject(new TaskError(reply.name, reply.message))));
      };
      const onError = (error: Error & { code?: string }) =>
        lose(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new TaskOutOfMemoryError('the task needed more memory than its thread has')
            : new TaskCrashedError(error.message),
        );
      const onExit = () => lose(new TaskCrashedError('the worker thread exited'));
      const deadline = setTimeout(
        () => lose(new TaskDeadlineError(`the task ran past ${this.options.deadlineMs} ms`)),
        this.options.deadlineMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }
}
