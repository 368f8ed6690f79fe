import { findAgreementParties, findAgreements } from './agreements';
import { cleanArticle } from './clean';
import { ArticleContext } from './context';
import { gazetteer, slug } from './gazetteer';
import { KnownPeople } from './known-people';
import {
  findCounterparts,
  findDescriptors,
  findGazetteerMentions,
  findNamedPeople,
  findPossessivePeople,
  findShortNames,
  findTitledPeople,
} from './mentions';
import { findEventCandidates, resolveEvents } from './events';
import { splitSentences } from './nlp';
import { findMinistries, findReporters } from './reporters';
import { ArticleGraph, ArticleMeta, EntityRef, Mention } from './types';

/** What a caller knows about the article beyond its text (seeds/articles.json or CLI flags). */
export interface ArticleMetadata {
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  /** An outlet id from the gazetteer ("outlet:xinhua") or a name ("MC PAPA LINC"). */
  outlet?: string | null;
}

/** Sentences of the body; fragments the splitter cut off ("… the news agency. Xinhua.") rejoin their sentence. */
export function sentencesOf(paragraphs: string[], title: string | null): string[] {
  // The headline is the article's first statement: it often names the event best ("Xi tells Putin in birthday call").
  const sentences: string[] = title ? [title] : [];
  const seen = new Set<string>(title ? [title.toLowerCase()] : []);
  for (const paragraph of paragraphs) {
    for (const raw of splitSentences(paragraph)) {
      const sentence = raw.trim();
      if (!sentence) continue;
      const words = sentence.split(/\s+/).length;
      if (words < 3 && sentences.length > 0 && !/^["“]/.test(sentence)) {
        sentences[sentences.length - 1] += ` ${sentence}`;
        continue;
      }
      const key = sentence.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      sentences.push(sentence);
    }
  }
  return sentences;
}

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
    const host = new URL(url).hostname.replace(/^www\./, '');
    for (const [domain, outlet] of g.outletByDomain) if (host === domain || host.endsWith(`.${domain}`)) return outlet;
  }
  if (siteName)
    return (
      g.outletByName.get(siteName.toLowerCase()) ?? { id: `outlet:${slug(siteName)}`, kind: 'Outlet', name: siteName }
    );
  return null;
}

/** Text (+ what is known about it) → the article's entities, mentions and facts, each fact with its sentences. */
export function extractArticle(
  id: string,
  text: string,
  meta: ArticleMetadata = {},
  file: string | null = null,
  known: KnownPeople = new KnownPeople(),
): ArticleGraph {
  const clean = cleanArticle(text);
  const url = meta.url ?? clean.url;
  const article: ArticleMeta = {
    id,
    file,
    title: meta.title ?? clean.title,
    url,
    publishedAt: meta.publishedAt ?? clean.publishedAt,
    outlet: outletFor(meta, url, clean.siteName),
  };
  const ctx = new ArticleContext(sentencesOf(clean.paragraphs, article.title), article.publishedAt);

  findMinistries(ctx);
  findGazetteerMentions(ctx);
  findAgreements(ctx);
  findTitledPeople(ctx);
  findCounterparts(ctx);
  findPossessivePeople(ctx);
  findNamedPeople(ctx);
  findShortNames(ctx, known);
  findDescriptors(ctx, known);

  const reportersBySentence = ctx.sentences.map((_, i) => findReporters(ctx, i));
  const reporterMentions = new Set<Mention>(reportersBySentence.flat());
  const events = resolveEvents(ctx, findEventCandidates(ctx, reporterMentions));

  for (const event of events) {
    ctx.addEntity(event.entity, undefined);
    for (const trigger of new Set(event.trigger)) ctx.addEntity(event.entity, trigger);
    for (const s of event.sentences) {
      ctx.mentions.push({
        sentence: s,
        start: 0,
        end: 0,
        text: event.trigger[0] ?? event.kind,
        entity: event.entity,
        via: 'pattern',
      });
    }
    for (const p of event.participants.values()) {
      ctx.addFact('PARTICIPATED_IN', p.entity.id, event.entity.id, p.sentences, { role: p.role }, p.role);
    }
    for (const place of event.places.values())
      ctx.addFact('TOOK_PLACE_IN', event.entity.id, place.entity.id, place.sentences);
    for (const s of event.kind === 'signing' || event.kind === 'meeting' ? event.sentences : []) {
      for (const m of ctx.mentionsIn(s).filter((m) => m.entity.kind === 'Agreement'))
        ctx.addFact('CONCERNS', event.entity.id, m.entity.id, [s]);
    }
  }

  // A source in a sentence reports that sentence's event, or the article's main event when the sentence is about its people.
  const main = mainEvent(events, article.title);
  reportersBySentence.forEach((reporters, sentence) => {
    if (reporters.length === 0) return;
    const own = events.filter((e) => e.kind !== 'invasion' && e.sentences.includes(sentence));
    let targets = own;
    if (targets.length === 0 && main) {
      const aboutMain = ctx.mentionsIn(sentence).some((m) => main.participants.has(m.entity.id));
      if (aboutMain) targets = [main];
    }
    for (const event of targets)
      for (const r of reporters) ctx.addFact('REPORTED_BY', event.entity.id, r.entity.id, [sentence]);
  });

  const exclude = new Set([...reporterMentions].map((m) => `${m.sentence}:${m.start}`));
  findAgreementParties(ctx, exclude);

  // Aliases: every surface form seen, so search and evidence highlighting find them.
  const entities = [...ctx.entities.values()].map((e) => ({
    ...e,
    props: { ...(e.props ?? {}), aliases: null },
    aliases: [...new Set([e.name, ...(ctx.aliases.get(e.id) ?? [])])],
  }));
  return {
    article,
    sentences: ctx.sentences,
    entities: entities as ArticleGraph['entities'],
    mentions: ctx.mentions,
    facts: ctx.allFacts(),
  };
}

/** The event the article is about: a multi-party event in the lede or the title, else the most mentioned. */
function mainEvent<T extends { kind: string; sentences: number[]; participants: Map<string, unknown> }>(
  events: T[],
  title: string | null,
): T | undefined {
  const score = (e: T) =>
    e.sentences.length +
    (Math.min(...e.sentences) < 2 ? 2 : 0) +
    (title && new RegExp(`\\b${e.kind}`, 'i').test(title) ? 3 : 0);
  return events.filter((e) => e.kind !== 'invasion' && e.participants.size >= 2).sort((a, b) => score(b) - score(a))[0];
}
