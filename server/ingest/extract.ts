import { Nlp, NlpDoc } from '../nlp/types';
import { findAgreementParties, findAgreements } from './stages/06-agreements';
import { cleanArticle, CleanArticle } from './read/clean';
import { ArticleContext, Sentence } from './context';
import { dateFromUrl } from './knowledge/dates';
import { findEntityMentions, linkAcronyms } from './stages/02-entities';
import { ExtractedEvent, findEvents } from './events';
import { gazetteer, slug } from './knowledge/gazetteer';
import { findDescriptors, findSalientDescriptors, resolvePeople } from './stages/08-identity';
import { findNameEchoes, personNameParts } from './stages/05-name-echoes';
import { KnownPeople } from './knowledge/known-people';
import { findRoles, writeRoleFacts } from './stages/07-roles';
import { findHeuristicNames } from './stages/04-heuristic-names';
import { findReporters, writeReporterFacts } from './sources';
import { ArticleGraph, ArticleMeta, EntityRef, Mention } from './types';

/** What a caller knows about the article beyond its text (seeds/articles.json or CLI flags). */
export interface ArticleMetadata {
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  /** An outlet id from the gazetteer ("outlet:xinhua") or a name ("MC PAPA LINC"). */
  outlet?: string | null;
  /** The site name a web page's meta gives (og:site_name): the outlet when nothing more certain names one. */
  siteName?: string | null;
}

/**
 * The extraction pipeline, in order. Each stage reads the article context and adds to it; a stage's rules and
 * their reasons are documented in its own module.
 */
export const PIPELINE = [
  ['clean', 'page furniture out, metadata the page states kept (clean.ts)'],
  ['nlp', 'sentences, tokens, part of speech, lemmas, statistical NER (server/nlp: CoreNLP, or the rules engine)'],
  ['entities', 'countries, outlets, organisations, places and people from gazetteers, patterns and NER (entities.ts)'],
  ['acronyms', 'an organisation and its acronym are one (entities.ts)'],
  ['heuristic-names', 'rules engine only: people and places from capitalisation, as NER would (rules-ner.ts)'],
  [
    'name-echoes',
    'a surname alone where NER missed it, when a full name in the article or the graph has it (echoes.ts)',
  ],
  ['agreements', 'named agreements and treaties (agreements.ts)'],
  ['roles', 'offices and their holders around each name (roles.ts)'],
  ['identity', 'one person per human being: full names, short forms, misspellings, the graph (identity.ts)'],
  ['descriptors', '"the Chinese President" as the person holding that office (identity.ts)'],
  ['role-facts', 'HOLDS_ROLE facts (roles.ts)'],
  ['sources', 'who reported what (sources.ts)'],
  ['events', 'events, participants, dates and places (events.ts)'],
  ['event-facts', 'PARTICIPATED_IN, TOOK_PLACE_IN, CONCERNS (extract.ts)'],
  ['reporter-facts', 'REPORTED_BY (sources.ts)'],
  ['agreement-parties', 'PARTY_TO (agreements.ts)'],
] as const;

function outletFor(meta: ArticleMetadata, url: string | null, siteName: string | null): EntityRef | null {
  const g = gazetteer();
  const named = meta.outlet ?? null;
  if (named) {
    return (
      g.outletById.get(named) ??
      g.outletByName.get(named.toLowerCase()) ?? { id: `outlet:${slug(named)}`, kind: 'Outlet', name: named }
    );
  }
  if (url) {
    let host = '';
    try {
      host = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      host = '';
    }
    for (const [domain, outlet] of g.outletByDomain) if (host === domain || host.endsWith(`.${domain}`)) return outlet;
  }
  if (siteName)
    return (
      g.outletByName.get(siteName.toLowerCase()) ?? { id: `outlet:${slug(siteName)}`, kind: 'Outlet', name: siteName }
    );
  return null;
}

/** The text the NLP stage reads: the headline, then each paragraph on its own line, then the page's source line. */
export function articleText(
  clean: CleanArticle,
  title: string | null,
): { text: string; lines: { caption: boolean; headline: boolean }[] } {
  const lines = [
    ...(title ? [{ text: title, caption: false, headline: true }] : []),
    ...clean.paragraphs.map((p) => ({ ...p, headline: false })),
    ...clean.sourceLines.map((s) => ({ text: `Source: ${s}`, caption: false, headline: false })),
  ];
  return { text: lines.map((l) => l.text).join('\n'), lines };
}

/** Sentences of the annotated text: repeats dropped, a two-word fragment joined to the sentence before it. */
export function sentencesOf(doc: NlpDoc, lines: { caption: boolean; headline: boolean }[]): Sentence[] {
  const lineStarts: number[] = [];
  let at = 0;
  for (const line of doc.text.split('\n')) {
    lineStarts.push(at);
    at += line.length + 1;
  }
  const lineOf = (offset: number) => lineStarts.filter((start) => start <= offset).length - 1;
  const spans: { start: number; end: number; line: number }[] = [];
  let marker: { start: number; line: number } | null = null;
  for (const s of doc.sentences) {
    const line = lineOf(s.start);
    const words = s.tokens.filter((t) => t.pos !== 'PUNCT').length;
    const last = spans[spans.length - 1];
    // "1." alone: a list item's number belongs to the item after it.
    if (/^\s*(?:\d{1,2}[.)]|[•·*-])\s*$/.test(doc.text.slice(s.start, s.end))) {
      marker = { start: s.start, line };
      continue;
    }
    const start = marker && marker.line === line ? marker.start : s.start;
    marker = null;
    if (last && last.line === line && words < 3 && !/^["“]/.test(doc.text.slice(s.start, s.end))) last.end = s.end;
    else spans.push({ start, end: s.end, line });
  }
  const seen = new Set<string>();
  const sentences: Sentence[] = [];
  for (const span of spans) {
    const text = doc.text.slice(span.start, span.end).trim();
    const key = text.toLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    const tokens = doc.sentences
      .flatMap((s) => s.tokens)
      .filter((t) => t.start >= span.start && t.end <= span.end)
      .map((t) => ({ ...t, start: t.start - span.start, end: t.end - span.start }));
    sentences.push({
      index: sentences.length,
      text,
      tokens,
      headline: lines[span.line]?.headline ?? false,
      caption: lines[span.line]?.caption ?? false,
    });
  }
  return sentences;
}

/** An event's participants, places and the agreements a meeting or signing concerns, as facts. */
function writeEventFacts(ctx: ArticleContext, events: ExtractedEvent[]): void {
  for (const event of events) {
    ctx.addEntity(event.entity);
    for (const trigger of new Set(event.trigger)) ctx.addEntity(event.entity, trigger);
    for (const s of event.sentences)
      ctx.mentions.push({
        sentence: s,
        start: 0,
        end: 0,
        text: event.trigger[0] ?? event.kind,
        entity: event.entity,
        rule: event.rule,
      });
    for (const p of event.participants.values())
      ctx.addFact(
        'PARTICIPATED_IN',
        p.entity.id,
        event.entity.id,
        p.sentences,
        `${event.rule}/${p.rule}`,
        { role: p.role },
        p.role,
      );
    for (const place of event.places.values())
      ctx.addFact('TOOK_PLACE_IN', event.entity.id, place.entity.id, place.sentences, `${event.rule}/${place.rule}`);
    if (event.family !== 'encounter') continue;
    for (const s of event.sentences)
      for (const m of ctx.mentionsIn(s).filter((m) => m.entity.kind === 'Agreement'))
        ctx.addFact('CONCERNS', event.entity.id, m.entity.id, [s], 'agreement-in-event-sentence');
  }
}

/** An article read and cleaned, its annotation under way: what extraction waits for. */
export interface PreparedArticle {
  article: ArticleMeta;
  lines: ReturnType<typeof articleText>['lines'];
  sourceLines: string[];
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
  };
  const { text, lines } = articleText(clean, article.title);
  const doc = nlp.annotate(text);
  // Awaited later; a failure then fails this article alone, not the process in between.
  doc.catch(() => undefined);
  const sourceLines = [...clean.sourceLines, ...(clean.datelineAgency ? [clean.datelineAgency] : [])];
  return { article, lines, sourceLines, doc, mode: nlp.mode };
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
  const { article, lines } = prepared;
  const doc = await prepared.doc;
  const ctx = new ArticleContext(
    sentencesOf(doc, lines),
    article.publishedAt,
    article.publishedAt ?? dateFromUrl(article.url),
  );

  const nameParts = personNameParts(ctx, known);
  findEntityMentions(ctx, nameParts);
  linkAcronyms(ctx);
  if (prepared.mode === 'rules') findHeuristicNames(ctx);
  findNameEchoes(ctx, nameParts);
  findAgreements(ctx);
  findRoles(ctx);
  resolvePeople(ctx, known);
  findDescriptors(ctx, known);
  findSalientDescriptors(ctx);
  writeRoleFacts(ctx);
  const reportersBySentence = ctx.sentences.map((s) => findReporters(ctx, s.index));
  const reporterMentions = new Set<Mention>(reportersBySentence.flat());
  const events = findEvents(ctx, reporterMentions);
  writeEventFacts(ctx, events);
  writeReporterFacts(ctx, events, reportersBySentence, prepared.sourceLines);
  findAgreementParties(ctx, new Set([...reporterMentions].map((m) => `${m.sentence}:${m.start}`)));

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
