import { ArticleContext } from '../context';
import { governedByPredicate, Telling } from '../events';
import { gazetteer } from '../knowledge/gazetteer';
import { EVENT_SYNTAX } from '../knowledge/lang/en/syntax-rules';
import { Stage } from '../stage';
import { SentenceView } from '../syntax/token-attributes';
import { EntityRef } from '../types';

/**
 * Stage 14: where each event took place, from the place rules of event-syntax.json ("met in Moscow", "held talks
 * at the Great Hall of the People", "a visit to Vietnam", "the summit in Addis Ababa"). A place given by a common
 * noun is the name it is of ("the Malaysian city of Putrajaya", "the capital, Hanoi"); "here" is the dateline's
 * place. A call or a video meeting has no place. A state that is where a visit went is its place, not a party.
 */

const PLACE_KINDS = new Set(['Place', 'Country']);
/** Inside a place phrase: "the city of X", "the capital, X", "X's capital". */
const PLACE_PHRASE = /^(?:nmod:of|appos|compound|nmod:poss|amod)$/;

/** The place a token stands for: a name, or the name a common noun of place is of. */
function placeAt(view: SentenceView, i: number): EntityRef | undefined {
  const direct = view.entityAt(i);
  if (direct) return PLACE_KINDS.has(direct.kind) ? direct : undefined;
  const g = view.sentence.graph;
  if (!EVENT_SYNTAX.placeNouns.has(g.tokens[i].lemma.toLowerCase())) return undefined;
  const placesIn = (tokens: Iterable<number>) =>
    [...tokens].map((j) => view.entityAt(j)).filter((e): e is EntityRef => !!e && PLACE_KINDS.has(e.kind));
  // "the Red Sea city of Jeddah", "the capital, Hanoi": the place the noun is of or names, not the one its
  // modifier says it lies by.
  const named = placesIn(g.out(i, /^(?:nmod:of|appos)$/));
  if (named.length) return named[0];
  const places = placesIn([...g.reach(i, (e) => !PLACE_PHRASE.test(e.relation))].filter((j) => j !== i));
  // "the Malaysian city of Putrajaya": the city, not the country its adjective names.
  const own = places.find((e) => e.kind === 'Place') ?? places[0];
  if (own) return own;
  // "the government headquarters in Panama City": a place noun with no name of its own is where it lies.
  return placesIn(g.out(i, /^nmod:(?:in|at)$/))[0];
}

/** The place the dateline names, as the entity its own sentence mentions. */
export function datelinePlace(ctx: ArticleContext): EntityRef | undefined {
  const line = ctx.sentences.find((s) => s.dateline);
  if (!line) return undefined;
  return ctx
    .mentionsIn(line.index)
    .map((m) => m.entity)
    .find((e) => PLACE_KINDS.has(e.kind) && !gazetteer().demonyms.has(e.name.toLowerCase()));
}

function placeTelling(ctx: ArticleContext, telling: Telling): void {
  if (telling.predicate.sense.remote) return;
  const s = ctx.sentences[telling.predicate.sentence];
  const view = new SentenceView(ctx, s);
  const attributes = view.attributes(
    new Map([
      [
        telling.predicate.token,
        { pos: telling.predicate.pos, kind: telling.predicate.sense.kind, family: telling.predicate.sense.family },
      ],
    ]),
  );
  for (const rule of EVENT_SYNTAX.places)
    for (const binding of rule.pattern.matchAll(s.graph, attributes)) {
      if (binding.get('e') !== telling.predicate.token) continue;
      const at = binding.get('l')!;
      const place = s.tokens[at].lemma.toLowerCase() === 'here' ? datelinePlace(ctx) : placeAt(view, at);
      if (!place) continue;
      if (!telling.places.has(place.id))
        telling.places.set(place.id, { entity: place, role: 'place', rule: rule.name, sentences: [s.index] });
      // "visited China": where the visit went, not who took part.
      if (rule.name === 'destination-of-visit') telling.participants.delete(place.id);
    }
  for (const id of telling.places.keys()) {
    const party = telling.participants.get(id);
    // A country both place and party of an encounter ("met in China" names China once): the place.
    if (party && party.entity.kind === 'Country' && party.role === 'patient') telling.participants.delete(id);
  }
}

/** "held talks right after the welcome ceremony in Hanoi", "during the visit to Algiers": the same occasion. */
const OCCASION = /^(?:obl|nmod):(?:after|following|during|at|on|amid|before)$/;

/** An event with no place of its own, told as part of another's occasion, took place where that one did. */
function placeFromOccasion(ctx: ArticleContext, telling: Telling): void {
  if (telling.places.size || telling.predicate.sense.remote) return;
  const linked = governedByPredicate(ctx.sentences[telling.predicate.sentence].graph, telling, OCCASION);
  for (const other of ctx.tellings)
    if (other.predicate.sentence === telling.predicate.sentence && linked.includes(other.predicate.token))
      for (const [id, place] of other.places)
        telling.places.set(id, { ...place, rule: `place-of-occasion/${place.rule}` });
}

export const placesStage: Stage = {
  name: 'places',
  about: 'where each event took place: in/at phrases, the destination of a visit, "here" as the dateline',
  run(ctx) {
    for (const telling of ctx.tellings) placeTelling(ctx, telling);
    for (const telling of ctx.tellings) placeFromOccasion(ctx, telling);
  },
};
