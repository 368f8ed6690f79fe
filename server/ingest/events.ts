import { NlpToken } from '../nlp/types';
import { ArticleContext, insideQuotes, Sentence } from './context';
import { compatibleDates, findDates, morePrecise, unresolvedDateWords } from './knowledge/dates';
import { locative } from './stages/02-entities';
import { Anchor, Anniversary, anniversaryCue, resolveAnniversaries, Sequence, sequenceCue } from './event-series';
import { gazetteer, slug } from './knowledge/gazetteer';
import { CLAUSES, EVENT_KINDS, EventKindRecord, TriggerRecord } from './knowledge/lang/en';
import { EntityRef, Mention } from './types';

/**
 * Events, in steps:
 * 1. triggers: the kinds' trigger lemmas (lang/en/events.json) in each sentence, outside quotes and captions; a
 *    trigger in a phrase of manner ("sacked her in a telephone call") tells no event of its own;
 * 2. the trigger's clause: subordinate clauses ("hours after X was sworn in"), relative clauses, a trailing
 *    attribution (", the spokeswoman said") and reporting participles (", saying …") belong to others;
 * 3. participants: people (or states, organisations, as the kind allows) in the clause, not the ones who only
 *    qualify someone ("Chinese" in "Chinese President Xi"), report or speak, or are where it happened; when one
 *    clause has two triggers ("sacking X and appointing Y") each takes the names after it up to the next;
 *    "the two leaders" and "he" stand for those just named;
 * 4. "the meeting", "this visit", "his trip" refer back to the event of that kind the article already has;
 * 5. date: in the clause, else the sentence's main clause; a present-tense headline or lede is about the day of
 *    publication, a weak date that any explicit one overrides; an undated event at a dated event's place shares
 *    its day. Place: "in Beijing", "at the Elysee Palace", "visited Ishikawa Prefecture";
 * 6. tellings that agree on family, participants and date are one event, and so are tellings of any kinds with
 *    the very same parties on the same day (a summit where two leaders also talked and signed); the kind with
 *    the higher priority names it; states named for their leaders join the leaders' event.
 */

export interface Participant {
  entity: EntityRef;
  sentences: number[];
  role: string;
  rule: string;
}

export interface EventCandidate {
  kind: string;
  family: string;
  sentences: number[];
  trigger: string[];
  participants: Map<string, Participant>;
  date: string | null;
  /** The publication day, for an event told in the present tense up front: used when nothing dates it better. */
  weakDate: string | null;
  dateRule: string | null;
  places: Map<string, { entity: EntityRef; sentences: number[]; rule: string }>;
  /** "will hold", "plans to visit": an event still to come. */
  planned: boolean;
  rule: string;
  /** Where its triggers are. */
  anchors: Anchor[];
  anniversary?: Anniversary;
  sequence?: Sequence;
  /** The day or month the text names when nothing resolves it ("Wednesday", "March"): tells tellings apart. */
  dateWords?: string;
}

export interface ExtractedEvent extends EventCandidate {
  entity: EntityRef;
}

const KIND = new Map(EVENT_KINDS.map((k) => [k.kind, k]));

interface TriggerHit {
  kind: EventKindRecord;
  trigger: TriggerRecord;
  sentence: Sentence;
  /** Token indexes of the trigger's first and last word. */
  first: number;
  last: number;
  start: number;
  end: number;
  nominal: boolean;
}

const isVerb = (t: NlpToken) => t.pos === 'VERB' || t.pos === 'AUX' || /^VB/.test(t.tag);
const isNoun = (t: NlpToken) => t.pos === 'NOUN' || t.pos === 'PROPN' || /^NN/.test(t.tag);

/** Where the trigger's lemmas appear in order (a '*' lets up to `gap` tokens through). */
function matchTrigger(tokens: NlpToken[], at: number, trigger: TriggerRecord): number {
  let i = at;
  for (let k = 0; k < trigger.seq.length; k++) {
    const want = trigger.seq[k];
    if (want === '*') {
      const next = trigger.seq[k + 1];
      let j = i;
      while (j < tokens.length && j - i <= (trigger.gap ?? 3) && tokens[j].lemma !== next) j++;
      if (j >= tokens.length || tokens[j].lemma !== next) return -1;
      i = j;
      continue;
    }
    if (tokens[i]?.lemma !== want && tokens[i]?.text.toLowerCase() !== want) return -1;
    i++;
  }
  return i - 1;
}

function findTriggers(s: Sentence): TriggerHit[] {
  const hits: TriggerHit[] = [];
  s.tokens.forEach((token, i) => {
    for (const kind of EVENT_KINDS) {
      for (const trigger of kind.triggers) {
        if (trigger.seq[0] !== token.lemma && trigger.seq[0] !== token.text.toLowerCase()) continue;
        if (trigger.pos === 'VERB' && !isVerb(token)) continue;
        if (trigger.pos === 'NOUN' && !isNoun(token)) continue;
        if (trigger.plural && !(token.tag === 'NNS' || (!token.tag && /s$/i.test(token.text)))) continue;
        const last = matchTrigger(s.tokens, i, trigger);
        if (last < 0 || trigger.not?.includes(s.tokens[last + 1]?.lemma ?? '')) continue;
        if (trigger.notBeforeProper && /^\p{Lu}/u.test(s.tokens[last + 1]?.text ?? '')) continue;
        if (hits.some((h) => h.first <= i && i <= h.last)) continue;
        hits.push({
          kind,
          trigger,
          sentence: s,
          first: i,
          last,
          start: token.start,
          end: s.tokens[last].end,
          nominal: isNoun(token) && !isVerb(token),
        });
      }
    }
  });
  return hits.filter((h) => !insideQuotes(h.sentence.text, h.start));
}

const { subordinators: SUBORDINATORS, relatives: RELATIVES, reporting: REPORTING } = CLAUSES;

/**
 * A clause as a set of character ranges: a main clause runs around the subordinate clauses that interrupt it
 * ("X, who was the foreign secretary, met Z"), a subordinate clause runs to the next comma or the end.
 */
export interface Clause {
  ranges: [number, number][];
  start: number;
  end: number;
  /** "after …", "as …", relative and participial clauses: a date in one dates another event. */
  subordinate: boolean;
  /** A participial clause (", having won …"): its subject is the main clause's. */
  participle: boolean;
  attribution: boolean;
}

interface Segment {
  start: number;
  end: number;
  participle: boolean;
  /** ", NATO's Stoltenberg said on Monday in Vilnius": when and where it was said is when and where it was news. */
  attribution?: boolean;
}

const clauseText = (s: Sentence, c: Clause) => c.ranges.map(([a, b]) => s.text.slice(a, b)).join(' ');
const within = (c: Clause, from: number, to = from) => c.ranges.some(([a, b]) => from >= a && to <= b);

/** Where the sentence's subordinate clauses and hard breaks are. */
function segmentsOf(s: Sentence): { breaks: number[]; subordinate: Segment[] } {
  const breaks: number[] = [];
  const subordinate: Segment[] = [];
  const nextComma = (i: number) =>
    s.tokens.slice(i + 1).find((t) => t.text === ',' || t.text === ';')?.start ?? s.text.length;
  s.tokens.forEach((t, i) => {
    const prev = s.tokens[i - 1];
    const word = t.text.toLowerCase();
    if (/^[;:—–()]$|^--$/.test(t.text) || (t.text === '-' && prev && s.text[prev.end] === ' ')) breaks.push(t.start);
    else if (SUBORDINATORS.has(word) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.tag === 'IN') && i > 0) {
      // "after X was sworn in", "as his successor, X, was elected" start a clause; "after attending G20" and
      // "before the meeting" do not (no finite verb follows), nor ", as the new party chief," (an aside).
      const rest = s.tokens.slice(i + 1, i + 12);
      const aside = prev?.text === ',' && rest.slice(0, 6).some((x) => x.text === ',');
      if (!aside && (rest.some((x) => isVerb(x) && x.tag !== 'VBG') || word === 'while' || word === 'when'))
        subordinate.push({ start: t.start, end: s.text.length, participle: false });
    } else if ((word === 'by' || word === 'for') && s.tokens[i + 1]?.tag === 'VBG') {
      // "by securing 215 votes", "by incorporating councils in eastern Ukraine": the means.
      subordinate.push({ start: t.start, end: nextComma(i), participle: false });
    } else if (RELATIVES.has(word) && prev?.text === ',')
      subordinate.push({ start: t.start, end: nextComma(i), participle: false });
    // ", saying …", ", succeeding Fumio Kishida", ", having won …": a participial aside.
    else if (prev?.text === ',' && t.tag === 'VBG')
      subordinate.push({ start: t.start, end: nextComma(i), participle: true });
    else if (isVerb(t) && REPORTING.has(t.lemma)) {
      // ", Chinese Foreign Ministry spokeswoman Hua Chunying said": the attribution is its own clause.
      for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
        if (isVerb(s.tokens[j])) break;
        if (s.tokens[j].text === ',') {
          subordinate.push({ start: s.tokens[j].start, end: nextComma(i), participle: false, attribution: true });
          break;
        }
      }
    }
  });
  return { breaks, subordinate };
}

/** The clause the offset is in. */
export function clauseAround(s: Sentence, at: number): Clause {
  const { breaks, subordinate } = segmentsOf(s);
  const partStart = Math.max(0, ...breaks.filter((b) => b <= at));
  const partEnd = Math.min(s.text.length, ...breaks.filter((b) => b > at));
  // The innermost subordinate clause holding the offset, if any.
  const own = subordinate
    .filter((g) => g.start <= at && at < g.end && g.start >= partStart)
    .sort((a, b) => b.start - a.start)[0];
  const start = own ? own.start : partStart;
  const end = own ? Math.min(own.end, partEnd) : partEnd;
  // Cut out the subordinate clauses nested inside.
  const holes = subordinate
    .filter((g) => g.start > start && g.start < end && g !== own)
    .sort((a, b) => a.start - b.start);
  const ranges: [number, number][] = [];
  let cursor = start;
  for (const h of holes) {
    if (h.start > cursor) ranges.push([cursor, h.start]);
    cursor = Math.max(cursor, Math.min(h.end, end));
  }
  if (cursor < end) ranges.push([cursor, end]);
  return { ranges, start, end, subordinate: !!own, participle: !!own?.participle, attribution: !!own?.attribution };
}

/** A country or organisation that only qualifies a person or an office ("Chinese President", "Russia's Lavrov"). */
function qualifies(ctx: ArticleContext, m: Mention, mentions: Mention[]): boolean {
  if (m.entity.kind !== 'Country' && m.entity.kind !== 'Organization') return false;
  const text = ctx.text(m.sentence);
  const after = text.slice(m.end, m.end + 60);
  const next = mentions.find((x) => x.start >= m.end);
  if (next?.entity.kind === 'Person' && /^['’]?s?\s+(?:[\p{L}-]+\s+){0,4}$/u.test(text.slice(m.end, next.start)))
    return true;
  if (gazetteer().demonyms.has(m.text.toLowerCase()) && m.text.toLowerCase() !== m.entity.name.toLowerCase())
    return !/^\s+(?:government|side|delegation|leadership|authorities|forces|troops)\b/i.test(after);
  return /^(?:['’]s)?\s+(?:(?:new|former|top|chief|state|official|foreign|defen[cs]e|prime|deputy|vice)\s+)*(?:president|prime|minister|secretary|chancellor|premier|king|leader|ministry|foreign|spokes|ambassador|envoy|official|news|state)/i.test(
    after,
  );
}

/**
 * Whoever a reporting verb follows closely is a speaker here, not a party ("Wang said Xi guided the talks"),
 * unless the event is where they spoke ("Xi tells Putin in birthday call").
 */
function speaks(hit: TriggerHit, m: Mention): boolean {
  const tokens = hit.sentence.tokens;
  const from = tokens.findIndex((t) => t.start >= m.end);
  if (from < 0) return false;
  const verb = tokens.slice(from, from + 4).findIndex((t) => isVerb(t) && REPORTING.has(t.lemma));
  if (verb < 0) return false;
  const at = from + verb;
  return !(at < hit.first && speechSetting(tokens, at, hit.first));
}

const GROUP =
  /\b(?:the|both)\s+(?:two\s+|three\s+)?(?:top\s+)?(leaders|presidents|heads of state|prime ministers|foreign ministers|ministers|diplomats|sides|countries|nations|states|parties)\b/i;

/** "the two leaders met": the pair the text just named (the last event's, or the last two people). */
function groupReference(
  ctx: ArticleContext,
  s: number,
  clause: Clause,
  events: EventCandidate[],
  kind: EventKindRecord,
): EntityRef[] {
  const text = clause.ranges.map(([a, b]) => ctx.text(s).slice(a, b)).join(' ');
  const m = text.match(GROUP);
  if (!m) return [];
  const wanted = /sides|countries|nations|states|parties/i.test(m[1]) ? 'Country' : 'Person';
  if (!kind.participants.includes(wanted)) return [];
  const last = [...events]
    .reverse()
    .find((e) => [...e.participants.values()].filter((p) => p.entity.kind === wanted).length >= 2);
  if (last) return [...last.participants.values()].filter((p) => p.entity.kind === wanted).map((p) => p.entity);
  const seen: EntityRef[] = [];
  for (let back = s; back >= Math.max(0, s - 3) && seen.length < 2; back--)
    for (const x of ctx.mentionsIn(back).reverse())
      if (x.entity.kind === wanted && !seen.some((e) => e.id === x.entity.id) && (back < s || x.start < clause.start))
        seen.push(x.entity);
  return seen.length >= 2 ? seen.slice(0, 2) : [];
}

/** "he met", "his visit": the person the text last made its subject (this sentence's, else the one before). */
function pronounReference(ctx: ArticleContext, hit: TriggerHit, clause: Clause): EntityRef | undefined {
  const text = hit.sentence.text;
  const before = text.slice(clause.start, hit.start);
  const participle = clause.participle;
  if (!participle && (!/\b(?:he|she|his|her)\b/i.test(before) || /\b(?:they|their|we|our)\b/i.test(before)))
    return undefined;
  const pronounAt = participle ? clause.start : clause.start + before.search(/\b(?:he|she|his|her)\b/i);
  // The subject is whom English pronouns prefer: the first person the sentence names.
  const here = ctx
    .mentionsIn(hit.sentence.index)
    .filter((m) => m.entity.kind === 'Person' && m.end <= pronounAt && !insideQuotes(text, m.start));
  if (here.length) return here[0].entity;
  for (let back = hit.sentence.index - 1; back >= Math.max(0, hit.sentence.index - 2); back--) {
    const people = ctx
      .mentionsIn(back)
      .filter((m) => m.entity.kind === 'Person' && !insideQuotes(ctx.text(back), m.start));
    if (people.length) return people[0].entity;
  }
  return undefined;
}

/** "Xi told Putin … according to the readout of their phone call": "their" is the people the sentence named. */
function possessiveReference(ctx: ArticleContext, hit: TriggerHit): EntityRef[] {
  const before = hit.sentence.tokens.slice(0, hit.first);
  let i = before.length - 1;
  while (i >= 0 && /^(?:JJ|NN|VBN)/.test(before[i].tag) && !/^NNP/.test(before[i].tag)) i--;
  if (i < 0 || before[i].text.toLowerCase() !== 'their') return [];
  const text = hit.sentence.text;
  const people = ctx
    .mentionsIn(hit.sentence.index)
    .filter((m) => m.entity.kind === 'Person' && m.end <= before[i].start && !insideQuotes(text, m.start));
  const distinct = [...new Map(people.map((m) => [m.entity.id, m.entity])).values()];
  return distinct.length >= 2 ? distinct : [];
}

/**
 * Who takes part, by position: the clause's subject (before its first trigger) and this trigger's objects (after
 * it, up to the clause's next trigger: "sacking X and appointing Y" gives X to one and Y to the other).
 */
function participantsOf(
  ctx: ArticleContext,
  hit: TriggerHit,
  clause: Clause,
  subjectEnd: number,
  objectEnd: number,
  reporters: Set<Mention>,
): Mention[] {
  const text = hit.sentence.text;
  const mentions = ctx.mentionsIn(hit.sentence.index);
  const allowed = new Set<string>(hit.kind.participants);
  const governing = governingVerb(hit);
  const inClause = mentions.filter(
    (m) =>
      within(clause, m.start, m.end) &&
      !(governing && m.end <= governing.start) &&
      m.end <= objectEnd &&
      (m.end <= subjectEnd || m.start >= hit.start || possessor(hit, m) || pairModifies(hit, m)) &&
      !pairModifiesOther(hit, m) &&
      !(
        hit.kind.subjectOnly &&
        /\bof\s+(?:the\s+)?(?:[\p{Ll}]+\s+)?$/u.test(text.slice(Math.max(0, m.start - 30), m.start))
      ) &&
      allowed.has(m.entity.kind) &&
      !reporters.has(m) &&
      !insideQuotes(text, m.start) &&
      (pairModifies(hit, m) || !qualifies(ctx, m, mentions)) &&
      !speaks(hit, m) &&
      !(m.entity.kind !== 'Person' && locative(text, m.start, m.end)) &&
      !(hit.kind.subjectOnly && m.start > hit.start) &&
      !(
        hit.trigger.topicObject &&
        m.start > hit.end &&
        !/\bwith\s+(?:[\p{L}'’-]+\s+){0,4}$/iu.test(text.slice(hit.end, m.start))
      ),
  );
  // "who was accompanied by US Senator Chris Van Hollen": company named in a relative clause takes part too.
  for (const m of mentions)
    if (
      m.entity.kind === 'Person' &&
      !within(clause, m.start) &&
      m.start > hit.end &&
      /\b(?:accompanied|joined)\s+by\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu.test(text.slice(Math.max(0, m.start - 60), m.start))
    )
      inClause.push(m);
  const people = inClause.filter((m) => m.entity.kind === 'Person');
  if (hit.kind.kind === 'visit') return visitors(hit, people);
  return people.length > 0 && allowed.has('Person') ? people : inClause;
}

const NOUN_PHRASE_TAGS = new Set([
  'DT',
  'PRP',
  'PDT',
  'JJ',
  'JJR',
  'JJS',
  'PRP$',
  'POS',
  'CD',
  'NN',
  'NNS',
  'NNP',
  'NNPS',
  'HYPH',
  'RB',
]);

/**
 * "China refused to condemn Moscow's invasion": an event noun that is the object of a verb not its own (not
 * "held talks", "launched an invasion") is talked about, and who comes before that verb is not a party to it.
 */
function governingVerb(hit: TriggerHit): NlpToken | null {
  if (!hit.nominal) return null;
  const tokens = hit.sentence.tokens;
  for (let j = hit.first - 1; j >= 0; j--) {
    const t = tokens[j];
    // "the planned visit", "a postponed summit": a participle inside the noun phrase is an adjective.
    const modifier = (t.tag === 'VBN' || t.tag === 'VBG') && ['DT', 'PRP$', 'POS'].includes(tokens[j - 1]?.tag ?? '');
    if (isVerb(t) && !modifier) return CLAUSES.support.has(t.lemma) ? null : t;
    if (!modifier && !NOUN_PHRASE_TAGS.has(t.tag)) return null;
  }
  return null;
}

/** The one who visits: "visiting X", else whoever comes before the trigger (the subject), else the first named. */
function visitors(hit: TriggerHit, people: Mention[]): Mention[] {
  const after = people.filter((m) => m.start >= hit.end);
  if (/^visiting$/i.test(hit.sentence.tokens[hit.first].text) && after.length) return [after[0]];
  const before = people.filter((m) => m.end <= hit.start);
  if (before.length) {
    // "Scholz, Macron and Draghi are planning to visit": everyone in the coordinated subject visits.
    const text = hit.sentence.text;
    const subject = [before[before.length - 1]];
    for (let i = before.length - 2; i >= 0; i--) {
      const gap = text.slice(before[i].end, subject[0].start);
      if (!/^(?:[’']s)?\s*(?:,|and|,\s*and)\s+(?:[\p{L}’'.-]+\s+){0,3}$/u.test(gap)) break;
      subject.unshift(before[i]);
    }
    return subject;
  }
  return people.slice(0, 1);
}

/** Where a hyphenated pair of names ends ("UK-France summit": after "France"), if the mention is in one. */
function pairEnd(text: string, m: Mention): number {
  if (text[m.end] === '-' || text[m.end] === '–')
    return text.slice(m.end + 1).match(/^[\p{L}.]+/u)
      ? m.end + 1 + text.slice(m.end + 1).match(/^[\p{L}.]+/u)![0].length
      : -1;
  if (text[m.start - 1] === '-' || text[m.start - 1] === '–') return m.end;
  return -1;
}

/** "the first UK-France summit": both states of a pair before the event noun take part. */
function pairModifies(hit: TriggerHit, m: Mention): boolean {
  const end = pairEnd(hit.sentence.text, m);
  return end >= 0 && /^\s*$/.test(hit.sentence.text.slice(end, hit.start));
}

/** "the Russia-Ukraine conflict": a pair before another noun belongs to that noun. */
function pairModifiesOther(hit: TriggerHit, m: Mention): boolean {
  const end = pairEnd(hit.sentence.text, m);
  return end >= 0 && !/^\s*$/.test(hit.sentence.text.slice(end, hit.start)) && end !== hit.end;
}

/** "Moscow's invasion", "Russia's 2022 invasion": the owner of the event noun takes part in it. */
function possessor(hit: TriggerHit, m: Mention): boolean {
  return /^['’]s\s+(?:[\p{L}\d-]+\s+){0,2}$/u.test(hit.sentence.text.slice(m.end, hit.start));
}

/** "his country's general election": the state the participant holds office in. */
function homeCountry(ctx: ArticleContext, hit: TriggerHit, participants: Map<string, Participant>): EntityRef | null {
  // Before the trigger or inside a long one ("won 58 percent of the vote in his country's general election").
  const around = hit.sentence.text.slice(Math.max(0, hit.start - 40), hit.end);
  if (!/\b(?:his|her)\s+country['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:[\p{L}-]+)?$/iu.test(around)) return null;
  const states = [...participants.values()]
    .filter((p) => p.entity.kind === 'Person')
    .flatMap((p) => ctx.roles.get(p.entity.id) ?? [])
    .map((r) => r.holder)
    .filter((h): h is EntityRef => h?.kind === 'Country');
  const distinct = [...new Map(states.map((h) => [h.id, h])).values()];
  return distinct.length === 1 ? distinct[0] : null;
}

/** "since the invasion", "after the talks": an event used as a point in time. */
function timePoint(hit: TriggerHit): boolean {
  return hit.sentence.tokens
    .slice(Math.max(0, hit.first - 3), hit.first)
    .some((t) => ['since', 'after', 'before', 'until'].includes(t.lemma));
}

/** "the war in Ukraine", "the situation in Gaza": the place belongs to the noun before its preposition. */
function scoped(s: Sentence, m: Mention): boolean {
  const before = s.tokens.filter((t) => t.end <= m.start);
  let i = before.length - 1;
  while (i >= 0 && (before[i].tag === 'DT' || before[i].tag === 'JJ')) i--;
  if (i < 1 || before[i].tag !== 'IN') return false;
  return CLAUSES.scopeNouns.has(before[i - 1].lemma) || CLAUSES.scopeNouns.has(before[i - 1].text.toLowerCase());
}

function placesOf(ctx: ArticleContext, hit: TriggerHit, clause: Clause, others: TriggerHit[] = []) {
  const text = hit.sentence.text;
  return ctx.mentionsIn(hit.sentence.index).filter((m) => {
    if (!within(clause, m.start, m.end) || insideQuotes(text, m.start)) return false;
    if (m.entity.kind !== 'Place' && m.entity.kind !== 'Country') return false;
    if (scoped(hit.sentence, m)) return false;
    // "met X, then visited the front in Y": a place after a later trigger is that one's; "the visit to Ukraine
    // since the invasion": an event named as a point in time ("since", "after") has no place of the other's.
    const later = others.some((o) => o !== hit && m.start >= hit.end && o.start >= hit.end && o.end <= m.start);
    const earlier = m.end <= hit.start && timePoint(hit) && others.some((o) => o !== hit && o.end <= m.start);
    if (later || earlier) return false;
    if (gazetteer().demonyms.has(m.text.toLowerCase()) && m.text.toLowerCase() !== m.entity.name.toLowerCase())
      return false;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (locative(text, m.start, m.end)) return true;
    // "in the southeastern Polish city of Rzeszów", "in Pretoria, the administrative capital of …".
    if (
      /\b(?:in|at)\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:city|town|village|capital|region|province|resort|port|hall|room|grounds|gardens?|residence|palace|building)\s+(?:of\s+)?$/iu.test(
        before,
      )
    )
      return true;
    return (
      hit.kind.kind === 'visit' &&
      /\b(?:visit(?:ed|s|ing)?|trip to|travell?ed to|arrived? in)\s+(?:the\s+)?$/i.test(before)
    );
  });
}

const FUTURE = CLAUSES.future;

const VERB_GROUP = (t: NlpToken) => isVerb(t) || t.tag === 'MD' || t.tag === 'TO' || t.tag === 'RB';

/**
 * Whether the verb that governs a date speaks of the future: "will be held on Monday", "is set to visit on
 * Friday"; "told Putin in a call Wednesday that Beijing would …" is past (the date's verb is "told"). The verb is
 * the nearest verb group before the date in its clause, else the first after it ("On Monday, Xi met …").
 */
function futureAt(s: Sentence, offset: number): boolean {
  const clause = clauseAround(s, offset);
  const tokens = s.tokens.filter((t) => within(clause, t.start, t.end));
  const at = tokens.findIndex((t) => t.start >= offset);
  const before = tokens.slice(0, at < 0 ? tokens.length : at).findLastIndex(isVerb);
  const after = at < 0 ? -1 : tokens.findIndex((t, i) => i >= at && isVerb(t));
  const head = before >= 0 ? before : after;
  if (head < 0) return FUTURE.test(clauseText(s, clause));
  let first = head;
  while (first > 0 && VERB_GROUP(tokens[first - 1])) first--;
  let last = head;
  while (last + 1 < tokens.length && VERB_GROUP(tokens[last + 1]) && tokens[last + 1].start < offset) last++;
  const window = s.text.slice(tokens[Math.max(0, first - 2)].start, tokens[last].end);
  return FUTURE.test(window);
}

/** The event's date: the clause's, else the main clause's; a present-tense headline or lede, the publication day (weak). */
function dateOf(ctx: ArticleContext, hit: TriggerHit, clause: Clause, lede: boolean) {
  const s = hit.sentence;
  const text = s.text;
  const dates = findDates(text, ctx.referenceDate, (offset) => futureAt(s, offset)).filter(
    (d) =>
      !insideQuotes(text, d.start) &&
      d.iso.length > 4 &&
      !/\bsince\s+(the\s+)?$/i.test(text.slice(Math.max(0, d.start - 12), d.start)),
  );
  const inClause = dates.filter((d) => within(clause, d.start, d.end));
  // Outside the clause, only a date of a main clause: one in "after he led … on Thursday" dates something else.
  const elsewhere = dates.filter((d) => {
    const c = clauseAround(s, d.start);
    return !c.subordinate || c.attribution;
  });
  const pick = (list: typeof dates) =>
    [...list].sort((a, b) => Math.abs(a.start - hit.start) - Math.abs(b.start - hit.start))[0];
  // "since the day after Russia launched its invasion": the main clause's date is the main clause's event's.
  const found = pick(inClause) ?? (clause.subordinate && !clause.attribution ? undefined : pick(elsewhere));
  const head = s.tokens[hit.first];
  const aux = s.tokens.slice(Math.max(0, hit.first - 3), hit.first).map((t) => t.lemma);
  const modal = s.tokens.slice(Math.max(0, hit.first - 2), hit.first).some((t) => t.tag === 'MD' || t.tag === 'TO');
  const present =
    /^VB[ZP]$/.test(head.tag) ||
    (head.tag === 'VB' && !modal) ||
    (/^VB[NG]$/.test(head.tag) &&
      aux.some((a) => a === 'have' || a === 'be') &&
      !s.tokens.slice(Math.max(0, hit.first - 3), hit.first).some((t) => /^VBD$/.test(t.tag)));
  const weakDate = ctx.publishedAt && lede && present ? ctx.publishedAt.slice(0, 10) : null;
  if (found) return { date: found.iso, weakDate, rule: inClause.length ? 'date-in-clause' : 'date-in-sentence' };
  return { date: null, weakDate, rule: weakDate ? 'present-tense-lede' : null };
}

/** "sacked her in a telephone call": a trigger in a phrase of manner belongs to the clause's other trigger. */
function inMannerPhrase(hit: TriggerHit, others: TriggerHit[], clause: Clause): boolean {
  if (!hit.nominal) return false;
  const before = hit.sentence.tokens.slice(Math.max(0, hit.first - 3), hit.first).map((t) => t.text.toLowerCase());
  return (
    before.some((w) => ['in', 'during', 'via', 'by', 'through'].includes(w)) &&
    others.some((o) => o !== hit && !o.nominal && within(clause, o.start))
  );
}

const DEFINITE = /^(?:the|this|that|these|his|her|their|its|our|[\p{Lu}][\p{L}]+['’]s|['’]s)$/iu;

/** "the meeting", "this visit", "Wednesday's call": a noun trigger that points at an event already told. */
function definite(hit: TriggerHit): boolean {
  const lead = hit.sentence.tokens.slice(Math.max(0, hit.first - 3), hit.first).map((t) => t.lemma);
  // "the decision to suspend the ROC", "the move to appoint": the act already told.
  if (!hit.nominal)
    return lead.length === 3 && lead[0] === 'the' && ['decision', 'move', 'plan'].includes(lead[1]) && lead[2] === 'to';
  const words = hit.sentence.tokens
    .slice(Math.max(0, hit.first - 3), hit.first)
    // "the 2021 invasion": a year between the article and the noun.
    .filter((t) => t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'NUM');
  const det = words[words.length - 1];
  return !!det && DEFINITE.test(det.text);
}

/**
 * "Xi said [that] …", "Lavrov said it is well known that …": what a speaker claims, not what the text reports.
 * "Xi told Putin in a call [that …]", "Lavrov said during talks": the event is where the words were spoken.
 */
function reportedSpeech(hit: TriggerHit, clause: Clause): boolean {
  const tokens = hit.sentence.tokens;
  const verb = tokens
    .slice(0, hit.first)
    .findLastIndex((t) => isVerb(t) && REPORTING.has(t.lemma) && t.lemma !== 'announce' && within(clause, t.start));
  if (verb < 0) return false;
  return !speechSetting(tokens, verb, hit.first);
}

/** "told Putin in a phone call": a preposition of setting opens the trigger's phrase, nothing reported comes between. */
function speechSetting(tokens: NlpToken[], verb: number, first: number): boolean {
  const phrase = tokens.slice(verb + 1, first);
  const preposition = phrase.findLastIndex((t) => CLAUSES.settings.has(t.lemma));
  if (preposition < 0 || phrase.length - preposition > 4) return false;
  return !phrase.some((t) => t.lemma === 'that' || isVerb(t) || /^["“”‘’']$/.test(t.text));
}

/** "a separate trilateral summit", "another meeting": a telling that insists it is not the one before. */
function distinct(hit: TriggerHit): boolean {
  return hit.sentence.tokens
    .slice(Math.max(0, hit.first - 3), hit.first)
    .some((t) => ['separate', 'another', 'second', 'trilateral', 'different'].includes(t.lemma));
}

/**
 * The lede is about the news of the day when it speaks in the present ("has officially taken the reins",
 * "have agreed", "meets"): events it tells without a date weakly take the publication day.
 */
function ledeInPresent(ctx: ArticleContext, lede: Set<number>): boolean {
  const first = ctx.sentences.find((s) => lede.has(s.index) && !s.headline);
  if (!first) return false;
  const verbs = first.tokens.filter((t) => isVerb(t) && !insideQuotes(first.text, t.start));
  const head = verbs.find((t) => /^VB[DZP]$/.test(t.tag) || t.tag === 'MD');
  return !!head && /^VB[ZP]$/.test(head.tag);
}

/** Stage: event tellings in every sentence, then one event per happening. */
export function findEvents(ctx: ArticleContext, reporters: Set<Mention>): ExtractedEvent[] {
  const events: EventCandidate[] = [];
  const lede = new Set(
    ctx.sentences
      .filter((s) => !s.caption)
      .slice(0, 3)
      .map((s) => s.index),
  );
  const presentLede = ledeInPresent(ctx, lede);
  const last = ctx.sentences[ctx.sentences.length - 1];
  // An excerpt cut off mid-sentence ("Lula was elected") does not say what happened.
  const truncated = last && !/[.!?…"”’)]\s*$/.test(last.text) ? last.index : -1;
  for (const s of ctx.sentences) {
    if (s.caption || s.index === truncated) continue;
    // "the cabinet swearing-in ceremony": a noun trigger right after another is part of the same name;
    // "hosted a grand ceremony": a noun trigger a trigger verb takes as object is that verb's event.
    const hits = findTriggers(s).filter(
      (h, i, all) =>
        !(
          h.nominal &&
          all.some(
            (o) => o !== h && (o.last === h.first - 1 || (!o.nominal && o.last < h.first && h.first - o.last <= 3)),
          )
        ),
    );
    for (const hit of hits) {
      const clause = clauseAround(s, hit.start);
      if (inMannerPhrase(hit, hits, clause)) continue;
      if (hit.trigger.objectKind && !objectPresent(ctx, hit, clause)) continue;
      const inClause = hits.filter((h) => within(clause, h.start));
      // "received visiting Minister X": an -ing trigger right after a verb trigger modifies its object.
      const modifier = (h: TriggerHit) =>
        h.sentence.tokens[h.first].tag === 'VBG' &&
        inClause.some((o) => !o.nominal && o.last < h.first && h.first - o.last <= 2);
      const next = inClause.find((h) => h.start > hit.end && !modifier(h));
      // "…, with Iran, Saudi Arabia and China signing a statement": the names after "with" are the subject of
      // the -ing trigger, not objects of the one before it.
      const withAt =
        next && next.sentence.tokens[next.first].tag === 'VBG' ? lastWithBefore(s, hit.end, next.start) : -1;
      const absolute = s.tokens[hit.first].tag === 'VBG' ? lastWithBefore(s, clause.start, hit.start) : -1;
      const participants = new Map<string, Participant>();
      const subjectEnd = absolute >= 0 ? hit.start : inClause[0].start;
      const objectEnd = withAt >= 0 ? withAt : next ? next.start : clause.end;
      const from: Clause =
        absolute >= 0
          ? {
              ...clause,
              ranges: clause.ranges
                .map(([a, b]) => [Math.max(a, absolute), b] as [number, number])
                .filter(([a, b]) => a < b),
            }
          : clause;
      const found = participantsOf(ctx, hit, from, subjectEnd, objectEnd, reporters);
      // "received X and held talks": a coordinated verb with no object of its own shares the one before.
      const previous = [...inClause].reverse().find((h) => h.end < hit.start && !h.nominal && !modifier(h));
      const coordinated =
        !hit.nominal &&
        previous &&
        s.tokens.slice(Math.max(0, hit.first - 2), hit.first).some((t) => t.lemma === 'and');
      if (coordinated && !found.some((m) => m.start > hit.end))
        found.push(
          ...participantsOf(ctx, previous, from, subjectEnd, hit.start, reporters).filter(
            (m) => m.start > previous.end,
          ),
        );
      for (const m of found)
        participants.set(m.entity.id, {
          entity: m.entity,
          sentences: [s.index],
          role: roleOf(hit, m),
          rule: 'in-clause',
        });
      let borrowed = false;
      if (participants.size < hit.kind.min) {
        const pronoun = pronounReference(ctx, hit, clause);
        if (pronoun && hit.kind.participants.includes('Person'))
          participants.set(pronoun.id, { entity: pronoun, sentences: [s.index], role: 'participant', rule: 'pronoun' });
      }
      if (participants.size < hit.kind.min && hit.kind.participants.includes('Person'))
        for (const e of possessiveReference(ctx, hit))
          if (!participants.has(e.id))
            participants.set(e.id, {
              entity: e,
              sentences: [s.index],
              role: 'participant',
              rule: 'possessive-pronoun',
            });
      if (participants.size < hit.kind.min)
        for (const e of groupReference(ctx, s.index, clause, events, hit.kind)) {
          participants.set(e.id, { entity: e, sentences: [s.index], role: 'participant', rule: 'group-reference' });
          borrowed = true;
        }
      const inLede = lede.has(s.index) || s.headline;
      const dated = dateOf(ctx, hit, clause, inLede);
      const { date, rule: dateRule } = dated;
      // "has refused to condemn the invasion": what the lede talks about is not what happens that day.
      const talkedAbout = governingVerb(hit) !== null || !!hit.kind.lasting;
      const weakDate = talkedAbout
        ? null
        : (dated.weakDate ?? (presentLede && inLede && ctx.publishedAt ? ctx.publishedAt.slice(0, 10) : null));
      const places = new Map<string, { entity: EntityRef; sentences: number[]; rule: string }>();
      const attribution = segmentsOf(s).subordinate.find((g) => g.attribution && g.start > hit.end);
      const ownPlaces = placesOf(ctx, hit, clause, hits);
      const placeList =
        ownPlaces.length || !attribution ? ownPlaces : placesOf(ctx, hit, clauseAround(s, attribution.start), hits);
      for (const m of placeList) {
        places.set(m.entity.id, { entity: m.entity, sentences: [s.index], rule: 'locative' });
        participants.delete(m.entity.id);
      }
      const home = places.size === 0 ? homeCountry(ctx, hit, participants) : null;
      if (home) places.set(home.id, { entity: home, sentences: [s.index], rule: 'possessive-country' });
      const candidate: EventCandidate = {
        kind: hit.kind.kind,
        family: hit.kind.family,
        sentences: [s.index],
        trigger: [s.text.slice(hit.start, hit.end)],
        participants,
        date,
        weakDate,
        dateRule,
        places,
        planned: FUTURE.test(clauseText(s, clause)) && !!hit.kind.future,
        rule: `trigger:${hit.kind.kind}`,
        anchors: [{ sentence: s.index, start: hit.start }],
        dateWords: date ? undefined : unresolvedDateWords(clauseText(s, clause)),
        anniversary: anniversaryCue(s, hit.end),
        sequence: sequenceCue(
          s,
          hit,
          hits
            .filter((h) => h !== hit && h.kind.kind !== hit.kind.kind)
            .map((h) => ({ start: h.start, kind: h.kind.kind })),
        ),
      };
      if (definite(hit) && referBack(events, candidate, false)) continue;
      // "were also sworn in": more people in the event just told.
      if (/\balso\b/i.test(s.text.slice(clause.start, hit.start)) && alsoJoins(events, candidate)) continue;
      // What a speaker claims, and "the two leaders" or "he", may add to an event the text told, not make one.
      const onlyRefers = borrowed || reportedSpeech(hit, clause);
      if (participants.size >= hit.kind.min && !onlyRefers) {
        if (distinct(hit)) events.push(candidate);
        else mergeInto(events, candidate);
      } else if (onlyRefers || definite(hit)) referBack(events, candidate, participants.size > 0);
    }
  }
  const merged = mergeSameParties(foldLastingSubsets(mergeStatesIntoLeaders(ctx, events)));
  resolveAnniversaries(merged);
  for (const e of merged)
    if (!e.date && e.weakDate) {
      e.date = e.weakDate;
      e.dateRule = 'present-tense-lede';
    }
  // After the lede's day is known: "then formally signed … at Chequers" shares the day of the meeting there.
  datesFromPlaces(merged);
  return merged.map((e) => ({ ...e, entity: eventEntity(e) }));
}

/** Offset of the last "with" between two offsets, or -1. */
function lastWithBefore(s: Sentence, from: number, to: number): number {
  const withToken = s.tokens.filter((t) => t.start >= from && t.start < to && t.lemma === 'with').pop();
  return withToken ? withToken.start : -1;
}

/** "Kosiniak-Kamysz and Gawkowski were also sworn in": joins the latest event of that kind, parties and all. */
function alsoJoins(events: EventCandidate[], candidate: EventCandidate): boolean {
  const target = [...events].reverse().find((e) => e.kind === candidate.kind && datesAgree(e, candidate));
  if (target) merge(target, candidate);
  return !!target;
}

function objectPresent(ctx: ArticleContext, hit: TriggerHit, clause: Clause): boolean {
  return ctx
    .mentionsIn(hit.sentence.index)
    .some((m) => m.start >= hit.end && within(clause, m.start, m.end) && m.entity.kind === hit.trigger.objectKind);
}

/** Invasions have sides: the invader before the trigger ("Russia's invasion"), the invaded after ("of Ukraine"). */
function roleOf(hit: TriggerHit, m: Mention): string {
  if (hit.kind.kind !== 'invasion') return 'participant';
  return m.start < hit.start ? 'invader' : 'invaded';
}

function sameParticipants(a: EventCandidate, b: EventCandidate): boolean {
  const pa = [...a.participants.keys()];
  const pb = [...b.participants.keys()];
  const [small, large] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  return small.length > 0 && small.every((p) => large.includes(p));
}

/**
 * A weak date (the publication day of a present-tense lede) agrees with an explicit date of the last three days
 * ("Visits Pretoria" over "on January 23"), or of its month; not with an older one ("last met in December").
 */
function weakAgrees(weak: string | null, explicit: string | null): boolean {
  if (!weak || !explicit) return true;
  if (explicit.length < 10) return weak.startsWith(explicit);
  const days = (Date.parse(weak) - Date.parse(explicit)) / 86_400_000;
  return days >= 0 && days <= 3;
}

/** Two tellings can be one event: same family, parties that fit, dates that agree, a plan only with a plan. */
function datesAgree(a: EventCandidate, b: EventCandidate): boolean {
  if (!compatibleDates(a.date, b.date)) return false;
  // Without a publication date, "Wednesday's call" and "a March call" are still two different days.
  if (a.dateWords && b.dateWords && a.dateWords !== b.dateWords) return false;
  if (!weakAgrees(a.weakDate, b.date) || !weakAgrees(b.weakDate, a.date)) return false;
  // What is planned and dated is not what already happened ("will be signed later this week").
  return a.planned === b.planned || (a.planned ? !a.date : !b.date);
}

function canMerge(a: EventCandidate, b: EventCandidate): boolean {
  return a.family === b.family && sameParticipants(a, b) && datesAgree(a, b);
}

function merge(into: EventCandidate, from: EventCandidate, withParticipants = true): void {
  into.sentences.push(...from.sentences.filter((s) => !into.sentences.includes(s)));
  into.trigger.push(...from.trigger);
  if (withParticipants)
    for (const [id, p] of from.participants) {
      const known = into.participants.get(id);
      if (known) known.sentences.push(...p.sentences.filter((s) => !known.sentences.includes(s)));
      else into.participants.set(id, { ...p, sentences: [...p.sentences] });
    }
  for (const [id, p] of from.places) if (!into.places.has(id)) into.places.set(id, p);
  if ((KIND.get(from.kind)?.priority ?? 0) > (KIND.get(into.kind)?.priority ?? 0)) into.kind = from.kind;
  if (!into.date || (from.date && from.date.length > into.date.length && from.date.startsWith(into.date))) {
    const before = into.date;
    into.date = morePrecise(into.date, from.date);
    if (into.date !== before) into.dateRule = from.dateRule;
  }
  into.weakDate ??= from.weakDate;
  into.planned &&= from.planned;
  into.anchors.push(...from.anchors);
  into.anniversary ??= from.anniversary;
  into.sequence ??= from.sequence;
  into.dateWords ??= from.dateWords;
}

function mergeInto(events: EventCandidate[], candidate: EventCandidate): void {
  const target = events.find((e) => canMerge(e, candidate));
  if (target) merge(target, candidate);
  else events.push(candidate);
}

/**
 * A telling that names too few parties (or only "the two leaders", "he") adds to the latest event of its family
 * that it fits, and makes none of its own. Says whether it found one.
 */
function referBack(events: EventCandidate[], candidate: EventCandidate, withParticipants: boolean): boolean {
  const target = [...events]
    .reverse()
    .find(
      (e) =>
        e.family === candidate.family &&
        datesAgree(e, candidate) &&
        (candidate.participants.size === 0 || sameParticipants(e, candidate) || !withParticipants),
    );
  if (target)
    merge(target, { ...candidate, rule: 'refers-back' }, withParticipants && sameParticipants(target, candidate));
  return !!target;
}

/** "Moscow's invasion" and "Russia's invasion of Ukraine" in one article: a lasting event told in part is the whole. */
function foldLastingSubsets(events: EventCandidate[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  const bySize = [...events].sort((a, b) => b.participants.size - a.participants.size);
  for (const e of bySize) {
    const whole = KIND.get(e.kind)?.lasting
      ? out.find((o) => o.kind === e.kind && sameParticipants(o, e) && datesAgree(o, e))
      : undefined;
    if (whole) merge(whole, e);
    else out.push(e);
  }
  return events.filter((e) => out.includes(e));
}

/** Tellings of any kinds with the very same parties, on compatible days, are one event ("appointment/meeting"). */
function mergeSameParties(events: EventCandidate[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  const key = (e: EventCandidate) => [...e.participants.keys()].sort().join('|');
  for (const e of events) {
    const twin = out.find(
      (o) =>
        e.participants.size >= 2 &&
        key(o) === key(e) &&
        // Undated tellings of different kinds may be months apart ("called today", "signed in February").
        (o.family === e.family || (!!(o.date ?? o.weakDate) && !!(e.date ?? e.weakDate))) &&
        datesAgree(o, e) &&
        o.kind !== 'invasion' &&
        e.kind !== 'invasion',
    );
    if (twin) merge(twin, e);
    else out.push(e);
  }
  return out;
}

/** "UK and India sign deal" beside "Starmer and Modi signed": states standing for their leaders join the leaders' event. */
function mergeStatesIntoLeaders(ctx: ArticleContext, events: EventCandidate[]): EventCandidate[] {
  const stateOf = (personId: string) => (ctx.roles.get(personId) ?? []).map((r) => r.holder?.id).filter(Boolean);
  return events.filter((e) => {
    const parties = [...e.participants.values()];
    if (parties.length < 2 || !parties.every((p) => p.entity.kind === 'Country')) return true;
    const target = events.find(
      (o) =>
        o !== e &&
        o.family === e.family &&
        datesAgree(o, e) &&
        parties.every((p) => [...o.participants.keys()].some((id) => stateOf(id).includes(p.entity.id))),
    );
    if (!target) return true;
    merge(target, e, false);
    return false;
  });
}

/** An undated event at a dated event's place (the signing "then" held at the summit's venue) is on that day. */
function datesFromPlaces(events: EventCandidate[]): void {
  for (const e of events) {
    if (e.date || e.planned || KIND.get(e.kind)?.lasting) continue;
    const twin = events.find(
      (o) => o !== e && o.date && o.date.length === 10 && [...o.places.keys()].some((p) => e.places.has(p)),
    );
    if (twin) {
      e.date = twin.date;
      e.dateRule = twin.dateRule === 'present-tense-lede' ? twin.dateRule : 'date-same-place';
    }
  }
}

function eventEntity(e: EventCandidate): EntityRef {
  const participants = [...e.participants.values()].map((p) => p.entity).sort((a, b) => a.id.localeCompare(b.id));
  const keyPart = participants.map((p) => p.id.split(':')[1]).join('+') || 'unknown';
  const id = `event:${e.kind}:${e.date ?? 'undated'}:${slug(keyPart).slice(0, 120)}`;
  const label = KIND.get(e.kind)?.label ?? e.kind;
  const names = participants.map((p) => p.name).join(' – ');
  const name = `${label}: ${names || 'unnamed parties'}${e.date ? `, ${e.date}` : ''}`;
  return {
    id,
    kind: 'Event',
    name,
    props: {
      kind: e.kind,
      date: e.date,
      // How the date was found: 'present-tense-lede' is the publication day standing in for "has met".
      dateRule: e.date ? e.dateRule : null,
      planned: e.planned || null,
      sequence: e.sequence ?? null,
    },
  };
}
