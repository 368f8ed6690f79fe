import { Nlp, NlpDoc } from '../nlp/types';
import { ArticleContext } from './context';
import { dateFromUrl } from './knowledge/dates';
import { KnownPeople } from './knowledge/known-people';
import { runPipeline } from './pipeline';
import { ArticleMetadata, articleText, outletFor, TextLine } from './read/article-text';
import { cleanArticle } from './read/clean';
import { asPrinted, sentenceCaseHeadlines } from './read/headline-case';
import { Dateline } from './read/dateline';
import { textFingerprint } from './read/text-fingerprint';
import { ArticleGraph, ArticleMeta } from './types';

export type { ArticleMetadata } from './read/article-text';

/** An article read and cleaned, its annotation under way: what extraction waits for. */
export interface PreparedArticle {
  article: ArticleMeta;
  lines: TextLine[];
  /** The page's own credits: "Source:" lines, the dateline's agency. */
  pageSources: string[];
  dateline: Dateline | null;
  doc: Promise<NlpDoc>;
  mode: Nlp['mode'];
}

/**
 * Cleans the article and starts its annotation without waiting for it, so that the NLP process can annotate the
 * next articles while this thread extracts the current one (ingestPaths keeps a few in flight).
 */
export function prepareArticle(
  id: string,
  raw: string,
  nlp: Nlp,
  meta: ArticleMetadata = {},
  file: string | null = null,
): PreparedArticle {
  const clean = cleanArticle(raw);
  const url = meta.url ?? clean.url;
  const article: ArticleMeta = {
    id,
    file,
    title: meta.title ?? clean.title,
    url,
    publishedAt: meta.publishedAt ?? clean.publishedAt,
    outlet: outletFor(meta, url, meta.siteName ?? clean.siteName),
    textSha256: textFingerprint(raw),
  };
  const { text, lines } = articleText(clean, article.title);
  const given = sentenceCaseHeadlines(text, lines);
  const doc = nlp
    .annotate(given, { documentDate: article.publishedAt })
    .then((annotated) => asPrinted(annotated, given, text));
  // Awaited later; a failure then fails this article alone, not the process in between.
  doc.catch(() => undefined);
  const pageSources = [
    ...clean.sourceLines,
    ...[clean.dateline?.agency, clean.dateline?.syndicator].filter((s): s is string => !!s),
  ];
  return { article, lines, pageSources, dateline: clean.dateline, doc, mode: nlp.mode };
}

/** Text (+ what is known about it) → the article's entities, mentions and facts, each with its sentences and rule. */
export async function extractArticle(
  id: string,
  raw: string,
  nlp: Nlp,
  meta: ArticleMetadata = {},
  file: string | null = null,
  known: KnownPeople = new KnownPeople(),
): Promise<ArticleGraph> {
  return extractPrepared(prepareArticle(id, raw, nlp, meta, file), known);
}

/** The stages of PIPELINE after cleaning and NLP, in order, over one article context. */
export async function extractPrepared(
  prepared: PreparedArticle,
  known: KnownPeople = new KnownPeople(),
): Promise<ArticleGraph> {
  const { article } = prepared;
  const ctx = new ArticleContext({
    doc: await prepared.doc,
    lines: prepared.lines,
    mode: prepared.mode,
    publishedAt: article.publishedAt,
    referenceDate: article.publishedAt ?? dateFromUrl(article.url),
    known,
    dateline: prepared.dateline,
    pageSources: prepared.pageSources,
  });
  runPipeline(ctx);
  // Aliases: every surface form seen, so search and evidence highlighting find them.
  const entities = [...ctx.entities.values()].map((e) => ({
    ...e,
    props: { ...(e.props ?? {}), aliases: null },
    aliases: [...new Set([e.name, ...(ctx.aliases.get(e.id) ?? [])])],
  }));
  return {
    article,
    sentences: ctx.sentences.map((s) => s.text),
    entities: entities as ArticleGraph['entities'],
    mentions: ctx.mentions,
    facts: ctx.allFacts(),
  };
}
