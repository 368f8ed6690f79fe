import { ArticleContext } from '../context';
import { Stage } from '../stage';

/**
 * Stage 17: each event as facts. The event node, with the words that told it as its aliases; PARTICIPATED_IN from
 * each party (with its role), TOOK_PLACE_IN to each place, CONCERNS to an agreement its sentences name ("signed an
 * agreement on the deployment"). Every fact carries its sentences and the rules that made it: the predicate's and
 * the argument's ("event-noun:talks/support-subject/name").
 */
export function writeEventFacts(ctx: ArticleContext): void {
  for (const event of ctx.events) {
    ctx.addEntity(event.entity);
    for (const telling of event.tellings) {
      ctx.addEntity(event.entity, telling.predicate.surface);
      ctx.mentions.push({
        sentence: telling.predicate.sentence,
        start: 0,
        end: 0,
        text: telling.predicate.surface,
        entity: event.entity,
        rule: `${telling.predicate.rule}:${telling.predicate.sense.kind}`,
      });
    }
    // One PARTICIPATED_IN per party and event, whatever role each telling gives it (the first told is kept). A party
    // or place no mention names ("the Chilean Navy" brings Chile) is an entity of the graph all the same.
    for (const p of event.participants.values()) {
      ctx.addEntity(p.entity);
      ctx.addFact('PARTICIPATED_IN', p.entity.id, event.entity.id, p.sentences, `${event.rule}/${p.rule}`, {
        role: p.role,
      });
    }
    for (const place of event.places.values()) {
      ctx.addEntity(place.entity);
      ctx.addFact('TOOK_PLACE_IN', event.entity.id, place.entity.id, place.sentences, `${event.rule}/${place.rule}`);
    }
    for (const s of event.sentences)
      for (const m of ctx.mentionsIn(s).filter((m) => m.entity.kind === 'Agreement'))
        ctx.addFact('CONCERNS', event.entity.id, m.entity.id, [s], 'agreement-in-event-sentence');
  }
}

export const eventFactsStage: Stage = {
  name: 'event-facts',
  about: 'PARTICIPATED_IN, TOOK_PLACE_IN and CONCERNS facts, each with its sentences and rules',
  run: writeEventFacts,
};
