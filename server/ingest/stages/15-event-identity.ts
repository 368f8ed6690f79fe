import { ArticleContext } from '../context';
import { ArticleEvent, EventDate, governedByPredicate, kindLabel, Participant, Telling } from '../events';
import { EventSense } from '../knowledge/event-lexicon';
import { slug } from '../knowledge/gazetteer';
import { sameHappening } from '../knowledge/happening';
import { EVENT_SYNTAX } from '../knowledge/lang/en/syntax-rules';
import { Stage } from '../stage';
import { EntityRef } from '../types';

/**
 * Stage 15: one event per happening. First each telling is read against the others:
 * - a definite telling without parties ("the talks were held on Tuesday", "during the visit") has for antecedent
 *   the latest telling of its kind before it (a participle on a thing named, else the first told with parties
 *   after it);
 * - a telling with no date or place of its own, told as part of another's occasion ("held talks right after the
 *   welcome ceremony in Hanoi", "following the welcome ceremony", "on the sidelines of the meeting in Istanbul"),
 *   happened when and where that occasion (or what it refers back to) did.
 * Then tellings join in the order the article tells them: one with parties joins the event of its kind of
 * happening whose parties it shares on a compatible day, else starts one; one without parties adds its date and
 * place to its antecedent's event and makes none. Last, a headline's event joins the body's that it sums up, and
 * states join the leaders who stand for them ("Kenya and Haiti signed"; "Ruto and Henry witnessed the signing"). A
 * visit and the talks held during it stay two events, as readers and the gold keep them.
 */

const compatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);
const firm = (d: EventDate | null) => (d && !d.weak ? d.iso : null);

/** Whether every party of the event is of that kind ("Country", "Person"). */
const allParties = (e: ArticleEvent, kind: EntityRef['kind']) =>
  [...e.participants.values()].every((p) => p.entity.kind === kind);

/** Two senses that can name one happening (knowledge/happening.ts). */
export const oneHappening = (a: EventSense, b: EventSense): boolean => sameHappening(a, b);

function datesAgree(event: ArticleEvent, telling: Telling): boolean {
  if (!compatible(firm(event.date), firm(telling.date))) return false;
  if (event.dateWords && telling.dateWords && event.dateWords !== telling.dateWords) return false;
  return event.planned === telling.planned || !(firm(event.date) && firm(telling.date));
}

function sharesParties(event: ArticleEvent, telling: Telling): boolean {
  const a = [...event.participants.keys()];
  const b = [...telling.participants.keys()];
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.length > 0 && small.every((id) => large.includes(id));
}

const sameKindOfHappening = (event: ArticleEvent, telling: Telling) =>
  event.tellings.some((t) => oneHappening(t.predicate.sense, telling.predicate.sense));

function mergeParties(into: Map<string, Participant>, from: Map<string, Participant>): void {
  for (const [id, p] of from) {
    const known = into.get(id);
    if (known) known.sentences.push(...p.sentences.filter((s) => !known.sentences.includes(s)));
    else into.set(id, { ...p, sentences: [...p.sentences] });
  }
}

function better(a: EventDate | null, b: EventDate | null): EventDate | null {
  if (!a) return b;
  if (!b) return a;
  if (a.weak !== b.weak) return a.weak ? b : a;
  return b.iso.length > a.iso.length && b.iso.startsWith(a.iso) ? b : a;
}

function absorb(event: ArticleEvent, telling: Telling, withParties: boolean): void {
  if (!event.tellings.includes(telling)) event.tellings.push(telling);
  // "Putin and Tokayev discussed Kazakhstan … in a phone call": a discussion held by phone is a call; the kind
  // that says how the parties spoke names the event, whichever was told first.
  const sense = telling.predicate.sense;
  if (sense.remote && !event.sense.remote && oneHappening(event.sense, sense))
    Object.assign(event, {
      kind: sense.kind,
      family: sense.family,
      sense,
      rule: `${telling.predicate.rule}:${sense.kind}`,
    });
  if (!event.sentences.includes(telling.predicate.sentence)) event.sentences.push(telling.predicate.sentence);
  if (withParties) mergeParties(event.participants, telling.participants);
  mergeParties(event.places, telling.places);
  event.date = better(event.date, telling.date);
  event.dateWords ??= telling.dateWords;
  // "met … last week" under a present-tense headline: the time told, though it names no date, outweighs the
  // publication day the headline stands in for.
  if (event.dateWords && event.date?.weak) event.date = null;
  event.planned &&= telling.planned || !telling.date;
}

function absorbEvent(into: ArticleEvent, from: ArticleEvent): void {
  for (const t of from.tellings) absorb(into, t, true);
  mergeParties(into.participants, from.participants);
  into.date = better(into.date, from.date);
}

function startEvent(telling: Telling): ArticleEvent {
  const sense = telling.predicate.sense;
  return {
    kind: sense.kind,
    family: sense.family,
    sense,
    tellings: [telling],
    participants: new Map([...telling.participants].map(([id, p]) => [id, { ...p, sentences: [...p.sentences] }])),
    date: telling.date,
    dateWords: telling.dateWords,
    places: new Map(telling.places),
    planned: telling.planned,
    sentences: [telling.predicate.sentence],
    rule: `${telling.predicate.rule}:${sense.kind}`,
    entity: { id: '', kind: 'Event', name: '' },
  };
}

/**
 * "the talks", "during the visit": the latest telling of its kind of happening before it. A headline's telling
 * without parties ("Kazakh, Chinese Presidents hold talks") is the one the story then tells with them.
 */
function antecedents(ctx: ArticleContext, tellings: Telling[]): Map<Telling, Telling> {
  const found = new Map<Telling, Telling>();
  tellings.forEach((telling, i) => {
    if (telling.participants.size > 0) return;
    if (ctx.sentences[telling.predicate.sentence].headline) {
      const told = tellings
        .slice(i + 1)
        .find((t) => t.participants.size > 0 && oneHappening(t.predicate.sense, telling.predicate.sense));
      if (told) found.set(telling, told);
      return;
    }
    if (!telling.predicate.definite) return;
    const sameKind = (t: Telling) => t.predicate.sense.kind === telling.predicate.sense.kind;
    const sameHappening = (t: Telling) => oneHappening(t.predicate.sense, telling.predicate.sense);
    const withParties = (t: Telling) => t.participants.size > 0;
    const before = tellings.slice(0, i).reverse();
    // A participle on a thing named ("the agreement, signed on 9 November, …") may tell a happening the article
    // gives parties only further on ("Australia and Tuvalu sign the treaty"): the first of the very same kind.
    const after = telling.predicate.pos === 'VERB' ? tellings.slice(i + 1).filter(withParties) : [];
    const target =
      before.find((t) => sameKind(t) && withParties(t)) ??
      before.find((t) => sameHappening(t) && withParties(t)) ??
      after.find(sameKind) ??
      before.find(sameKind) ??
      before.find(sameHappening);
    if (target) found.set(telling, target);
  });
  return found;
}

/** "right after the welcome ceremony", "following the meeting", "on the sidelines of the summit". */
const OCCASION = /^(?:obl|nmod):(?:after|following|during|at|on|amid|before|of|in)$/;
const SIDELINES = new Set(['sideline', 'margin', 'side', 'occasion', 'eve', 'end', 'start', 'opening', 'close']);

/** Tellings of the same sentence whose occasion this telling was part of. */
function occasionsOf(ctx: ArticleContext, telling: Telling): Telling[] {
  const g = ctx.sentences[telling.predicate.sentence].graph;
  const linked = governedByPredicate(g, telling, OCCASION);
  // "on the sidelines of the meeting": one noun between.
  const through = linked.flatMap((j) => (SIDELINES.has(g.tokens[j].lemma.toLowerCase()) ? g.out(j, /^nmod:of$/) : []));
  // "amid an ongoing conflict", "during the war": what lasts is no occasion to date or place a happening by.
  return ctx.tellings.filter(
    (o) =>
      o !== telling &&
      !o.predicate.sense.lasting &&
      o.predicate.sentence === telling.predicate.sentence &&
      [...linked, ...through].includes(o.predicate.token),
  );
}

/** What was done during an occasion ("discussed during the phone call"), by the telling and its occasion. */
const DURING = /^(?:obl|nmod):(?:during|in|amid)$/;

/**
 * "During the phone call, the two leaders also discussed …": an occasion told without parties took place between
 * those who did what the sentence tells during it, when both name one happening; and what they did is part of it.
 */
function partiesFromWhatWasDone(ctx: ArticleContext): Map<Telling, Telling> {
  const partOf = new Map<Telling, Telling>();
  for (const telling of ctx.tellings) {
    if (telling.participants.size === 0) continue;
    const g = ctx.sentences[telling.predicate.sentence].graph;
    const head = telling.predicate.support ?? telling.predicate.token;
    const during = g
      .children(head)
      .filter((e) => DURING.test(e.relation))
      .map((e) => e.dependent);
    for (const occasion of ctx.tellings) {
      if (occasion.predicate.sentence !== telling.predicate.sentence || !during.includes(occasion.predicate.token))
        continue;
      // "During the visit, he met the King": talks held during a visit are an event of their own, as readers and
      // the gold keep them; only another telling of the same happening is part of it ("discussed during the call").
      if (!oneHappening(occasion.predicate.sense, telling.predicate.sense)) continue;
      if (occasion.participants.size === 0)
        for (const [id, p] of telling.participants)
          occasion.participants.set(id, { ...p, rule: `party-of-what-was-done-during-it/${p.rule}` });
      partOf.set(telling, occasion);
    }
  }
  return partOf;
}

/** A telling and those it refers back to, link after link ("the talks" → "held talks"). */
function linkChain(links: Map<Telling, Telling>, t: Telling): Telling[] {
  const chain = [t];
  for (let at = links.get(t); at && !chain.includes(at); at = links.get(at)) chain.push(at);
  return chain;
}

/** Dates and places an occasion gives the tellings told as part of it. */
function inheritFromOccasions(ctx: ArticleContext, links: Map<Telling, Telling>): void {
  const resolve = (t: Telling) => linkChain(links, t);
  for (const telling of ctx.tellings) {
    if (telling.date && telling.places.size) continue;
    for (const occasion of occasionsOf(ctx, telling).flatMap(resolve)) {
      if (!firm(telling.date) && firm(occasion.date))
        telling.date = { ...occasion.date!, rule: `date-of-occasion/${occasion.date!.rule}` };
      if (!telling.places.size && !telling.predicate.sense.remote)
        for (const [id, place] of occasion.places)
          telling.places.set(id, { ...place, rule: `place-of-occasion/${place.rule}` });
    }
  }
  // A telling without parties dates and places what it refers back to, when that has none of its own.
  for (const [telling, target] of links) {
    if (!firm(target.date) && firm(telling.date)) target.date = telling.date;
    if (!target.places.size && !target.predicate.sense.remote)
      for (const [id, place] of telling.places) target.places.set(id, place);
  }
}

/** "the AU summit", "NATO's summit": a body named as the one that holds the gathering. */
const heldByBody = (p: Participant) => p.entity.kind === 'Organization' && /^(?:name-compound|owner)\//.test(p.rule);

/**
 * A consultation, a call, talks or an agreement told with one party only cannot start an event (twoSides). A body
 * named for its members ("the foreign ministers of the G7", "ASEAN leaders") or holding the gathering ("the AU
 * summit", "NATO's summit") is more than one side.
 */
const canStart = (t: Telling) => {
  const bodies = [...t.participants.values()].some(
    (p) => heldByBody(p) || (p.entity.kind === 'Organization' && /\/group-states$/.test(p.rule)),
  );
  const sides = t.participants.size + (bodies ? 1 : 0);
  return sides >= (t.predicate.sense.cameo && EVENT_SYNTAX.twoSides.has(t.predicate.sense.cameo) ? 2 : 1);
};

/**
 * "On the sidelines of the summit, Xi had a conversation with Modi": an encounter told at an occasion that more
 * parties attended is a side event (a bilateral at a summit), not that occasion told again.
 */
function sideEvents(ctx: ArticleContext, links: Map<Telling, Telling>): Map<Telling, Telling[]> {
  // "the summit" told again without its parties stands for the telling it refers back to.
  const told = (o: Telling) => linkChain(links, o).find((t) => t.participants.size > 0) ?? o;
  const apart = new Map<Telling, Telling[]>();
  for (const telling of ctx.tellings) {
    const parties = [...telling.participants.keys()];
    const larger = occasionsOf(ctx, telling)
      .map(told)
      .filter((o) => o.participants.size > parties.length && parties.every((id) => o.participants.has(id)));
    if (parties.length && larger.length) apart.set(telling, larger);
  }
  return apart;
}

export function eventsOf(
  tellings: Telling[],
  links: Map<Telling, Telling> = new Map(),
  partOf: Map<Telling, Telling> = new Map(),
  apartFrom: Map<Telling, Telling[]> = new Map(),
): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  const eventOf = new Map<Telling, ArticleEvent>();
  const join = (telling: Telling, start: boolean) => {
    // What was done during an occasion belongs to the occasion's event.
    const whole = partOf.get(telling);
    const within = whole && eventOf.get(whole);
    if (within) {
      absorb(within, telling, true);
      eventOf.set(telling, within);
      return;
    }
    // "The last visit by a Portuguese president was in 2007": another occurrence joins none told, nor they it.
    const twin = telling.predicate.another
      ? undefined
      : events.find(
          (e) =>
            sameKindOfHappening(e, telling) &&
            sharesParties(e, telling) &&
            datesAgree(e, telling) &&
            e.tellings.every((t) => !t.predicate.another) &&
            !e.tellings.some((t) => apartFrom.get(telling)?.includes(t) || apartFrom.get(t)?.includes(telling)),
        );
    if (twin) absorb(twin, telling, true);
    else if (start) events.push(startEvent(telling));
    const event = twin ?? (start ? events[events.length - 1] : undefined);
    if (event) eventOf.set(telling, event);
  };
  // Tellings that name both sides first, in the article's order (occasions before what was done during them);
  // then those that name one, which only join.
  const parts = (t: Telling) => partOf.has(t);
  for (const telling of tellings)
    if (!parts(telling) && telling.participants.size > 0 && canStart(telling)) join(telling, true);
  for (const telling of tellings) if (parts(telling) && canStart(telling)) join(telling, true);
  for (const telling of tellings) if (telling.participants.size > 0 && !canStart(telling)) join(telling, false);
  for (const telling of tellings) {
    if (telling.participants.size > 0) continue;
    let target = links.get(telling);
    const seen = new Set<Telling>();
    while (target && !eventOf.has(target) && !seen.has(target)) {
      seen.add(target);
      target = links.get(target);
    }
    const event = target && eventOf.get(target);
    if (event && datesAgree(event, telling)) {
      absorb(event, telling, false);
      eventOf.set(telling, event);
    }
  }
  for (const e of events) e.tellings.sort((a, b) => tellings.indexOf(a) - tellings.indexOf(b));
  return events;
}

/**
 * A headline sums up the story's main event: a headline's event with the very parties of an event the body tells,
 * on a compatible day, is that event whatever word each uses ("Cambodia, Thailand Agree To Ceasefire", then
 * "Cambodia and Thailand agreed to a ceasefire").
 */
function headlineIntoBody(ctx: ArticleContext, events: ArticleEvent[]): ArticleEvent[] {
  const key = (e: ArticleEvent) => [...e.participants.keys()].sort().join('|');
  // An event the headline tells first (the body may then refer back to it: "the agreement").
  const inHeadline = (e: ArticleEvent) => ctx.sentences[e.tellings[0].predicate.sentence].headline;
  const out = events.filter((e) => !inHeadline(e));
  // The body's telling of the same kind of happening first; else another kind of the same CAMEO family ("meets"
  // for "talks"), never a lasting state nor another family ("agree to ceasefire" is not the hostilities it ends).
  // The families outside CAMEO gather distinct processes: a resignation is no election.
  for (const e of events.filter(inHeadline)) {
    const fits = (o: ArticleEvent) =>
      key(o) === key(e) && e.tellings.every((t) => datesAgree(o, t)) && o.planned === e.planned;
    const sameKind = (o: ArticleEvent) => e.tellings.some((t) => sameKindOfHappening(o, t));
    // "Russia detains U.S. journalist" over "the FSB detained Evan Gershkovich": a headline names the sides by their
    // states; when the body tells one happening of that kind on a compatible day, the headline sums it up.
    const byStates = allParties(e, 'Country');
    const sameKindAlone = out.filter(
      (o) => sameKind(o) && o.planned === e.planned && e.tellings.every((t) => datesAgree(o, t)),
    );
    const body =
      out.find((o) => fits(o) && sameKind(o)) ??
      (byStates && sameKindAlone.length === 1 ? sameKindAlone[0] : undefined) ??
      out.find(
        (o) =>
          fits(o) &&
          o.family === e.family &&
          !!o.sense.cameo &&
          !!e.sense.cameo &&
          !o.sense.lasting &&
          !e.sense.lasting,
      );
    if (body) {
      for (const t of e.tellings) absorb(body, t, true);
      body.tellings.sort((a, b) => a.predicate.sentence - b.predicate.sentence);
    } else out.push(e);
  }
  return out;
}

/** The states (or bodies) a person holds office in, as the story's roles give them. */
const officeStates = (ctx: ArticleContext, id: string): string[] => [
  ...new Set((ctx.roles.get(id) ?? []).map((r) => r.holder?.id).filter((h): h is string => !!h)),
];

/**
 * "Kenya and Haiti signed an agreement" beside "Ruto and Henry witnessed the signing ceremony": an event of states
 * and one of people of the same kind on a compatible day are one, when the people are those states' leaders (their
 * roles say so) or when the second is told definitely ("the signing ceremony"), pointing back to the first.
 */
function joinStatesAndLeaders(ctx: ArticleContext, events: ArticleEvent[]): ArticleEvent[] {
  const statesOf = (id: string) => officeStates(ctx, id);
  const allStates = (e: ArticleEvent) => allParties(e, 'Country');
  const allPeople = (e: ArticleEvent) => allParties(e, 'Person');
  const sameHappening = (a: ArticleEvent, b: ArticleEvent) =>
    a.tellings.some((t) => b.tellings.some((u) => oneHappening(t.predicate.sense, u.predicate.sense))) &&
    b.tellings.every((t) => datesAgree(a, t));
  // Each state led by one of the people; or, as many people as states, those whose office the story tells leading
  // one of them, one at least ("Presidents of Kazakhstan and China Tokayev and Xi": only Tokayev's is told), and
  // neither a plan (the ministers' dialogue a leaders' meeting "will precede" is another event).
  const leadsThem = (states: ArticleEvent, people: ArticleEvent) => {
    const stateIds = [...states.participants.keys()];
    const personIds = [...people.participants.keys()];
    if (stateIds.every((s) => personIds.some((p) => statesOf(p).includes(s)))) return true;
    const told = personIds.filter((p) => statesOf(p).length);
    return (
      !states.planned &&
      !people.planned &&
      stateIds.length === personIds.length &&
      told.length > 0 &&
      told.every((p) => statesOf(p).some((s) => stateIds.includes(s!)))
    );
  };
  const out: ArticleEvent[] = [];
  for (const e of events) {
    const target = out.find((o) => {
      if (!sameHappening(o, e) || o.participants.size < 2 || e.participants.size < 2) return false;
      const [states, people] = allStates(o) && allPeople(e) ? [o, e] : allStates(e) && allPeople(o) ? [e, o] : [];
      if (!states || !people) return false;
      const pointsBack = (people === e ? e : o).tellings.every((t) => t.predicate.definite);
      return leadsThem(states, people) || pointsBack;
    });
    if (target) absorbEvent(target, e);
    else out.push(e);
  }
  return out;
}

/**
 * "Pakistani Foreign Minister Discusses … with Turkish Counterpart by Phone" over "Dar discussed with his Turkish
 * counterpart Hakan Fidan … in a telephone call": a headline that names some sides by their states sums up the one
 * event of its kind the body tells with people, each holding office in one state, when both come to the same states.
 */
function headlineStatesIntoBody(ctx: ArticleContext, events: ArticleEvent[]): ArticleEvent[] {
  const sidesOf = (e: ArticleEvent): Set<string> | null => {
    const sides = new Set<string>();
    for (const [id, p] of e.participants) {
      const states = p.entity.kind === 'Country' ? [id] : p.entity.kind === 'Person' ? officeStates(ctx, id) : [];
      if (states.length !== 1) return null;
      sides.add(states[0]);
    }
    return sides.size >= 2 ? sides : null;
  };
  const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((id) => b.has(id));
  const inHeadline = (e: ArticleEvent) => e.tellings.every((t) => ctx.sentences[t.predicate.sentence].headline);
  const byPeople = (e: ArticleEvent) => allParties(e, 'Person');
  const out = events.filter((e) => !inHeadline(e) || byPeople(e));
  for (const e of events.filter((x) => inHeadline(x) && !byPeople(x))) {
    const sides = sidesOf(e);
    const body = sides
      ? out.filter((o) => {
          const theirs = byPeople(o) && !o.planned && !e.planned ? sidesOf(o) : null;
          const oneKind = o.tellings.some((t) =>
            e.tellings.some((u) => oneHappening(t.predicate.sense, u.predicate.sense)),
          );
          return !!theirs && same(sides, theirs) && oneKind && e.tellings.every((t) => datesAgree(o, t));
        })
      : [];
    if (body.length === 1) absorbEvent(body[0], e);
    else out.push(e);
  }
  return out;
}

/**
 * "NATO summit starts with a deal" beside "leaders gathered for the summit in Vilnius": a gathering told only by the
 * body that holds it ("the NATO summit", "the AU's summit") is the one the story tells with its members, when the
 * story tells one gathering of that kind on a compatible day (a meeting held at the summit is another event).
 */
function joinBodyGatherings(events: ArticleEvent[]): ArticleEvent[] {
  const byBody = (e: ArticleEvent) => e.participants.size > 0 && [...e.participants.values()].every(heldByBody);
  const out = events.filter((e) => !byBody(e));
  for (const e of events.filter(byBody)) {
    const same = out.filter(
      (o) => o.participants.size >= 2 && o.kind === e.kind && e.tellings.every((t) => datesAgree(o, t)),
    );
    if (same.length === 1) absorbEvent(same[0], e);
    else out.push(e);
  }
  return out;
}

export function eventEntity(e: Omit<ArticleEvent, 'entity'>): EntityRef {
  const parties = [...e.participants.values()].map((p) => p.entity).sort((a, b) => a.id.localeCompare(b.id));
  const key = parties.map((p) => p.id.split(':')[1]).join('+') || 'unknown';
  const date = e.date?.iso ?? null;
  return {
    id: `event:${slug(e.kind)}:${date ?? 'undated'}:${slug(key).slice(0, 120)}`,
    kind: 'Event',
    name: `${kindLabel(e.kind)}: ${parties.map((p) => p.name).join(' – ') || 'unnamed parties'}${date ? `, ${date}` : ''}`,
    props: {
      kind: e.kind,
      family: e.family,
      // The family's name ("Coerce"): not `familyName`, which generic captions read as a surname.
      familyLabel: e.sense.familyName,
      cameo: e.sense.cameo,
      date,
      // How the date was found: 'present-tense-lede' is the publication day standing in for "has met".
      dateRule: e.date?.rule ?? null,
      planned: e.planned || null,
      lasting: e.sense.lasting || null,
    },
  };
}

/**
 * "Pedro Soto arrived on Monday for a state visit. During the visit, he met Ana Ruiz.": the occasion ("the visit")
 * is dated and placed only once its event is known; what happened during it, with no date or place of its own,
 * takes the occasion's event's.
 */
function datesFromOccasionEvents(ctx: ArticleContext, events: ArticleEvent[]): void {
  const eventOf = (t: Telling) => events.find((e) => e.tellings.includes(t));
  for (const event of events) {
    if (firm(event.date) && event.places.size) continue;
    const occasions = event.tellings
      .flatMap((t) => occasionsOf(ctx, t))
      .map(eventOf)
      .filter((o): o is ArticleEvent => !!o && o !== event);
    for (const occasion of occasions) {
      if (!firm(event.date) && firm(occasion.date) && event.planned === occasion.planned)
        event.date = { ...occasion.date!, rule: `date-of-occasion/${occasion.date!.rule}` };
      if (!event.places.size && !event.sense.remote)
        for (const [id, place] of occasion.places)
          event.places.set(id, { ...place, rule: `place-of-occasion/${place.rule}` });
    }
  }
}

export const eventIdentityStage: Stage = {
  name: 'event-identity',
  about: 'one event per happening: tellings of one kind, parties and day join; "the talks" refers back',
  run(ctx: ArticleContext) {
    const partOf = partiesFromWhatWasDone(ctx);
    const links = antecedents(ctx, ctx.tellings);
    const apart = sideEvents(ctx, links);
    inheritFromOccasions(ctx, links);
    const events = joinBodyGatherings(
      joinStatesAndLeaders(
        ctx,
        headlineStatesIntoBody(ctx, headlineIntoBody(ctx, eventsOf(ctx.tellings, links, partOf, apart))),
      ),
    );
    datesFromOccasionEvents(ctx, events);
    ctx.events = events;
  },
};
