import { BadRequestError, ForbiddenQueryError, QuerySyntaxError, QueryTooCostlyError } from '../../errors';
import { TaskWorker } from '../../workers/task-worker';
import type { GuardRequest, Verdict } from './console-guard';

export const MAX_QUERY_LENGTH = 10_000;

/** Reading a 10,000-character query and checking its regexes takes well under a second once the thread is warm. */
const GUARD_DEADLINE_MS = 10_000;

/**
 * The console's rules, run off the event loop: each query is read by Neo4j's parser and judged by the rules on its
 * tree in a worker thread (guard-worker.ts) with a deadline and a heap cap. A refusal names its rule: 403 for what
 * is not a read, 422 for what would cost too much, 400 for what cannot be read.
 */
export class QueryGuard {
  private readonly worker = new TaskWorker<GuardRequest, Verdict>({
    source: 'server/db/console/guard-worker.ts',
    heapMb: 384,
    deadlineMs: GUARD_DEADLINE_MS,
    // recheck's pure-JavaScript checker, in this thread: no JVM or native binary started for a regex.
    env: { RECHECK_BACKEND: 'pure' },
  });

  /** Loads the parser and the checker ahead of the first query (they take seconds to load). */
  warm(): Promise<void> {
    return this.worker.run({ query: 'RETURN 1 AS one', params: {} }).then(() => undefined);
  }

  async assertAllowed(query: string, params: Record<string, unknown>): Promise<void> {
    if (typeof query !== 'string' || query.trim() === '')
      throw new BadRequestError('query: must be a non-empty string');
    if (query.length > MAX_QUERY_LENGTH) throw new BadRequestError(`query: longer than ${MAX_QUERY_LENGTH} characters`);
    let verdict: Verdict;
    try {
      verdict = await this.worker.run({ query, params });
    } catch {
      // Past the deadline, out of memory or crashed: the query made the reading too costly.
      throw new QueryTooCostlyError('Refused (a query too costly to read in time): the console could not check it.', {
        rule: 'readable',
      });
    }
    if (verdict.ok) return;
    const details = { rule: verdict.rule };
    if (verdict.refusal === 'forbidden') throw new ForbiddenQueryError(verdict.message, details);
    if (verdict.refusal === 'costly') throw new QueryTooCostlyError(verdict.message, details);
    throw new QuerySyntaxError(verdict.message, details);
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}

let shared: QueryGuard | undefined;

/** The guard apps share unless given one: its thread holds Neo4j's parser, loaded once per process. */
export function sharedQueryGuard(): QueryGuard {
  shared ??= new QueryGuard();
  return shared;
}
