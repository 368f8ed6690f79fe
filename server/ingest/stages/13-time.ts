import { ArticleContext, Sentence } from '../context';
import { EventDate, Telling } from '../events';
import { EVENT_SYNTAX } from '../knowledge/lang/en/syntax-rules';
import { Stage } from '../stage';
import { DependencyGraph, Edge } from '../syntax/graph';
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
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}(?:st|nd|rd|th)?\b.*\d{4}|\b(?:today|tonight|yesterday|tomorrow)\b/;
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
): { iso: string | null; words: string | null } {
  const lower = group.text.toLowerCase();
  // "from 2:00 pm until 4:08 pm": a clock time names no day (SUTime pins it to the publication's).
  if (/T\d/.test(group.value) && !NAMES_A_DAY.test(lower)) return { iso: null, words: null };
  const day = WEEKDAYS.find((w) => lower.includes(w));
  const bareWeekday = !!day && !/\d/.test(group.text);
  if (bareWeekday && published && published.length >= 10) return { iso: weekday(day, published, planned), words: null };
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
function clauseHead(g: DependencyGraph, telling: Telling): number {
  const p = telling.predicate;
  if (p.support !== null) return p.support;
  if (p.pos === 'VERB') return p.token;
  const up = g
    .parents(p.token)
    .find((e) => e.governor >= 0 && /^(?:obj|nsubj(?::pass)?|obl(?::.*)?)$/.test(e.relation));
  return up ? up.governor : p.token;
}

const stopAtClause = (e: Edge) => CLAUSE_BOUNDARY.test(e.relation);

/** Present tense in the headline or lede ("Xi meets Putin", "has held talks"): the news of the publication day. */
function present(g: DependencyGraph, head: number): boolean {
  const tag = g.tokens[head].tag;
  if (/^VB[ZP]$/.test(tag)) return true;
  const aux = g.out(head, /^aux/).map((j) => g.tokens[j]);
  if (tag === 'VBN' && aux.some((a) => /^VB[ZP]$/.test(a.tag) && a.lemma === 'have')) return true;
  return /^VB[ZP]$/.test(aux[0]?.tag ?? '') && aux[0]?.lemma === 'be' && tag === 'VBG';
}

function dateTelling(ctx: ArticleContext, telling: Telling, lede: Set<number>): void {
  const s = ctx.sentences[telling.predicate.sentence];
  const g = s.graph;
  const view = new SentenceView(ctx, s);
  const head = clauseHead(g, telling);
  telling.planned = plannedAt(g, [telling.predicate.token, head]);
  // The verb that carries an event noun stands for it too ("agreed at a meeting …, aides said on Monday").
  const p = telling.predicate;
  const marked = new Map([[p.token, { pos: p.pos, kind: p.sense.kind }]]);
  if (p.support !== null) marked.set(p.support, { pos: 'VERB', kind: p.sense.kind });
  const attributes = view.attributes(marked);
  const isEvent = (i: number | undefined) => i === p.token || (p.support !== null && i === p.support);
  const published = ctx.publishedAt;
  const take = (group: TimexGroup, rule: string): boolean => {
    const { iso, words } = dateOfTimex(group, published, telling.planned);
    if (!iso) {
      telling.dateWords ??= words;
      return false;
    }
    if (published && iso.length === 10 && iso > published.slice(0, 10)) telling.planned = true;
    telling.date = { iso, rule, weak: false };
    return true;
  };
  for (const rule of EVENT_SYNTAX.times)
    for (const binding of rule.pattern.matchAll(g, attributes)) {
      if (!isEvent(binding.get('e'))) continue;
      const group = timexAt(s, binding.get('t')!);
      if (group && take(group, rule.name)) return;
    }
  // The event's own clause: the dates its words reach without entering another clause, nor another event's words
  // ("coincided with the third anniversary of Moscow's 2022 invasion": 2022 is the invasion's).
  const others = new Set(
    ctx.tellings.filter((t) => t.predicate.sentence === s.index && t !== telling).map((t) => t.predicate.token),
  );
  const clause = g.reach(head, (e) => stopAtClause(e) || others.has(e.dependent));
  const dated = [...clause]
    .filter((j) => s.tokens[j].timex)
    .sort((a, b) => Math.abs(a - telling.predicate.token) - Math.abs(b - telling.predicate.token));
  for (const j of dated) {
    const group = timexAt(s, j);
    if (group && take(group, 'date-in-clause')) return;
  }
  const inLede = s.headline || lede.has(s.index);
  // A headline tells the day's news whatever its verb form ("Castro sworn in", "Xi meets Putin").
  const news = present(g, head) || (s.headline && /^VB/.test(g.tokens[head].tag));
  // A war or an occupation the lede talks about is no news of the day.
  if (inLede && published && published.length >= 10 && !telling.planned && !telling.predicate.sense.lasting && news)
    telling.date = { iso: published.slice(0, 10), rule: 'present-tense-lede', weak: true };
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
    for (const telling of ctx.tellings) dateTelling(ctx, telling, lede);
  },
};

export type { EventDate };
