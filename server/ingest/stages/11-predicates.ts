import { ArticleContext, insideQuotes, Sentence } from '../context';
import { Predicate, Telling } from '../events';
import { eventSense, EventSense } from '../knowledge/event-lexicon';
import { CONSULT } from '../knowledge/event-taxonomy';
import { EVENT_SYNTAX } from '../knowledge/lang/en/syntax-rules';
import { Stage } from '../stage';
import { DependencyGraph } from '../syntax/graph';
import { SentenceView } from '../syntax/token-attributes';

/**
 * Stage 11: the words that name events. A verb or a noun names one when the lexicon says so (a WordNet sense of it
 * descends from an event of the taxonomy: server/ingest/knowledge/event-lexicon.ts), whatever the kind: "met",
 * "arrested", "funeral", "referendum". Read from the parse:
 * - a verb that only carries an event noun ("held talks", "paid a visit") leaves the event to the noun, which keeps
 *   the verb as its support;
 * - a noun in a compound is the compound's ("an election commission" names no event; "the signing ceremony" is a
 *   signing), but a consultation is about its modifier ("ceasefire talks" are talks);
 * - what did not happen is no event: negated ("did not meet"), wished, urged or refused ("called for talks",
 *   "refused to meet"), or only possible ("could meet");
 * - quoted words are someone's claim, a caption shows what the body tells, a dateline tells nothing.
 */

const isVerbTag = (tag: string) => /^VB/.test(tag);
const isNounTag = (tag: string, headline: boolean) => /^NNS?$/.test(tag) || (headline && /^NNPS?$/.test(tag));
const AUXILIARY = /^(?:aux|aux:pass|cop)$/;

function negated(g: DependencyGraph, i: number): boolean {
  return g
    .children(i)
    .some(
      (e) =>
        (e.relation === 'neg' || e.relation === 'advmod' || e.relation === 'det') &&
        EVENT_SYNTAX.negations.has(g.tokens[e.dependent].lemma.toLowerCase()),
    );
}

/**
 * "Chinese soldiers who fought in the Korean War", "people who died in the floods": a relative clause with no date
 * of its own that tells what a bare plural class of people did describes the class; it tells no event.
 */
function generic(view: SentenceView, i: number): boolean {
  const g = view.sentence.graph;
  if (
    !/^VB/.test(g.tokens[i].tag) ||
    g.out(i, /^(?:obl|obl:.*|advmod|nmod:tmod|obl:tmod)$/).some((j) => !!g.tokens[j].timex)
  )
    return false;
  return g
    .in(i, 'acl:relcl')
    .some(
      (noun) =>
        /^NNS$/.test(g.tokens[noun].tag) && !view.entityAt(noun) && !g.out(noun, /^(?:det|nmod:poss|nummod)$/).length,
    );
}

/**
 * "called for talks", "urged a ceasefire", "refused to meet", "could meet": a governor or modal of what is not so.
 * An occasion is no content: "rejected the amendments in a referendum" tells the referendum that held it.
 */
const OCCASION_OF_GOVERNOR = /^(?:obl|nmod):(?:in|at|during|on|after|before|since|amid|following)$/;
function irrealis(g: DependencyGraph, i: number): boolean {
  if (g.out(i, /^aux/).some((a) => EVENT_SYNTAX.irrealisGovernors.has(g.tokens[a].lemma))) return true;
  let at = [i];
  for (let hop = 0; hop < 2; hop++) {
    const up = at.flatMap((j) =>
      g
        .parents(j)
        .filter((e) => e.governor >= 0 && /^(?:xcomp|obj|obl(?::.*)?|nmod(?::.*)?|ccomp)$/.test(e.relation))
        .filter((e) => !OCCASION_OF_GOVERNOR.test(e.relation))
        .map((e) => e.governor),
    );
    if (up.some((j) => EVENT_SYNTAX.irrealisGovernors.has(g.tokens[j].lemma) || negated(g, j))) return true;
    at = up;
  }
  return false;
}

/**
 * "A key aspect of the agreement, signed on 9 November in Rarotonga, …": a participle telling of a thing already
 * named points back to the event that made it, as "the signing" would.
 */
function pointsBackThroughItsNoun(g: DependencyGraph, verb: number): boolean {
  if (g.tokens[verb].tag !== 'VBN') return false;
  // The parser may hang the participle on the phrase's head ("a key aspect of the agreement, signed …").
  return g
    .in(verb, /^acl$/)
    .flatMap((noun) => [noun, ...g.out(noun, 'nmod:of')])
    .some((noun) => definite(g, noun));
}

/** "the last visit by a Portuguese president", "the next summit": another occurrence of the kind. */
const another = (g: DependencyGraph, i: number): boolean =>
  g.out(i, 'amod').some((j) => EVENT_SYNTAX.otherOccurrence.has(g.tokens[j].lemma.toLowerCase()));

/** "the talks", "this visit", "their call": a determiner or a possessive pronoun that points back. */
function definite(g: DependencyGraph, i: number): boolean {
  if (another(g, i)) return false;
  return g
    .children(i)
    .some(
      (e) =>
        (e.relation === 'det' || e.relation === 'nmod:poss') &&
        EVENT_SYNTAX.determiners.has(g.tokens[e.dependent].lemma.toLowerCase()),
    );
}

/**
 * The verb that only carries an event noun: "held talks", "struck a pact", "arrived for a state visit". A verb
 * carries one object: a second the parser hangs on it ("held talks … on regional developments, particularly the
 * wars in Gaza") is what was talked about.
 */
function supportOf(g: DependencyGraph, noun: number): number | null {
  const carries = (v: number) => {
    const objects = g.out(v, 'obj');
    return !objects.includes(noun) || Math.min(...objects) === noun;
  };
  return (
    g
      .in(noun, /^(?:obj|nsubj:pass|nsubj|obl(?::.*)?)$/)
      .find((v) => EVENT_SYNTAX.supportVerbs.has(g.tokens[v].lemma.toLowerCase()) && carries(v)) ?? null
  );
}

interface Candidate {
  token: number;
  pos: 'VERB' | 'NOUN';
  sense: EventSense;
}

/**
 * Whether the word at `i` has what its lemma's sense needs (senseNeeds in event-syntax.json): "called the
 * agreement a first step" names, only "called Salman" is a call; "the press release" is no freeing. Any one of a
 * lemma's needs will do ("agreed on a deal", or "agreed on Thursday to …").
 */
function meetsNeeds(view: SentenceView, i: number, lemma: string, pos: 'VERB' | 'NOUN'): boolean {
  const needs = EVENT_SYNTAX.senseNeeds.filter((n) => n.lemma === lemma && n.pos === pos);
  const g = view.sentence.graph;
  return !needs.length || needs.some((n) => n.pattern.matchAll(g, view.attributes()).some((b) => b.get('e') === i));
}

function nounSense(view: SentenceView, i: number): EventSense | null {
  const t = view.sentence.tokens[i];
  const lemma = t.lemma.toLowerCase();
  const sense = eventSense(lemma, 'NOUN', { plural: /S$/.test(t.tag) });
  return sense && meetsNeeds(view, i, lemma, 'NOUN') ? sense : null;
}

function verbSense(view: SentenceView, i: number): EventSense | null {
  const g = view.sentence.graph;
  const lemma = g.tokens[i].lemma.toLowerCase();
  const particle = g.out(i, 'compound:prt').map((p) => g.tokens[p].lemma.toLowerCase())[0];
  // "received Putin", "travelled to China", "exchanged views": the verb's frame (frames in event-syntax.json) tells a
  // sense the lemma alone lacks or a more specific one than its own.
  const attributes = view.attributes();
  for (const frame of EVENT_SYNTAX.frames)
    if (frame.lemmas.has(lemma) && frame.pattern.matchAll(g, attributes).some((b) => b.get('e') === i))
      return eventSense(frame.as, 'VERB');
  const sense = eventSense(lemma, 'VERB', particle ? { particle } : undefined);
  return sense && meetsNeeds(view, i, lemma, 'VERB') ? sense : null;
}

/**
 * "a phone call", "a telephone conversation", "a virtual meeting", "spoke by phone": held at a distance, the event
 * has no place, and a conversation by telephone is a call.
 */
function remoteSense(g: DependencyGraph, i: number, sense: EventSense): EventSense {
  const around = [...g.out(i, /^(?:compound|amod|obl:by|obl:over|obl:via|nmod:by|nmod:over|obl:on|nmod:via)$/)].map(
    (j) => g.tokens[j].lemma.toLowerCase(),
  );
  if (!around.some((w) => EVENT_SYNTAX.remoteModifiers.has(w))) return sense;
  const call =
    around.some((w) => EVENT_SYNTAX.callModifiers.has(w)) && sense.family === CONSULT && sense.cameo !== '042';
  const asCall = call ? eventSense(EVENT_SYNTAX.callLemma, 'NOUN') : null;
  return Object.freeze({ ...(asCall ?? sense), remote: true });
}

/** The words that name an event in one sentence. */
export function predicatesIn(ctx: ArticleContext, s: Sentence): Predicate[] {
  const g = s.graph;
  if (!g.parsed) return [];
  const view = new SentenceView(ctx, s);
  const candidates: Candidate[] = [];
  s.tokens.forEach((t, i) => {
    if (insideQuotes(s.text, t.start)) return;
    if (isVerbTag(t.tag) && !g.parents(i).some((e) => AUXILIARY.test(e.relation))) {
      const sense = verbSense(view, i);
      if (sense) candidates.push({ token: i, pos: 'VERB', sense });
    } else if (isNounTag(t.tag, s.headline)) {
      const entity = view.entityAt(i);
      // A name is no event, but an agreement someone strikes or reaches is also the act of concluding it ("struck a
      // security pact with China").
      if (entity && !(entity.kind === 'Agreement' && supportOf(g, i) !== null)) return;
      const sense = nounSense(view, i);
      if (sense) candidates.push({ token: i, pos: 'NOUN', sense });
    }
  });
  const isEventNoun = (j: number) => candidates.some((c) => c.token === j && c.pos === 'NOUN');
  const predicates: Predicate[] = [];
  for (const c of candidates) {
    const t = s.tokens[c.token];
    let sense = c.sense;
    let rule = c.pos === 'VERB' ? 'event-verb' : 'event-noun';
    // "held talks", "paid a visit", "a meeting to be hosted by Cambodia": the noun names the event, the verb carries
    // it (as its object, or as the noun's reduced relative).
    if (
      c.pos === 'VERB' &&
      EVENT_SYNTAX.supportVerbs.has(t.lemma.toLowerCase()) &&
      (g.out(c.token, /^(?:obj|nsubj:pass(?::xsubj)?|obl(?::.*)?)$/).some(isEventNoun) ||
        g.in(c.token, /^acl(?::relcl)?$/).some(isEventNoun))
    )
      continue;
    if (c.pos === 'NOUN') {
      const heads = g.in(c.token, 'compound');
      // "an election commission": the compound names a thing; "the signing ceremony": the head event is this one.
      if (heads.length) continue;
      const modifier = g.out(c.token, 'compound').find(isEventNoun);
      // "ceasefire talks", "peace negotiations": a consultation keeps its kind, the modifier is what it is about.
      const consults = c.sense.family === CONSULT;
      if (modifier !== undefined && !consults) {
        sense = candidates.find((x) => x.token === modifier)!.sense;
        rule = 'event-noun-compound';
      }
    }
    if (negated(g, c.token) || irrealis(g, c.token) || generic(view, c.token)) continue;
    sense = remoteSense(g, c.token, sense);
    const support = c.pos === 'NOUN' ? supportOf(g, c.token) : null;
    const words = [
      ...(support !== null ? [support] : []),
      ...g.out(c.token, 'compound').filter((j) => j < c.token && !view.entityAt(j)),
      c.token,
      ...g.out(c.token, 'compound:prt'),
    ].sort((a, b) => a - b);
    predicates.push({
      sentence: s.index,
      token: c.token,
      support,
      pos: c.pos,
      sense,
      surface: words.map((j) => s.tokens[j].text).join(' '),
      definite: c.pos === 'NOUN' ? definite(g, c.token) : pointsBackThroughItsNoun(g, c.token),
      ...(c.pos === 'NOUN' && another(g, c.token) ? { another: true } : {}),
      rule,
    });
  }
  return predicates;
}

/** An excerpt cut off mid-sentence ("… Kim visited the cemetery, as reported by"): the sentence, if it is one. */
function truncatedLast(ctx: ArticleContext): Sentence | undefined {
  const last = ctx.sentences[ctx.sentences.length - 1];
  // A headline (one sentence), a caption or a dateline ends without a full stop and is no cut sentence.
  const headline = last?.headline && ctx.sentences.filter((s) => s.headline).length === 1;
  if (!last || headline || last.caption || last.dateline) return undefined;
  return !/[.!?…"”’)]\s*$/.test(last.text) ? last : undefined;
}

/** Where a cut sentence ends, the last words may be the start of anything ("Lula was elected"): told nothing. */
const CUT_WORDS = 3;

export const predicatesStage: Stage = {
  name: 'predicates',
  about: 'the verbs and nouns that name events, by the lexicon; what did not happen left out',
  run(ctx) {
    const cut = truncatedLast(ctx);
    for (const s of ctx.sentences) {
      if (s.caption || s.dateline) continue;
      for (const predicate of predicatesIn(ctx, s)) {
        if (s === cut && predicate.token >= s.tokens.length - CUT_WORDS) continue;
        ctx.tellings.push(newTelling(predicate));
      }
    }
  },
};

export function newTelling(predicate: Predicate): Telling {
  return {
    predicate,
    participants: new Map(),
    date: null,
    dateWords: null,
    places: new Map(),
    planned: false,
  };
}
