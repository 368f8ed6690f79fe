import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';
import { clientMessage } from './errors';
import { Executor } from './executor';

export interface AwaitAnsweringOptions {
  /** How long a start keeps trying before it gives up. */
  deadlineMs: number;
  log: (message: string) => void;
  /** The longest pause between two tries. */
  maxPauseMs?: number;
}

/** Neo4j did not answer at all, or refused for a reason retrying does not mend: the start cannot go on. */
export class Neo4jNotAnsweringError extends Error {
  override name = 'Neo4jNotAnsweringError';
}

/** Failures a Neo4j that is still starting, or a busy machine, gives: the same query may answer a little later. */
function isPassing(error: unknown): boolean {
  return error instanceof DatabaseUnavailableError || error instanceof QueryTimeoutError;
}

/** What went wrong in one line: Neo4j's own words when there are some, not the app's generic text. */
function reason(error: unknown): string {
  const cause = (error as Error).cause;
  return clientMessage(cause instanceof Error ? cause.message : (error as Error).message);
}

/**
 * Waits until Neo4j answers a cheap query. A freshly started Neo4j may still be opening its database, and on a
 * busy machine its first query may outrun the time limit: that is retried, with a growing pause, up to the
 * deadline. Anything else (a database that does not exist, refused credentials) fails at once.
 */
export async function awaitAnswering(executor: Executor, options: AwaitAnsweringOptions): Promise<void> {
  const started = Date.now();
  let pauseMs = 250;
  for (;;) {
    try {
      await executor.read('health/counts');
      return;
    } catch (error) {
      const seconds = Math.round((Date.now() - started) / 1000);
      if (!isPassing(error)) throw new Neo4jNotAnsweringError(`Neo4j refused the first query: ${reason(error)}`);
      if (Date.now() - started + pauseMs > options.deadlineMs)
        throw new Neo4jNotAnsweringError(`Neo4j did not answer within ${seconds} s: ${reason(error)}`);
      options.log(`Neo4j not answering yet (${reason(error)}); trying again… (${seconds} s)`);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      pauseMs = Math.min(pauseMs * 2, options.maxPauseMs ?? 4000);
    }
  }
}
