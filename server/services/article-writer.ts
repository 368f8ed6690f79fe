import { Executor } from '../db/executor';
import { BadRequestError, PayloadTooLargeError, TooManyRequestsError, UnprocessableError } from '../errors';
import { ENTITY_KINDS } from '../ingest/types';
import { ArticleMetadata, extractPrepared, prepareArticle } from '../ingest/extract';
import { slug } from '../ingest/knowledge/gazetteer';
import { loadKnownPeople } from '../ingest/ingest';
import { loadArticle } from '../ingest/load/load';
import {
  ArticleInputError,
  articleTextOf,
  checkedArticleText,
  MAX_ARTICLE_BYTES,
  tooLargeError,
} from '../ingest/read/read-article';
import { normalizedArticleText, textFingerprint } from '../ingest/read/text-fingerprint';
import { Nlp } from '../nlp/types';
import { ChangeFeed } from './change-feed';
import { HtmlReducer } from './html-reducer';

/** What the request says about the article; each wins over what the page or the text says about itself. */
export interface ArticleRequestMeta {
  title?: string;
  url?: string;
  publishedAt?: string;
  outlet?: string;
}

export interface ArticleInput {
  /** The article as sent: a JSON string, or an uploaded file's bytes. */
  body: string | Buffer;
  /** 'html' is reduced to the article's text first; absent: HTML when it opens like a web page. */
  format?: 'text' | 'html';
  /** The file's name, or "text": what error messages name. */
  name: string;
  meta: ArticleRequestMeta;
}

export interface ExtractedEntity {
  id: string;
  name: string;
  kind: string;
}

export interface ExtractedEvent extends ExtractedEntity {
  date: string | null;
}

/** The answer to an add: the article as stored and what the extractor found in it. */
export interface AddedArticle {
  article: {
    id: string;
    title: string | null;
    outlet: { id: string; name: string } | null;
    publishedAt: string | null;
    url: string | null;
  };
  sentences: number;
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
  facts: number;
  seconds: number;
}

/** Adds waiting for their turn beyond this are refused (429): a flood must not queue for minutes. */
const MAX_WAITING = 16;

const looksLikeHtml = (text: string) => /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);

/**
 * The article's id, from its text alone: the same article posted twice replaces itself instead of appearing
 * twice, whatever title or date came with it. Its first words make it readable in URLs and logs.
 */
export function articleIdFor(text: string): string {
  const normalized = normalizedArticleText(text);
  const hash = textFingerprint(text).slice(0, 16);
  const words = slug(normalized.split(' ').slice(0, 8).join(' ')).slice(0, 48).replace(/-+$/, '');
  return `${words || 'article'}_${hash}`;
}

/** An input that is not an article, as the status the API answers with. */
function asRequestError(error: unknown): unknown {
  if (!(error instanceof ArticleInputError)) return error;
  switch (error.problem) {
    case 'too-large':
      return new PayloadTooLargeError(error.message);
    case 'not-text':
      return new UnprocessableError(error.message);
    default:
      return new BadRequestError(error.message);
  }
}

/**
 * Adds one article to the graph from the API: read and checked like a file, a web page reduced to its article,
 * extracted with what the graph already knows of people, and loaded in one write transaction (all of it or
 * none). Adds run one at a time (each one's known people must include the previous one's), the NLP of the
 * next overlapping the write of the current one. Every add that lands is published on the change feed.
 */
export class ArticleWriter {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(
    private readonly executor: Executor,
    private readonly nlp: Nlp,
    readonly changes: ChangeFeed = new ChangeFeed(),
    /** Web pages are reduced off the event loop, in bounded time (html-reducer.ts). */
    private readonly html: HtmlReducer = new HtmlReducer(),
  ) {}

  async add(input: ArticleInput): Promise<AddedArticle> {
    const started = performance.now();
    if (this.waiting >= MAX_WAITING)
      throw new TooManyRequestsError(`${this.waiting} articles are waiting to be added; try again shortly.`);
    let text: string;
    let meta: ArticleMetadata;
    try {
      ({ text, meta } = await this.read(input));
    } catch (error) {
      throw asRequestError(error);
    }
    const prepared = prepareArticle(
      articleIdFor(text),
      text,
      this.nlp,
      meta,
      input.name === 'text' ? null : input.name,
    );
    const added = await this.serially(async () => {
      const graph = await extractPrepared(prepared, await loadKnownPeople(this.executor));
      if (graph.sentences.length === 0)
        throw new UnprocessableError(`${input.name}: no article text to read (nothing in it reads as a sentence).`);
      const counts = await loadArticle(this.executor, graph);
      // Its text may already be an article (ingested from a file): it was written under that one's id.
      const rows = await this.executor.read('articles/extracted', { id: counts.articleId });
      return { graph, counts, rows };
    });
    const { graph, counts, rows } = added;
    const id = counts.articleId;
    const entities = rows.map((row) => ({
      id: row.id,
      name: typeof row.name === 'string' ? row.name : row.id,
      kind: row.labels.find((l) => (ENTITY_KINDS as readonly string[]).includes(l)) ?? 'Entity',
      date: typeof row.date === 'string' ? row.date : null,
      eventKind: typeof row.kind === 'string' ? row.kind : null,
    }));
    const outlet = graph.article.outlet ? { id: graph.article.outlet.id, name: graph.article.outlet.name } : null;
    this.changes.publish({
      type: 'articles',
      articleIds: [id],
      entityIds: [...new Set([...entities.map((e) => e.id), ...(outlet ? [outlet.id] : [])])],
    });
    const { title, publishedAt, url } = graph.article;
    return {
      article: { id, title, outlet, publishedAt, url },
      sentences: counts.sentences,
      entities: entities.filter((e) => e.kind !== 'Event').map(({ id, name, kind }) => ({ id, name, kind })),
      events: entities
        .filter((e) => e.kind === 'Event')
        .map(({ id, name, eventKind, date }) => ({ id, name, kind: eventKind ?? 'event', date })),
      facts: counts.facts,
      seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
    };
  }

  /** The article's text and what is known about it; throws ArticleInputError, or a 422 for a page it cannot read. */
  private async read(input: ArticleInput): Promise<{ text: string; meta: ArticleMetadata }> {
    const size = typeof input.body === 'string' ? Buffer.byteLength(input.body, 'utf8') : input.body.length;
    if (size > MAX_ARTICLE_BYTES) throw tooLargeError(input.name, size);
    const raw =
      typeof input.body === 'string'
        ? checkedArticleText(input.body, input.name)
        : articleTextOf(input.body, input.name);
    const given: ArticleMetadata = {
      title: input.meta.title ?? null,
      url: input.meta.url ?? null,
      publishedAt: input.meta.publishedAt ?? null,
      outlet: input.meta.outlet ?? null,
    };
    if ((input.format ?? (looksLikeHtml(raw) ? 'html' : 'text')) === 'text') return { text: raw, meta: given };
    const page = await this.html.reduce(raw, input.name);
    const text = checkedArticleText(page.text, input.name);
    return {
      text,
      meta: {
        title: given.title ?? page.title,
        url: given.url ?? page.url,
        publishedAt: given.publishedAt ?? page.publishedAt,
        outlet: given.outlet,
        siteName: page.siteName,
      },
    };
  }

  /** Runs adds one after another; a failed one does not hold up the next. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const run = this.tail.then(work).finally(() => {
      this.waiting -= 1;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}
