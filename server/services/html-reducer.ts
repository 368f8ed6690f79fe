import { UnprocessableError } from '../errors';
import { HtmlArticle } from '../ingest/read/html-article';
import { TaskDeadlineError, TaskError, TaskOutOfMemoryError, TaskWorker } from '../workers/task-worker';

export interface HtmlReducerLimits {
  /** How long one page may take to reduce. */
  deadlineMs: number;
  heapMb: number;
}

/** A 2 MB page takes about 2 s on these machines; a page still reducing after this is hostile or broken. */
export const DEFAULT_HTML_REDUCER_LIMITS: HtmlReducerLimits = { deadlineMs: 15_000, heapMb: 256 };

/** Errors thrown by html-article.ts that say the page, not the server, is at fault: the client hears why. */
const PAGE_FAULTS = new Set(['NoArticleInHtmlError', 'HtmlTooComplexError']);

/**
 * Web pages reduced to their articles in a worker thread (server/workers/html-worker.ts) with a deadline and a
 * heap cap: a hostile page is refused (422) or reduced in bounded time, other routes keep answering meanwhile,
 * and a stop signal is handled at once.
 */
export class HtmlReducer {
  private readonly worker: TaskWorker<string, HtmlArticle>;

  constructor(limits: HtmlReducerLimits = DEFAULT_HTML_REDUCER_LIMITS) {
    this.worker = new TaskWorker({ source: 'server/workers/html-worker.ts', ...limits });
  }

  /** The page's article; `name` (a file's name or "text") prefixes what a refusal says. */
  async reduce(html: string, name: string): Promise<HtmlArticle> {
    try {
      return await this.worker.run(html);
    } catch (error) {
      if (error instanceof TaskError && PAGE_FAULTS.has(error.taskErrorName))
        throw new UnprocessableError(`${name}: ${error.message}.`);
      if (error instanceof TaskDeadlineError || error instanceof TaskOutOfMemoryError)
        throw new UnprocessableError(
          `${name}: this page is too costly to read (${error.message}); paste the article's text instead.`,
        );
      // Anything else the page made the reader do (a stack overflow, a crashed thread) is still the page's doing.
      throw new UnprocessableError(`${name}: this page could not be read; paste the article's text instead.`);
    }
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}
