import path from 'node:path';
import type { AddedArticle } from '../api/contract';
import { ArticleMetadata } from './extract';
import { emptySummary, IngestSummary, listArticleFiles, metadataLookup } from './ingest';
import { ArticleInputError, readArticleFile } from './read/read-article';

/** The running app takes no article from this CLI (a wrong or missing token, or editing turned off). */
export class AppRefusedError extends Error {}

/** The running app stopped answering part way: the articles left cannot go anywhere. */
export class AppUnreachableError extends Error {}

export interface AppIntakeOptions {
  /** Where the app's HTTP API answers (`http://127.0.0.1:3000`). */
  base: string;
  /** The bearer to send: the app's intake token from its record, or READOUT_EDIT_TOKEN here; none: no header. */
  token: string | null;
  /** Where the token came from, to say what to fix when it is refused. */
  tokenFrom: 'intake' | 'edit';
  /** Metadata for articles given one by one (CLI flags); wins over articles.json. */
  metadata?: Record<string, ArticleMetadata>;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Busy answers (429 adds waiting, 503 Neo4j busy) are tried again this many times, as Retry-After says. */
const BUSY_RETRIES = 10;
const MAX_RETRY_WAIT_S = 10;

/** How long the app may take to say whether it takes articles: it answers at once when it runs at all. */
const PROBE_TIMEOUT_MS = 5_000;

/**
 * Whether the app at `base` takes edits (its edit token is set), or null when it does not answer as Readout. An
 * app that records an intake token takes articles with it either way; this still tells that it answers.
 */
export async function appTakesArticles(base: string): Promise<boolean | null> {
  try {
    const res = await fetch(`${base}/api/editing`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    if (!res.ok) return null;
    const body = (await res.json()) as { enabled?: unknown };
    return typeof body.enabled === 'boolean' ? body.enabled : null;
  } catch {
    return null;
  }
}

const FIELDS = ['title', 'url', 'publishedAt', 'outlet'] as const;

/** One article file as the page's upload sends it: the file, its metadata as fields beside it. */
function formFor(file: string, text: string, meta: ArticleMetadata): FormData {
  const form = new FormData();
  for (const field of FIELDS) {
    const value = meta[field];
    if (value) form.append(field, value);
  }
  // The route reads .html/.htm as a web page and anything else given by name (story.md) as text by its type.
  const type = /\.x?html?$/i.test(file) ? 'text/html' : 'text/plain';
  form.append('file', new Blob([text], { type }), path.basename(file));
  return form;
}

const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** The API's error message (`{error: {message}}`), or the status when the body says nothing readable. */
async function errorMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // Not the API's JSON (a proxy's page): the status says what there is to say.
  }
  return `HTTP ${res.status}`;
}

/** Posts one article, waiting out busy answers; a token refusal or a vanished app ends the whole run. */
async function post(options: AppIntakeOptions, file: string, text: string, meta: ArticleMetadata): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(`${options.base}/api/articles`, {
        method: 'POST',
        body: formFor(file, text, meta),
        headers: options.token ? { Authorization: `Bearer ${options.token}` } : {},
      });
    } catch (error) {
      const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
      throw new AppUnreachableError(`the running Readout at ${options.base} stopped answering (${cause})`);
    }
    if (res.status === 401 || res.status === 403) {
      const hint =
        options.tokenFrom === 'intake'
          ? 'it did not take the intake token it recorded (was it restarted?): run the command again'
          : options.token
            ? 'READOUT_EDIT_TOKEN here must be the one the app was started with'
            : 'set READOUT_EDIT_TOKEN to the one the app was started with';
      throw new AppRefusedError(
        `the running Readout at ${options.base} refused the article (${res.status}: ${await errorMessage(res)}); ${hint}`,
      );
    }
    if ((res.status !== 429 && res.status !== 503) || attempt >= BUSY_RETRIES) return res;
    await res.arrayBuffer();
    const retryAfter = Number(res.headers.get('retry-after'));
    await wait(Math.min(MAX_RETRY_WAIT_S, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : attempt + 1));
  }
}

/**
 * Sends every article file to the running app's POST /api/articles, one at a time and in order (later articles
 * may name people the earlier ones introduced): the app's NLP reads them, its id rule names them, its change feed
 * tells the open pages. Files are read here as the direct ingest reads them (the same checks, the same metadata);
 * a file the app refuses is reported and the others go on, as in a direct ingest.
 */
export async function sendToApp(paths: string[], options: AppIntakeOptions): Promise<IngestSummary> {
  const started = performance.now();
  const files = listArticleFiles(paths);
  const metadataOf = metadataLookup(options.metadata);
  const summary = emptySummary();
  const entityIds = new Set<string>();
  const eventIds = new Set<string>();
  let done = 0;
  for (const { file, within } of files) {
    const name = path.basename(file);
    try {
      const res = await post(options, file, readArticleFile(file, { within }), metadataOf(file));
      if (res.status !== 201) {
        const message = await errorMessage(res);
        throw new Error(message.startsWith(`${name}:`) ? message : `${name}: ${message}`);
      }
      const added = (await res.json()) as AddedArticle;
      summary.articles += 1;
      summary.articleIds.push(added.article.id);
      summary.sentences += added.sentences;
      summary.facts += added.facts;
      for (const e of added.entities) entityIds.add(e.id);
      for (const e of added.events) eventIds.add(e.id);
      if (added.article.outlet) entityIds.add(added.article.outlet.id);
    } catch (error) {
      if (error instanceof AppRefusedError || error instanceof AppUnreachableError) throw error;
      const message = (error as Error).message.split('\n')[0];
      summary.failed.push({
        file,
        error: error instanceof ArticleInputError || message.startsWith(`${name}:`) ? message : `${name}: ${message}`,
      });
    }
    options.onProgress?.(++done, files.length, file);
  }
  summary.entityIds = [...entityIds, ...eventIds];
  summary.entities = entityIds.size + eventIds.size;
  summary.events = eventIds.size;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
