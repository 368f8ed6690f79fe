import { ArticleContext, Sentence } from '../context';
import { EventDate, Telling } from '../events';
import { shiftDate } from '../knowledge/dates';
import { EVENT_SYNTAX } from '../knowledge/lang/en/syntax-rules';
import { Stage } from '../stage';
import { DependencyGraph, Edge } from '../syntax/graph';
import { Semgrex } from '../syntax/semgrex';
import { SentenceView } from '../syntax/token-attributes';

/**
 * Stage 13: when each event happened, or is to happen. Dates come normalised by SUTime against the publication day
 * ("late on Monday", "Thursday last week", "yesterday", "on 9 November"); this stage finds the date that belongs
 * to the event (the time rules of event-syntax.json: attached to the event word, to the verb that carries it, else
 * in its own clause, never in a clause it embeds) and reads tense and modality:
 * - a plan ("will meet", "is set to visit", "agreed to hold talks", "the upcoming summit", a date after
 *   publication) is marked planned, and a bare weekday in it is the next such day;
 * - a bare weekday told in the past is the last such day on or before publication (SUTime takes the one in the
 *   publication's week, which may lie ahead: "met on Thursday" in a Monday paper);
 * - a month or day without a year told in the past lies before publication ("in December", read in January);
 * - an event the headline or lede tells in the present ("meets", "has held talks") is on the publication day, a
 *   weak date any explicit one overrides.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Relations that open another clause: a date inside it dates that clause's event. */
const CLAUSE_BOUNDARY = /^(?:ccomp|advcl(?::.*)?|acl:relcl|parataxis|csubj|conj(?::.*)?|xcomp|ref|dep|appos|list)$/;

export interface TimexGroup {
  value: string;
  text: string;
  first: number;
  last: number;
}

/** The run of tokens around i that carries one date value. */
export function timexAt(s: Sentence, i: number): TimexGroup | null {
  const value = s.tokens[i]?.timex;
  if (!value) return null;
  let first = i;
  let last = i;
  while (first > 0 && s.tokens[first - 1].timex === value) first--;
  while (last + 1 < s.tokens.length && s.tokens[last + 1].timex === value) last++;
  return { value, text: s.text.slice(s.tokens[first].start, s.tokens[last].end), first, last };
}

/** Words that name a day, as opposed to a time of day. */
const NAMES_A_DAY =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}(?:st|nd|rd|th)?\b.*\d{4}|\b(?:today|tonight|yesterday|tomorrow)\b|\b(?:this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)\b/;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const dayOf = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`);

/** The month an ISO week lies in, when it lies in one. */
function weekMonth(year: number, week: number): string | null {
  // ISO week 1 holds 4 January; its Monday starts the count.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  const month = isoDay(monday).slice(0, 7);
  return month === isoDay(sunday).slice(0, 7) ? month : null;
}

/** A weekday named alone, moved to the right side of the publication day. */
function weekday(name: string, published: string, planned: boolean): string {
  const reference = dayOf(published);
  const target = WEEKDAYS.indexOf(name);
  const diff = (reference.getUTCDay() - target + 7) % 7;
  reference.setUTCDate(reference.getUTCDate() + (planned ? (7 - diff) % 7 : -diff));
  return isoDay(reference);
}

/**
 * A TIMEX3 value as an ISO date of the precision it has, corrected for tense; null when it names no calendar date
 * (a week, a season, "now"), or a word to tell tellings apart when nothing resolves it.
 */
export function dateOfTimex(
  group: TimexGroup,
  published: string | null,
  planned: boolean,
  calendar: StoryCalendar = NO_CALENDAR,
): { iso: string | null; words: string | null } {
  const lower = group.text.toLowerCase();
  const yearless = /^XXXX-(\d{2})-(\d{2})$/.exec(group.value);
  const named = WEEKDAYS.findIndex((w) => lower.includes(w));
  if (yearless && named >= 0 && !published) {
    const iso = yearOfWeekday(Number(yearless[1]), Number(yearless[2]), named, calendar.years);
    if (iso) return { iso, words: null };
  }
  // "on Tuesday evening" in a page with no date, which says elsewhere which Tuesday: that one.
  if (named >= 0 && !published && !/\d/.test(group.text) && calendar.weekdays.has(named))
    return { iso: calendar.weekdays.get(named)!, words: null };
  // "from 2:00 pm until 4:08 pm", "in the evening": a clock time or a part of the day names no day (SUTime pins it
  // to the publication's).
  if (/T(?:\d|MO|AF|EV|NI)/.test(group.value) && !NAMES_A_DAY.test(lower)) return { iso: null, words: null };
  const day = WEEKDAYS.find((w) => lower.includes(w));
  const bareWeekday = !!day && !/\d/.test(group.text);
  if (bareWeekday && published && published.length >= 10) return { iso: weekday(day, published, planned), words: null };
  // "lasted 90 minutes on Friday": SUTime folds the span into the day ("2025-03-07-WXX-5 INTERSECT PT90M"); the
  // weekday named is the date.
  if (day && /-WXX-\d/.test(group.value) && published && published.length >= 10)
    return { iso: weekday(day, published, planned), words: null };
  // "last week" (2025-W10): its month when the whole week lies in one, else no date, but a date was told.
  const week = /^(\d{4})-W(\d{2})/.exec(group.value);
  if (week) return { iso: weekMonth(Number(week[1]), Number(week[2])), words: week[0] };
  // "2008 INTERSECT P6M" ("for six months in 2008"): the calendar part.
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T\S*)?(?:\s+INTERSECT\b.*)?$/.exec(group.value);
  if (!m) return { iso: null, words: /^X{4}/.test(group.value) ? lower : null };
  let iso = [m[1], m[2], m[3]].filter(Boolean).join('-');
  // "in December" read in January: SUTime gives this year's; a past event lies before publication.
  const monthWithoutYear = MONTH_NAME.test(group.text) && !/\b\d{4}\b/.test(group.text);
  if (!planned && monthWithoutYear && published && iso.length > 4 && iso > published.slice(0, iso.length))
    iso = `${Number(m[1]) - 1}${iso.slice(4)}`;
  return { iso, words: null };
}

/**
 * "on Tuesday, April 2" in a page with no date: the weekday fixes the year, among the years the story names (and
 * those next to them), when exactly one of them puts that day on that weekday.
 */
function yearOfWeekday(month: number, day: number, weekday: number, storyYears: ReadonlySet<number>): string | null {
  const near = new Set([...storyYears].flatMap((y) => [y - 1, y, y + 1]));
  const fits = [...near].filter((y) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday);
  return fits.length === 1 ? `${fits[0]}-${pad(month)}-${pad(day)}` : null;
}

/** What an undated page's own dates tell: the years it names, and the day it gives each weekday it dates. */
export interface StoryCalendar {
  years: ReadonlySet<number>;
  weekdays: ReadonlyMap<number, string>;
}
const NO_CALENDAR: StoryCalendar = { years: new Set(), weekdays: new Map() };

/** The years a story's dates name ("in 2024", "since independence in 1960"), then its dated weekdays. */
export function storyCalendar(ctx: ArticleContext): StoryCalendar {
  const years = new Set<number>();
  for (const s of ctx.sentences)
    for (const t of s.tokens) {
      const year = /^(\d{4})(?:-|$)/.exec(t.timex ?? '')?.[1];
      if (year) years.add(Number(year));
    }
  const days = new Map<number, Set<string>>();
  for (const s of ctx.sentences)
    for (let i = 0; i < s.tokens.length; i++) {
      const group = timexAt(s, i);
      if (!group || group.first !== i || !/\d/.test(group.text)) continue;
      const iso = dateOfTimex(group, null, false, { years, weekdays: new Map() }).iso;
      const named = WEEKDAYS.findIndex((w) => group.text.toLowerCase().includes(w));
      if (iso?.length === 10 && named >= 0) days.set(named, new Set([...(days.get(named) ?? []), iso]));
    }
  const weekdays = new Map([...days].filter(([, d]) => d.size === 1).map(([w, d]) => [w, [...d][0]]));
  return { years, weekdays };
}

/** Whether the event is still to come: a future modal, a verb of planning above it, an adjective of the future. */
export function plannedAt(g: DependencyGraph, heads: number[]): boolean {
  const lemma = (j: number) => g.tokens[j].lemma.toLowerCase();
  for (const h of heads) {
    if (g.out(h, /^aux/).some((a) => EVENT_SYNTAX.plannedAuxiliaries.has(lemma(a)))) return true;
    // "is to visit": a form of be with "to" and nothing else before the verb.
    // "is to visit"; a headline's "Biden, Modi to hold virtual meeting": "to" with no verb above it.
    const aux = g.out(h, /^aux$/).map(lemma);
    const to = g.out(h, 'mark').some((j) => lemma(j) === 'to');
    if (to && (aux.includes('be') || g.isRoot(h))) return true;
    if (g.out(h, /^amod$/).some((j) => EVENT_SYNTAX.plannedModifiers.has(lemma(j)))) return true;
    let at = [h];
    for (let hop = 0; hop < 2; hop++) {
      const up = at.flatMap((j) => g.in(j, /^(?:xcomp|obj|ccomp|advcl(?::.*)?)$/));
      if (up.some((j) => EVENT_SYNTAX.plannedGovernors.has(lemma(j)))) return true;
      if (up.some((j) => g.out(j, /^aux/).some((a) => EVENT_SYNTAX.plannedAuxiliaries.has(lemma(a))))) return true;
      at = up;
    }
  }
  return false;
}

/** The verb the event noun hangs from ("held talks", "a meeting was held", "during the visit … said"). */
function clauseHead(g: DependencyGraph, telling: Telling, otherEvents: ReadonlySet<number> = new Set()): number {
  const p = telling.predicate;
  if (p.support !== null) return p.support;
  if (p.pos === 'VERB') return p.token;
  const up = g
    .parents(p.token)
    .find((e) => e.governor >= 0 && /^(?:obj|nsubj(?::pass)?|obl(?::.*)?)$/.test(e.relation));
  // "upheld the election of Fayemi on Friday": a verb that is itself another event, done to the noun, is no clause
  // of the noun's ("travel to Sochi on Monday for talks" is: the talks are what the journey is for).
  const doneTo = up && /^(?:obj|nsubj:pass)$/.test(up.relation) && otherEvents.has(up.governor);
  return up && !doneTo ? up.governor : p.token;
}

/**
 * Where the event's own clause ends: at another clause, or at a noun's "since" phrase, the time another span is
 * counted from ("for the first time since assuming office in 2018", "the first visit since 2015": neither year is
 * the event's; a verb's own "since", as in "detained since Monday", still dates it).
 */
const SINCE = /^nmod:since$/;
const stopAtClause = (g: DependencyGraph, e: Edge) =>
  CLAUSE_BOUNDARY.test(e.relation) || SINCE.test(e.relation) || g.out(e.dependent, SINCE).length > 0;

/** Present tense in the headline or lede ("Xi meets Putin", "has held talks"): the news of the publication day. */
function present(g: DependencyGraph, head: number): boolean {
  const tag = g.tokens[head].tag;
  if (/^VB[ZP]$/.test(tag)) return true;
  const aux = g.out(head, /^aux/).map((j) => g.tokens[j]);
  if (tag === 'VBN' && aux.some((a) => /^VB[ZP]$/.test(a.tag) && a.lemma === 'have')) return true;
  return /^VB[ZP]$/.test(aux[0]?.tag ?? '') && aux[0]?.lemma === 'be' && tag === 'VBG';
}

function dateTelling(ctx: ArticleContext, telling: Telling, lede: Set<number>, calendar: StoryCalendar): void {
  const s = ctx.sentences[telling.predicate.sentence];
  const g = s.graph;
  const view = new SentenceView(ctx, s);
  // The sentence's other events: "the court on Friday upheld the election of Fayemi" — a verb that is itself another
  // event carries no event noun, its day is its own; and a clause stops at another event's words.
  const otherEvents = new Set(
    ctx.tellings.filter((t) => t.predicate.sentence === s.index && t !== telling).map((t) => t.predicate.token),
  );
  const head = clauseHead(g, telling);
  // Whether it is planned reads the verb above the noun whatever it is ("expected to travel … for talks"); its day
  // does not when that verb is another event.
  const ownHead = clauseHead(g, telling, otherEvents);
  telling.planned = plannedAt(g, [telling.predicate.token, head]);
  // The verb that carries an event noun stands for it too ("agreed at a meeting …, aides said on Monday").
  const p = telling.predicate;
  const marked = new Map([[p.token, { pos: p.pos, kind: p.sense.kind }]]);
  if (p.support !== null) marked.set(p.support, { pos: 'VERB', kind: p.sense.kind });
  const attributes = view.attributes(marked);
  const isEvent = (i: number | undefined) => i === p.token || (p.support !== null && i === p.support);
  const published = ctx.publishedAt;
  // "the summit, which opens on Saturday": the simple present of a timetable tells what is to come.
  const scheduled = (group: TimexGroup) =>
    !s.headline &&
    [group.first, group.last].some((j) =>
      g
        .parents(j)
        .some((e) => e.governor >= 0 && /^VB[ZP]$/.test(g.tokens[e.governor].tag) && !g.out(e.governor, /^aux/).length),
    );
  const take = (group: TimexGroup, rule: string): boolean => {
    const { iso, words } = dateOfTimex(group, published, telling.planned || scheduled(group), calendar);
    if (!iso) {
      telling.dateWords ??= words;
      // "met … last week, the ministry said on Sunday": a week that spans two months is the event's own time,
      // which leaves it undated rather than dated by the day of the report.
      return !!words && /^\d{4}-W\d{2}/.test(words) && rule !== 'date-of-report';
    }
    if (published && iso.length === 10 && iso > published.slice(0, 10)) telling.planned = true;
    telling.date = { iso, rule, weak: false };
    return true;
  };
  for (const rule of EVENT_SYNTAX.times) {
    // "said on Monday that Ankara would mediate": the day of the telling is no day of what is yet to come.
    if (telling.planned && rule.name === 'date-of-report') continue;
    for (const binding of rule.pattern.matchAll(g, attributes)) {
      if (!isEvent(binding.get('e'))) continue;
      const v = binding.get('v');
      if (rule.name === 'date-of-support-verb' && v !== undefined && ownHead !== v && otherEvents.has(v)) continue;
      const group = timexAt(s, binding.get('t')!);
      if (group && take(group, rule.name)) return;
    }
  }
  // The event's own clause: the dates its words reach without entering another clause, nor another event's words
  // ("coincided with the third anniversary of Moscow's 2022 invasion": 2022 is the invasion's).
  const clause = g.reach(ownHead, (e) => stopAtClause(g, e) || otherEvents.has(e.dependent));
  const dated = [...clause]
    .filter((j) => s.tokens[j].timex)
    .sort((a, b) => Math.abs(a - telling.predicate.token) - Math.abs(b - telling.predicate.token));
  for (const j of dated) {
    const group = timexAt(s, j);
    if (group && take(group, 'date-in-clause')) return;
  }
  // "his re-election in May", the parser hanging "in May" on another word: a date right after an event noun, with
  // only its preposition between, is the noun's.
  const next = p.token + 1;
  if (p.pos === 'NOUN' && /^(?:in|on)$/i.test(s.tokens[next]?.text ?? '') && s.tokens[next + 1]?.timex) {
    const group = timexAt(s, next + 1);
    if (group && take(group, 'date-right-after')) return;
  }
  const spanned = dateAcrossSpan(s, attributes, [p.token, head], published);
  if (spanned) {
    telling.date = { ...spanned, weak: false };
    return;
  }
  const inLede = s.headline || lede.has(s.index);
  // A headline tells the day's news whatever its verb form ("Castro sworn in", "Xi meets Putin").
  const news = present(g, head) || (s.headline && /^VB/.test(g.tokens[head].tag));
  // A war or an occupation the lede talks about is no news of the day.
  if (inLede && published && published.length >= 10 && !telling.planned && !telling.predicate.sense.lasting && news)
    telling.date = { iso: published.slice(0, 10), rule: 'present-tense-lede', weak: true };
}

/** "four months", "two days", "a year": how many of the span's unit, when the text says. */
function spanCount(g: DependencyGraph, unit: number): number | null {
  for (const j of [...g.out(unit, 'nummod'), ...g.out(unit, 'det')]) {
    const word = g.tokens[j].text.toLowerCase();
    const count = /^\d{1,3}$/.test(word) ? Number(word) : EVENT_SYNTAX.spanNumbers.get(word);
    if (count) return count;
  }
  return null;
}

/**
 * "Four months after winning the election, Sheinbaum was sworn in on Tuesday": an event a span of time away from
 * the main clause's date (the spans rules of event-syntax.json), dated by moving that date by the span.
 */
function dateAcrossSpan(
  s: Sentence,
  attributes: Parameters<Semgrex['matchAll']>[1],
  heads: number[],
  published: string | null,
): { iso: string; rule: string } | null {
  const g = s.graph;
  for (const rule of EVENT_SYNTAX.spanRules)
    for (const b of rule.pattern.matchAll(g, attributes)) {
      if (!heads.includes(b.get('h')!)) continue;
      const unit = EVENT_SYNTAX.spanUnits.get(g.tokens[b.get('x')!].lemma.toLowerCase());
      const count = spanCount(g, b.get('x')!);
      const anchor = g
        .out(b.get('m')!, /^(?:obl:on|obl:tmod|obl:npmod|obl:in|nmod:tmod|advmod)$/)
        .map((j) => timexAt(s, j))
        .find((t): t is TimexGroup => !!t);
      if (!unit || !count || !anchor) continue;
      const { iso } = dateOfTimex(anchor, published, false);
      const shifted = iso && shiftDate(iso, rule.direction === 'before' ? -count : count, unit);
      if (shifted) return { iso: shifted, rule: rule.name };
    }
  return null;
}

/** How many sentences back the act a sequence marker follows may be told. */
const SEQUENCE_REACH = 2;

/**
 * "The two leaders then held talks", "In the evening, Ruiz hosted a banquet": an undated act marked as coming next in
 * the day's programme (the language pack's sequence) takes the day of the act told just before it.
 */
function dateBySequence(ctx: ArticleContext, telling: Telling): void {
  if (telling.date || telling.planned) return;
  const s = ctx.sentences[telling.predicate.sentence];
  const g = s.graph;
  const heads = [telling.predicate.token, clauseHead(g, telling)];
  const lemma = (j: number) => g.tokens[j].lemma.toLowerCase();
  const marked = heads.some(
    (h) =>
      g.out(h, 'advmod').some((j) => EVENT_SYNTAX.sequenceAdverbs.has(lemma(j))) ||
      g.out(h, /^obl:in$/).some((j) => EVENT_SYNTAX.partsOfDay.has(lemma(j))),
  );
  if (!marked) return;
  const at = ctx.tellings.indexOf(telling);
  const before = ctx.tellings
    .slice(0, at)
    .reverse()
    .find((t) => t.predicate.sentence < s.index && t.predicate.sentence >= s.index - SEQUENCE_REACH && t.date);
  if (before?.date && !before.date.weak && before.date.iso.length === 10)
    telling.date = { iso: before.date.iso, rule: 'date-of-sequence', weak: false };
}

export const timeStage: Stage = {
  name: 'time',
  about: 'when each event happened or is to happen: SUTime dates by the parse, tense and plans read',
  run(ctx) {
    const lede = new Set(
      ctx.sentences
        .filter((s) => !s.caption && !s.headline && !s.dateline)
        .slice(0, 2)
        .map((s) => s.index),
    );
    const calendar = ctx.publishedAt ? NO_CALENDAR : storyCalendar(ctx);
    for (const telling of ctx.tellings) dateTelling(ctx, telling, lede, calendar);
    for (const telling of ctx.tellings) dateBySequence(ctx, telling);
  },
};

export type { EventDate };
