/** Messages between a TaskWorker (main thread) and its thread. */
export interface TaskRequest<In> {
  id: number;
  input: In;
}

export type TaskReply<Out> =
  | { id: number; ok: true; output: Out }
  /** `name`: the error's class name in the thread, so the caller can tell an input's fault from a failure. */
  | { id: number; ok: false; name: string; message: string };

/** What a thread sends once, when its script has loaded and it takes tasks. */
export const READY = 'ready' as const;
