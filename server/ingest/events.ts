import { ArticleContext, insideQuotes } from './context';
import { addDays, addYears, compatibleDates, findDates, morePrecise } from './dates';
import { slug } from './gazetteer';
import { EntityRef, Mention } from './types';

export type EventKind = 'call' | 'meeting' | 'visit' | 'invasion' | 'signing' | 'opening';

/** Words that tell an event happened. `weak` ones only refer back to an event the article already has. */
const TRIGGERS: { kind: EventKind; strong: RegExp; weak?: RegExp }[] = [
  {
    kind: 'call',
    strong:
      /\b(?:(?:phone|telephone|video)[ -](?:call|conversation|talks|contact)s?|(?<!\b(?:they|we|you|to|I|would|could|will|not|so|what)[ -])calls?\b(?!\s+(?:for|on|to|them|it|him|her|this|that)\b)|spoke (?:by|on the) (?:phone|telephone)|phoned)\b/gi,
    weak: /\b(?:conversation|spoken)\b/gi,
  },
  { kind: 'meeting', strong: /\b(?:met|meet|meeting|meetings|summit|face-to-face)\b/gi },
  { kind: 'visit', strong: /\b(?:visit|visits|visited|visiting|trip to)\b/gi },
  { kind: 'invasion', strong: /\b(?:invasion|invaded|invade|invading)\b/gi },
  { kind: 'signing', strong: /\b(?:signed|signing)\b/gi },
  { kind: 'opening', strong: /\b(?:opened|opening|unveiled|inaugurated|inauguration)\b/gi },
];

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

export interface EventCandidate {
  kind: EventKind;
  sentences: number[];
  trigger: string[];
  participants: Map<string, { entity: EntityRef; sentences: number[]; role: string }>;
  date: string | null;
  /** "the Nth anniversary of <year> <event>": dated once the other event is known. */
  anniversary?: { years: number; year: string; kind: EventKind };
  /** "the day after the invasion": dated once that event is known. */
  dayAfter?: EventKind;
  places: Map<string, { entity: EntityRef; sentences: number[] }>;
  weakOnly: boolean;
}

export interface ExtractedEvent extends EventCandidate {
  entity: EntityRef;
}

/** The clause around a trigger: "… call … since Putin launched his invasion …" has two events in two clauses. */
function clauseAround(text: string, at: number): [number, number] {
  const separators = [...text.matchAll(/;|\b(?:since|while|whereas|although)\b/gi)].map((m) => m.index!);
  const start = Math.max(0, ...separators.filter((i) => i <= at));
  const end = Math.min(text.length, ...separators.filter((i) => i > at));
  return [start, end];
}

function participantsOf(
  ctx: ArticleContext,
  sentence: number,
  kind: EventKind,
  reporters: Set<Mention>,
  at: number,
): Mention[] {
  const text = ctx.sentences[sentence];
  const [clauseStart, clauseEnd] = clauseAround(text, at);
  const mentions = ctx.mentionsIn(sentence).filter(
    (m) =>
      m.start >= clauseStart &&
      m.end <= clauseEnd &&
      (m.entity.kind === 'Person' || m.entity.kind === 'Country') &&
      !reporters.has(m) &&
      !insideQuotes(text, m.start) &&
      // Demonyms qualify someone ("Chinese President"); they are not actors themselves.
      !(
        m.entity.kind === 'Country' &&
        /^[A-Z][a-z]+(an|ese|ish|ian|i|ic)$/.test(m.text) &&
        m.via === 'gazetteer' &&
        !/^(Japan|Iran|Oman|Sudan|Pakistan|Afghanistan|Taiwan|Kazakhstan)$/.test(m.text)
      ),
  );
  if (kind === 'invasion') return invasionParties(ctx, text, mentions);
  const people = mentions.filter((m) => m.entity.kind === 'Person');
  if (people.length > 0 || kind === 'call' || kind === 'meeting' || kind === 'visit') return people;
  return mentions;
}

/** "Russia's invasion of Ukraine", "Moscow launched its invasion", "Russia invaded Ukraine": the invader and the invaded. */
function invasionParties(ctx: ArticleContext, text: string, mentions: Mention[]): Mention[] {
  const parties: Mention[] = [];
  for (const trigger of text.matchAll(/\b(?:invasion|invaded|invade|invading)\b/gi)) {
    const at = trigger.index!;
    const invader = mentions
      .filter(
        (m) => m.end <= at && at - m.end <= 40 && /^(['’]s|s)?(\s+[\p{L}-]+){0,4}\s*$/u.test(text.slice(m.end, at)),
      )
      .pop();
    const end = at + trigger[0].length;
    const invaded = mentions.find(
      (m) => m.start >= end && /^\s+(of\s+)?$/i.test(text.slice(end, m.start)) && m.entity.kind === 'Country',
    );
    // "Putin launched his invasion": the state he leads is the invader.
    const state = invader?.entity.kind === 'Person' ? ctx.roles.get(invader.entity.id)?.holderOf : undefined;
    if (invader) parties.push(state && state.kind === 'Country' ? { ...invader, entity: state } : invader);
    if (invaded) parties.push(invaded);
  }
  return parties;
}

function nearestDate(ctx: ArticleContext, sentence: number, at: number): string | null {
  const text = ctx.sentences[sentence];
  const [clauseStart, clauseEnd] = clauseAround(text, at);
  // "since February 24" dates another, earlier event.
  const dates = findDates(text, ctx.publishedAt).filter(
    (d) =>
      !insideQuotes(text, d.start) &&
      d.iso.length > 4 &&
      d.start >= clauseStart &&
      d.end <= clauseEnd &&
      !/\bsince\s+(the\s+)?$/i.test(text.slice(Math.max(0, d.start - 12), d.start)),
  );
  if (dates.length === 0) return null;
  dates.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  return dates[0].iso;
}

/** Event mentions per sentence, before they are merged into the article's events. */
export function findEventCandidates(ctx: ArticleContext, reporters: Set<Mention>): EventCandidate[] {
  const candidates: EventCandidate[] = [];
  ctx.sentences.forEach((text, sentence) => {
    for (const { kind, strong, weak } of TRIGGERS) {
      const hits = [...text.matchAll(strong)].filter((m) => !insideQuotes(text, m.index!));
      const weakHits = weak ? [...text.matchAll(weak)].filter((m) => !insideQuotes(text, m.index!)) : [];
      if (hits.length === 0 && weakHits.length === 0) continue;
      const first = hits[0] ?? weakHits[0];
      const participants = new Map<string, { entity: EntityRef; sentences: number[]; role: string }>();
      if (hits.length > 0) {
        for (const m of participantsOf(ctx, sentence, kind, reporters, first.index!)) {
          const role = kind === 'invasion' ? (m.start < first.index! ? 'invader' : 'invaded') : 'participant';
          participants.set(m.entity.id, { entity: m.entity, sentences: [sentence], role });
        }
      }
      const places = new Map<string, { entity: EntityRef; sentences: number[] }>();
      for (const m of ctx.mentionsIn(sentence)) {
        const before = text.slice(Math.max(0, m.start - 12), m.start);
        if (
          (m.entity.kind === 'Place' && /\b(in|at)\s+$/i.test(before)) ||
          (kind === 'visit' && /\b(visit|visited|visiting|trip to)\s+$/i.test(before))
        ) {
          places.set(m.entity.id, { entity: m.entity, sentences: [sentence] });
          participants.delete(m.entity.id);
        }
      }
      const candidate: EventCandidate = {
        kind,
        sentences: [sentence],
        trigger: [...hits, ...weakHits].map((m) => m[0].toLowerCase()),
        participants,
        date: nearestDate(ctx, sentence, first.index!),
        places,
        weakOnly: hits.length === 0,
      };
      const anniversary = text.match(
        /\b(\w+)\s+anniversary of\b[^.]*?\b((?:19|20)\d{2})\b[^.]*?\b(invasion|war|call|meeting|visit|signing)\b/i,
      );
      if (anniversary && ORDINALS[anniversary[1].toLowerCase()] && kind !== 'invasion') {
        const target =
          anniversary[3].toLowerCase() === 'war' ? 'invasion' : (anniversary[3].toLowerCase() as EventKind);
        candidate.anniversary = { years: ORDINALS[anniversary[1].toLowerCase()], year: anniversary[2], kind: target };
        candidate.date = null;
      }
      const dayAfter = text.match(
        /\bthe day after (?:the )?(?:beginning of the |start of the )?[^.]*?\b(invasion|war|military intervention|attack)\b/i,
      );
      if (dayAfter && kind !== 'invasion') candidate.dayAfter = 'invasion';
      candidates.push(candidate);
    }
  });
  return candidates;
}

function keyParticipants(c: EventCandidate): string[] {
  return [...c.participants.keys()].sort();
}

function canMerge(a: EventCandidate, b: EventCandidate): boolean {
  if (a.kind !== b.kind || !compatibleDates(a.date, b.date)) return false;
  const pa = keyParticipants(a);
  const pb = keyParticipants(b);
  if (pa.length === 0 || pb.length === 0) return true;
  const [small, large] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  return small.every((p) => large.includes(p));
}

function merge(into: EventCandidate, from: EventCandidate): void {
  into.sentences.push(...from.sentences.filter((s) => !into.sentences.includes(s)));
  into.trigger.push(...from.trigger);
  for (const [id, p] of from.participants) {
    const known = into.participants.get(id);
    if (known) known.sentences.push(...p.sentences);
    else into.participants.set(id, { ...p, sentences: [...p.sentences] });
  }
  for (const [id, p] of from.places) if (!into.places.has(id)) into.places.set(id, p);
  into.date = morePrecise(into.date, from.date);
  into.anniversary ??= from.anniversary;
  into.dayAfter ??= from.dayAfter;
  into.weakOnly &&= from.weakOnly;
}

/** One event per happening in the article: mentions that agree on kind, participants and date are merged. */
export function resolveEvents(ctx: ArticleContext, candidates: EventCandidate[]): ExtractedEvent[] {
  const strong = candidates.filter((c) => !c.weakOnly && c.participants.size > 0);
  const events: EventCandidate[] = [];
  for (const c of strong.sort((a, b) => b.participants.size - a.participants.size)) {
    const target = events.find((e) => canMerge(e, c));
    if (target) merge(target, c);
    else events.push(c);
  }
  // Mentions without participants ("the phone call", "Wednesday's call") refer to the article's main event of that kind.
  for (const c of candidates.filter((c) => c.weakOnly || c.participants.size === 0)) {
    const sameKind = events.filter((e) => e.kind === c.kind && compatibleDates(e.date, c.date));
    if (sameKind.length > 0) merge(sameKind.sort((a, b) => b.sentences.length - a.sentences.length)[0], c);
  }
  for (const e of events) {
    if (e.anniversary) {
      const base = events.find(
        (o) => o.kind === e.anniversary!.kind && o.date?.startsWith(e.anniversary!.year) && o.date.length === 10,
      );
      if (base?.date) e.date = addYears(base.date, e.anniversary.years);
    }
    if (e.dayAfter && !e.date) {
      const base = events.find((o) => o.kind === e.dayAfter && o.date && o.date.length === 10);
      if (base?.date) e.date = addDays(base.date, 1);
    }
  }
  for (const e of events) if (!e.date) e.date = dateFromParticipants(ctx, e);
  return events.map((e) => ({ ...e, entity: eventEntity(ctx, e) }));
}

/** "Xi told Putin on Wednesday": an undated event takes the date of a sentence where all its parties speak together. */
function dateFromParticipants(ctx: ArticleContext, e: EventCandidate): string | null {
  if (e.participants.size < 2 || e.kind === 'invasion') return null;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const text = ctx.sentences[s];
    const present = new Set(
      ctx
        .mentionsIn(s)
        .filter((m) => !insideQuotes(text, m.start))
        .map((m) => m.entity.id),
    );
    if (![...e.participants.keys()].every((id) => present.has(id))) continue;
    const verb = text.search(/\b(told|said to|spoke|talked|discussed|agreed|urged|assured|pledged)\b/i);
    if (verb < 0) continue;
    const date = nearestDate(ctx, s, verb);
    if (date) {
      if (!e.sentences.includes(s)) e.sentences.push(s);
      return date;
    }
  }
  return null;
}

const KIND_LABEL: Record<EventKind, string> = {
  call: 'Call',
  meeting: 'Meeting',
  visit: 'Visit',
  invasion: 'Invasion',
  signing: 'Signing',
  opening: 'Opening',
};

function eventEntity(ctx: ArticleContext, e: EventCandidate): ExtractedEvent['entity'] {
  const participants = [...e.participants.values()].map((p) => p.entity).sort((a, b) => a.id.localeCompare(b.id));
  const keyPart = participants.map((p) => p.id.split(':')[1]).join('+') || 'unknown';
  const id = `event:${e.kind}:${e.date ?? 'undated'}:${slug(keyPart).slice(0, 120)}`;
  const names = participants.map((p) => p.name).join(' – ');
  const name = `${KIND_LABEL[e.kind]}: ${names || 'unnamed parties'}${e.date ? `, ${e.date}` : ''}`;
  return { id, kind: 'Event', name, props: { kind: e.kind, date: e.date } };
}
