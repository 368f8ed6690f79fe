import { ArticleContext } from '../context';
import { ArticleEvent } from '../events';
import { Stage } from '../stage';
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
 *   Ukraine; an agency's copy filed in Amman does not place talks in Malaysia).
 * Then each event gets its node: id, name, kind, family, date and how it was found.
 */

const DAY = 86_400_000;
/** How far from publication an event still happened "on the day" of the story. */
const STORY_DAYS = 2;

function publicationMonth(ctx: ArticleContext, event: ArticleEvent): void {
  const published = ctx.publishedAt;
  if (event.date || event.planned || event.sense.lasting || !published || published.length < 7) return;
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

function onTheStoryDay(ctx: ArticleContext, event: ArticleEvent): boolean {
  const published = ctx.publishedAt;
  if (!event.date || event.date.iso.length < 10 || !published || published.length < 10) return false;
  return Math.abs(Date.parse(event.date.iso) - Date.parse(published.slice(0, 10))) <= STORY_DAYS * DAY;
}

function datelineSetting(ctx: ArticleContext, event: ArticleEvent, place: EntityRef): void {
  if (event.places.size || event.sense.remote || event.sense.lasting || !onTheStoryDay(ctx, event)) return;
  const states = statesOf(ctx, event);
  const country = place.country ?? null;
  if (states.size && (!country || !states.has(country))) return;
  const line = ctx.sentences.find((s) => s.dateline)!;
  event.places.set(place.id, { entity: place, role: 'place', rule: 'dateline', sentences: [line.index] });
}

export const storySettingStage: Stage = {
  name: 'story-setting',
  about: 'undated news in the month of publication; the day’s events at the dateline’s place; each event’s node',
  run(ctx) {
    const place = datelinePlace(ctx);
    for (const event of ctx.events) {
      publicationMonth(ctx, event);
      if (place) datelineSetting(ctx, event, place);
    }
    ctx.events = ctx.events.map((e) => ({ ...e, entity: eventEntity(e) }));
  },
};
