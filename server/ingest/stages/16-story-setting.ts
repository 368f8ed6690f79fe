import { ArticleContext } from '../context';
import { ArticleEvent } from '../events';
import { EVENT_SYNTAX } from '../knowledge/lang/en/syntax-rules';
import { CONSULT } from '../knowledge/event-taxonomy';
import { Stage } from '../stage';
import { SentenceView } from '../syntax/token-attributes';
import { EntityRef } from '../types';
import { eventEntity } from './15-event-identity';
import { datelinePlace } from './14-places';

/**
 * Stage 16: what the story's own frame says of the events its sentences leave without a date or a place.
 * - News reports what is new: an event told in the past with no date of its own ("made a visit to a cemetery, as
 *   reported on Wednesday", "during an AU summit") happened in the month of publication, a weak date any explicit
 *   one overrides; not a plan, not a lasting state, not what the past perfect sets back ("had met").
 * - A story filed from where it happened says so in its dateline: an event of the publication's days (or the
 *   dateline's) told without a place, not a call, took place at the dateline's place, when that place is in a state
 *   the event's parties belong to (a Washington dateline does not place a prisoner exchange between Russia and
 *   Ukraine; an agency's copy filed in Amman does not place talks in Malaysia), or when the dateline opens the very
 *   sentence that tells it ("PUTRAJAYA: Cambodia and Thailand have agreed to a ceasefire").
 * A plan told with no day is dropped (an intention, not a happening) unless it is an encounter of named parties.
 * Then each event gets its node: id, name, kind, family, date and how it was found.
 */

const DAY = 86_400_000;

/** "third", "15th" → 3, 15 (the ordinals the language pack lists, or digits). */
function ordinal(word: string): number | null {
  const named = EVENT_SYNTAX.ordinals.get(word.toLowerCase());
  if (named) return named;
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(word);
  return digits ? Number(digits[1]) : null;
}

/** `2022-02-24` + 3 years → `2025-02-24` (29 February falls back to the 28th). */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/**
 * "The phone call coincided with the third anniversary of Moscow's 2022 invasion": an event without a firm date on
 * the anniversary of a dated one falls that many years after it, to the day.
 */
function anniversary(ctx: ArticleContext, event: ArticleEvent): void {
  if (event.date && !event.date.weak) return;
  for (const telling of event.tellings) {
    const s = ctx.sentences[telling.predicate.sentence];
    const here = ctx.tellings.filter((t) => t.predicate.sentence === s.index);
    const attributes = new SentenceView(ctx, s).attributes(
      new Map(here.map((t) => [t.predicate.token, { pos: t.predicate.pos, kind: t.predicate.sense.kind }])),
    );
    for (const rule of EVENT_SYNTAX.anniversaries)
      for (const b of rule.pattern.matchAll(s.graph, attributes)) {
        if (b.get('e') !== telling.predicate.token) continue;
        const years = ordinal(s.tokens[b.get('n')!].text);
        const base = ctx.events.find(
          (o) =>
            o !== event && o.tellings.some((t) => t.predicate.sentence === s.index && t.predicate.token === b.get('o')),
        );
        if (!years || !base?.date || base.date.weak || base.date.iso.length < 10) continue;
        event.date = { iso: addYears(base.date.iso, years), rule: rule.name, weak: false };
        return;
      }
  }
}
/** How far from publication an event still happened "on the day" of the story. */
const STORY_DAYS = 2;

/** The day a dateline gives ("HANOI, Dec. 12 (Xinhua)"), as SUTime read it against the publication date. */
function datelineDay(ctx: ArticleContext): string | null {
  const line = ctx.sentences.find((s) => s.dateline);
  const value = line?.tokens.map((t) => t.timex).find((v) => v && /^\d{4}-\d{2}-\d{2}/.test(v));
  return value ? value.slice(0, 10) : null;
}

/**
 * "HANOI, Dec. 12 (Xinhua) -- … In his meeting with Xi, …": an event the lede tells without a day of its own (or
 * only the publication day a present tense stands for) happened on the day the story was filed.
 */
function storyDay(ctx: ArticleContext, event: ArticleEvent, day: StoryDay, lede: Set<number>): void {
  if (event.planned || event.sense.lasting || event.dateWords || (event.date && !event.date.weak)) return;
  if (!lede.has(event.tellings[0].predicate.sentence)) return;
  event.date = { iso: day.iso, rule: day.rule, weak: true };
}

interface StoryDay {
  iso: string;
  rule: 'dateline-day' | 'dateline-publication-day';
}

/**
 * The day a datelined story was filed: the dateline's own day, else ("XI'AN. KAZINFORM –", "MANILA (AP) —") the
 * publication day, since a wire story carries a dateline when it is filed from where the news happened, that day.
 */
function storyFiled(ctx: ArticleContext): StoryDay | null {
  const own = datelineDay(ctx);
  if (own) return { iso: own, rule: 'dateline-day' };
  const published = ctx.publishedAt;
  if (!published || published.length < 10 || !ctx.sentences.some((s) => s.dateline)) return null;
  return { iso: published.slice(0, 10), rule: 'dateline-publication-day' };
}

function publicationMonth(ctx: ArticleContext, event: ArticleEvent): void {
  const published = ctx.publishedAt;
  // A date the text gives that nothing resolves ("last week" across two months, "Wednesday" undated) is not
  // the publication's.
  if (event.date || event.dateWords || event.planned || event.sense.lasting || !published || published.length < 7)
    return;
  const backgrounded = event.tellings.every((t) => {
    const g = ctx.sentences[t.predicate.sentence].graph;
    const head = t.predicate.support ?? t.predicate.token;
    return g.out(head, /^aux/).some((a) => g.tokens[a].tag === 'VBD' && g.tokens[a].lemma === 'have');
  });
  if (!backgrounded) event.date = { iso: published.slice(0, 7), rule: 'publication-month', weak: true };
}

/** The states an event's parties belong to: its states, the states of its people's offices and of its bodies. */
function statesOf(ctx: ArticleContext, event: ArticleEvent): Set<string> {
  const codes = new Set<string>();
  for (const p of event.participants.values()) {
    if (p.entity.country) codes.add(p.entity.country);
    for (const role of ctx.roles.get(p.entity.id) ?? []) if (role.holder?.country) codes.add(role.holder.country);
  }
  return codes;
}

/** Whether the event lies within the story's days: around the day the dateline gives, or the publication's. */
function onTheStoryDay(ctx: ArticleContext, event: ArticleEvent): boolean {
  const days = [datelineDay(ctx), ctx.publishedAt?.slice(0, 10)].filter((d): d is string => !!d && d.length === 10);
  if (!event.date || event.date.iso.length < 10) return false;
  return days.some((day) => Math.abs(Date.parse(event.date!.iso) - Date.parse(day)) <= STORY_DAYS * DAY);
}

/**
 * A city the gazetteers know other than the dateline's (a venue is not: "the Great Hall of the People" lies within a
 * Beijing dateline), and outside the dateline's country when the dateline names one ("Ethiopia: … Addis Ababa").
 */
const anotherCity = (other: EntityRef, dateline: EntityRef) =>
  other.id !== dateline.id &&
  other.kind === 'Place' &&
  !!other.country &&
  (dateline.kind !== 'Country' || other.country !== dateline.country);

/**
 * "TEHRAN (MNA) – Iran and Turkey signed two documents on Thursday … the delegations held the high council meeting
 * today in Ankara": the story itself places the day's encounter of the same parties elsewhere than where it was
 * filed, so the dateline says nothing of where the rest of that day happened.
 */
function placedElsewhere(ctx: ArticleContext, event: ArticleEvent, place: EntityRef): boolean {
  return ctx.events.some(
    (o) =>
      o !== event &&
      o.date?.iso === event.date?.iso &&
      [...o.participants.keys()].some((id) => event.participants.has(id)) &&
      [...o.places.values()].some((p) => !p.rule.startsWith('dateline') && anotherCity(p.entity, place)),
  );
}

function datelineSetting(ctx: ArticleContext, event: ArticleEvent, place: EntityRef): void {
  if (event.places.size || event.sense.remote || event.sense.lasting || !onTheStoryDay(ctx, event)) return;
  const line = ctx.sentences.find((s) => s.dateline)!;
  // "PUTRAJAYA: Cambodia and Thailand have agreed to a ceasefire": the news the dateline opens on is what the
  // reporter was there for, wherever its parties come from.
  const opened = event.tellings.some((t) => t.predicate.sentence === line.index + 1);
  const states = statesOf(ctx, event);
  const country = place.country ?? null;
  if (!opened && states.size && (!country || !states.has(country))) return;
  if (placedElsewhere(ctx, event, place)) return;
  event.places.set(place.id, { entity: place, role: 'place', rule: 'dateline', sentences: [line.index] });
}

/**
 * "Kenya agreed to deploy police officers", "she will host an event": a plan with no day is an intention, not a
 * happening a reader can place on a timeline. An announced encounter of named parties ("the ministers will hold
 * their dialogue after the leaders' meeting") is followed as news all the same.
 */
function intention(event: ArticleEvent): boolean {
  if (!event.planned || event.date || event.dateWords) return false;
  return !(event.family === CONSULT && event.participants.size >= 2);
}

export const storySettingStage: Stage = {
  name: 'story-setting',
  about: 'undated news in the month of publication; the day’s events at the dateline’s place; each event’s node',
  run(ctx) {
    const place = datelinePlace(ctx);
    for (const event of ctx.events) anniversary(ctx, event);
    const day = storyFiled(ctx);
    const lede = new Set(
      ctx.sentences
        .filter((s) => !s.caption && !s.dateline)
        .slice(0, 4)
        .map((s) => s.index),
    );
    if (day) for (const event of ctx.events) storyDay(ctx, event, day, lede);
    for (const event of ctx.events) {
      publicationMonth(ctx, event);
      if (place) datelineSetting(ctx, event, place);
    }
    ctx.events = ctx.events.filter((e) => !intention(e)).map((e) => ({ ...e, entity: eventEntity(e) }));
  },
};
