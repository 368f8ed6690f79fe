import { ArticleContext } from '../context';
import { ArticleEvent } from '../events';
import { gazetteer, slug } from '../knowledge/gazetteer';
import { EVENT_SYNTAX } from '../knowledge/lang/en/syntax-rules';
import { Stage } from '../stage';
import { SentenceView } from '../syntax/token-attributes';
import { EntityRef, Mention } from '../types';

/**
 * Stage 16: who reported each event. A source is an outlet or a body the text cites, found by the source rules of
 * event-syntax.json over the parse: the subject of a reporting verb ("the Kremlin said", "SPA reported"), the
 * author of a readout ("a statement from the White House said"), "according to X", "as reported by X", "citing X",
 * "told Reuters". A source reports the events its sentence tells; a sentence that tells none but names the parties
 * of the article's main event reports that one. The page's own credits — the dateline's agency, a "Source:" line, a
 * closing "— VNS" — report every event the page tells as news (not the background it recalls). Each REPORTED_BY
 * keeps the sentence and the rule that made it.
 */

const SOURCE_KINDS = new Set(['Outlet', 'Organization']);
/** Inside a source's noun phrase: "the state news agency SPA", "Saudi state-run Al Ekhbariya television". */
const SOURCE_PHRASE = /^(?:appos|compound|flat)$/;
/** Places that speak for the institution they house. */
const SPEAKING_SEATS =
  /\b(?:Office|Palace|House|Secretariat|Presidency|Directorate|Embassy|Mission|Consulate|Chancellery)$/;
/** From a spokesperson's name to the body their title names: "White House Press Secretary Jen Psaki". */
const SPOKESPERSON_PHRASE = /^(?:compound|nmod:poss|nmod:of|appos|amod)$/;
/** Background is what happened over a week before publication. */
const NEWS_DAYS = 7;

export interface SourceMention {
  entity: EntityRef;
  sentence: number;
  rule: string;
  mention?: Mention;
  /** The verb of saying the rule bound ("reported", "said"), when it bound one. */
  verb?: number;
}

/** The outlet or body a token stands for: its name, or the name in apposition ("news agency SPA"). */
function sourceAt(view: SentenceView, i: number): { entity: EntityRef; mention?: Mention } | undefined {
  const own = view.mentionAt[i];
  if (own && SOURCE_KINDS.has(own.entity.kind)) return { entity: own.entity, mention: own };
  // "a statement from the White House": the seat of government speaks as its office.
  const office = own && seatOffices().get(own.entity.id);
  if (office) return { entity: office, mention: own };
  // "the Prime Minister's Office said", "the Elysee Palace said": a seat that speaks is the institution in it.
  if (own?.entity.kind === 'Place' && SPEAKING_SEATS.test(own.entity.name))
    return {
      entity: { id: `org:${slug(own.entity.name)}`, kind: 'Organization', name: own.entity.name },
      mention: own,
    };
  const g = view.sentence.graph;
  // "White House Press Secretary Jen Psaki said", "Kremlin spokesman Dmitry Peskov said": a spokesperson speaks for
  // the body the title names.
  if (own?.entity.kind === 'Person') {
    for (const j of [...g.reach(i, (e) => !SPOKESPERSON_PHRASE.test(e.relation))].sort((a, b) => a - b)) {
      const m = view.mentionAt[j];
      if (m && m !== own && (SOURCE_KINDS.has(m.entity.kind) || seatOffices().has(m.entity.id)))
        return { entity: seatOffices().get(m.entity.id) ?? m.entity, mention: m };
    }
    return undefined;
  }
  if (own) return undefined;
  for (const j of [...g.reach(i, (e) => !SOURCE_PHRASE.test(e.relation))].sort((a, b) => a - b)) {
    const m = view.mentionAt[j];
    if (m && SOURCE_KINDS.has(m.entity.kind)) return { entity: m.entity, mention: m };
  }
  return undefined;
}

let offices: Map<string, EntityRef> | undefined;

/** The office each seat of government names ("White House", "Kremlin"), by the place's id. */
function seatOffices(): Map<string, EntityRef> {
  if (!offices) {
    offices = new Map();
    const g = gazetteer();
    for (const [orgId, place] of g.placeTwins) {
      const org = [...g.byForm.values()].flat().find((f) => f.entity.id === orgId)?.entity;
      if (org) offices.set(place.id, org);
    }
  }
  return offices;
}

/** Sources each sentence cites, by the rules. */
export function findSources(ctx: ArticleContext): SourceMention[] {
  const found: SourceMention[] = [];
  for (const s of ctx.sentences) {
    if (!s.graph.parsed) continue;
    const view = new SentenceView(ctx, s);
    const attributes = view.attributes();
    for (const rule of EVENT_SYNTAX.sources)
      for (const binding of rule.pattern.matchAll(s.graph, attributes)) {
        const source = sourceAt(view, binding.get('s')!);
        if (!source || gazetteer().demonyms.has(source.entity.name.toLowerCase())) continue;
        if (!found.some((f) => f.sentence === s.index && f.entity.id === source.entity.id))
          found.push({
            entity: source.entity,
            mention: source.mention,
            sentence: s.index,
            rule: rule.name,
            verb: binding.get('v'),
          });
      }
    // "… held talks in Hanoi. — VNS", "… met on Tuesday (Xinhua).": a credit closing the sentence or paragraph.
    const credit =
      /[—–-]\s*(\p{Lu}[\p{L}&.]{1,12})\.?\s*$/u.exec(s.text) ??
      /\((\p{Lu}[\p{L}&. ]{1,30})\)\s*[.!]?\s*$/u.exec(s.text);
    const m = credit && ctx.mentionsIn(s.index).find((x) => x.start === credit.index + credit[0].indexOf(credit[1]));
    if (m && m.entity.kind === 'Outlet' && !found.some((f) => f.sentence === s.index && f.entity.id === m.entity.id))
      found.push({ entity: m.entity, mention: m, sentence: s.index, rule: 'closing-credit' });
  }
  return found;
}

/**
 * The outlets a page credits in its dateline or a "Source:" line: "UrduPoint News / Sputnik - 08th January, 2022",
 * "NNN-PINA", "MENAFN- Nam News Network". Each part a known outlet, else a name as written (no dates, no numbers).
 */
export function outletsNamed(name: string): EntityRef[] {
  const g = gazetteer();
  const whole = g.outletByName.get(
    name
      .replace(/^the\s+/i, '')
      .trim()
      .toLowerCase(),
  );
  if (whole) return [whole];
  const found = new Map<string, EntityRef>();
  // "AFP and AP", "Reuters & AFP": a credit naming two agencies names each.
  for (const part of name.split(/\s*[/|,–—&]\s*|\s*-\s*|\s+and\s+/)) {
    const clean = part.replace(/^the\s+/i, '').trim();
    if (!clean || /\d/.test(clean)) continue;
    const outlet =
      g.outletByName.get(clean.toLowerCase()) ??
      (/^[\p{Lu}][\p{L}.&' ]{1,40}$/u.test(clean)
        ? { id: `outlet:${slug(clean)}`, kind: 'Outlet' as const, name: clean }
        : null);
    if (outlet) found.set(outlet.id, outlet);
  }
  return [...found.values()];
}

/** The event the article is about: the one its headline or lede tells with most parties, else the most told. */
export function mainEvent(events: ArticleEvent[]): ArticleEvent | undefined {
  const score = (e: ArticleEvent) =>
    e.sentences.length + (Math.min(...e.sentences) < 3 ? 3 : 0) + e.participants.size - (e.sense.lasting ? 10 : 0);
  return [...events].sort((a, b) => score(b) - score(a))[0];
}

/** Whether the page tells the event as news: dated within the week before publication, planned, or undated. */
function isNews(ctx: ArticleContext, e: ArticleEvent): boolean {
  if (e.sense.lasting) return false;
  const published = ctx.publishedAt;
  if (!e.date || !published || e.planned) return true;
  const days =
    (Date.parse(published.slice(0, 10)) -
      Date.parse(e.date.iso.padEnd(10, e.date.iso.length === 4 ? '-12-31' : '-28'))) /
    86_400_000;
  return days <= NEWS_DAYS;
}

/**
 * "China held drills on Thursday, CCTV reported, days after Lai was sworn in": a source reports what its verb says
 * (its clausal content), not the background the same sentence adds around the saying. Every event when the verb
 * says none of them.
 */
function saidByVerb(ctx: ArticleContext, source: SourceMention, events: ArticleEvent[]): ArticleEvent[] {
  if (source.verb === undefined || events.length < 2) return events;
  const g = ctx.sentences[source.sentence].graph;
  const content = g.out(source.verb, /^(?:ccomp|parataxis|xcomp|dep)$/);
  // "Chile attacked Peru, Reuters reported, …": the parser may hang the saying on the clause said; then only that
  // clause's own verb is what is said, not the clauses that hang on it.
  const saidClause = g.in(source.verb, /^(?:parataxis|dep)$/);
  const said = events.filter((e) =>
    e.tellings.some((t) => {
      if (t.predicate.sentence !== source.sentence) return false;
      const heads = [t.predicate.token, ...(t.predicate.support !== null ? [t.predicate.support] : [])];
      return heads.some((h) => saidClause.includes(h) || content.some((c) => c === h || g.dominates(c, h)));
    }),
  );
  return said.length ? said : events;
}

/** "Both sides pledged …", "The two also discussed …", "They agreed …": a sentence about the parties as a group. */
function namesAGroup(ctx: ArticleContext, sentence: number): boolean {
  const g = ctx.sentences[sentence].graph;
  return g.tokens.some((t, i) => {
    const lemma = t.lemma.toLowerCase();
    if (!g.parents(i).some((e) => /^nsubj/.test(e.relation))) return false;
    return (
      EVENT_SYNTAX.groupPronouns.has(t.text.toLowerCase()) ||
      (EVENT_SYNTAX.groupNouns.has(lemma) && (/S$/.test(t.tag) || /^(?:two|both)$/.test(lemma)))
    );
  });
}

export function writeReporterFacts(ctx: ArticleContext, sources: SourceMention[]): void {
  const main = mainEvent(ctx.events);
  for (const source of sources) {
    ctx.addEntity(source.entity);
    let targets = saidByVerb(
      ctx,
      source,
      ctx.events.filter((e) => e.sentences.includes(source.sentence)),
    );
    let rule = source.rule;
    let evidence = [source.sentence];
    if (targets.length === 0 && main) {
      const named = new Set(ctx.mentionsIn(source.sentence).map((m) => m.entity.id));
      if ([...main.participants.keys()].some((id) => named.has(id)) || namesAGroup(ctx, source.sentence)) {
        targets = [main];
        rule = `${source.rule}/main-event`;
      } else if (main.sentences.includes(source.sentence - 1) && !ctx.sentences[source.sentence - 1].headline) {
        // "… at the hall, Kyodo News reported." right after the main event is told: the story goes on.
        targets = [main];
        rule = `${source.rule}/story-continued`;
        // The sentence before, which tells the event, is part of the evidence: this one names only the source.
        evidence = [source.sentence - 1, source.sentence];
      }
    }
    for (const event of targets) ctx.addFact('REPORTED_BY', event.entity.id, source.entity.id, evidence, rule);
  }
  if (!ctx.events.length) return;
  const lede = main?.sentences[0] ?? ctx.events[0].sentences[0];
  for (const outlet of ctx.input.pageSources.flatMap(outletsNamed)) {
    const mentioned = ctx.mentions.find((m) => m.entity.id === outlet.id);
    ctx.addEntity(outlet);
    for (const event of ctx.events.filter((e) => isNews(ctx, e)))
      ctx.addFact('REPORTED_BY', event.entity.id, outlet.id, [mentioned?.sentence ?? lede], 'page-credit');
  }
}

export const attributionStage: Stage = {
  name: 'attribution',
  about: 'who reported each event: reporting verbs, "according to", readouts, citing chains, datelines, credits',
  run(ctx) {
    const sources = findSources(ctx);
    for (const s of sources) if (s.mention) ctx.sourcePositions.add(`${s.sentence}:${s.mention.start}`);
    writeReporterFacts(ctx, sources);
  },
};
