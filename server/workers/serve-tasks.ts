import { parentPort } from 'node:worker_threads';
import { READY, TaskReply, TaskRequest } from './task-protocol';

/** Run inside a worker thread: answers each task with `work`'s result or the error it threw (name and message). */
export function serveTasks<In, Out>(work: (input: In) => Out | Promise<Out>): void {
  parentPort!.on('message', (request: TaskRequest<In>) => {
    void (async (): Promise<TaskReply<Out>> => {
      try {
        return { id: request.id, ok: true, output: await work(request.input) };
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        return { id: request.id, ok: false, name: e.name, message: e.message };
      }
    })().then((reply) => parentPort!.postMessage(reply));
  });
  // Loaded and listening: task deadlines start from here, not from the thread's start (ts-node, large libraries).
  parentPort!.postMessage(READY);
}
