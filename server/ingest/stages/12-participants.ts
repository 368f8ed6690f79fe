import { ArticleContext, insideQuotes, Sentence } from '../context';
import { Participant, Telling } from '../events';
import { gazetteer } from '../knowledge/gazetteer';
import { TITLES } from '../knowledge/lang/en';
import { EVENT_SYNTAX } from '../knowledge/lang/en/syntax-rules';
import { Stage } from '../stage';
import { SentenceView } from '../syntax/token-attributes';
import { EntityRef } from '../types';

/**
 * Stage 12: who takes part in each event, from the parse (the participant rules of event-syntax.json): subjects,
 * objects, "with"/"between" phrases, owners ("Putin's visit"), the subject of the verb that carries the noun ("Trong
 * held talks"), conjuncts and lists (the enhanced graph gives each conjunct its own edge). The word a rule lands on
 * becomes a party when it is a name (or a title in apposition to one), a pronoun (the person or the group just
 * named), or a plural of office or state ("the foreign ministers of Iran and Saudi Arabia": the ministers the
 * article names, else the states; "the two leaders": the parties just named).
 */

const PARTY_KINDS = new Set(['Person', 'Country', 'Organization']);
/** Relations inside a noun phrase that lead from a plural of office to what it is of. */
const GROUP_MEMBERS = /^(?:nmod:(?:of|from|poss|including|such_as)|nmod:poss|amod|compound|appos|conj(?::.*)?|nmod)$/;

interface Resolved {
  entity: EntityRef;
  rule: string;
  /** Where a pronoun's or a group's referent was named: part of the fact's evidence. */
  antecedent?: number;
}

/**
 * "he", "his": the first person the sentence names before it, else the first person the sentence before names;
 * in what one tells another ("Xi tells Putin his invasion is legitimate") the one told.
 */
function personReference(ctx: ArticleContext, s: Sentence, at: number): Resolved[] {
  const told = addresseeOf(ctx, s, at);
  if (told) return [{ entity: told, rule: 'pronoun-of-addressee' }];
  const here = ctx
    .mentionsIn(s.index)
    .filter((m) => m.entity.kind === 'Person' && m.end <= at && !insideQuotes(s.text, m.start));
  if (here.length) return [{ entity: here[0].entity, rule: 'pronoun' }];
  // "During his visit, Kim Jong Un was accompanied by …": a pronoun in a phrase fronted before the subject it names.
  const g = s.graph;
  const root = g.tokens.findIndex((_, i) => g.isRoot(i));
  const subject = root >= 0 ? g.out(root, /^nsubj/).find((j) => s.tokens[j].start > at) : undefined;
  const named =
    subject !== undefined
      ? ctx.mentionsIn(s.index).find((m) => m.start <= s.tokens[subject].start && s.tokens[subject].end <= m.end)
      : undefined;
  if (named?.entity.kind === 'Person') return [{ entity: named.entity, rule: 'pronoun-before-subject' }];
  for (let back = s.index - 1; back >= Math.max(0, s.index - 2); back--) {
    const people = ctx.mentionsIn(back).filter((m) => m.entity.kind === 'Person');
    if (people.length) return [{ entity: people[0].entity, rule: 'pronoun', antecedent: back }];
  }
  return [];
}

/**
 * The person a verb of telling addresses, when the pronoun at `at` is inside what is told; the person a verb of
 * credit or blame is about, when the pronoun owns what he is thanked or blamed for ("thanked Soto for his visit",
 * "congratulated Xi on his re-election").
 */
function addresseeOf(ctx: ArticleContext, s: Sentence, at: number): EntityRef | undefined {
  const g = s.graph;
  const i = s.tokens.findIndex((t) => t.start === at);
  if (i < 0) return undefined;
  for (const owned of g.in(i, 'nmod:poss'))
    for (const verb of g.in(owned, /^obl:(?:for|on)$/)) {
      if (!EVENT_SYNTAX.creditVerbs.has(s.tokens[verb].lemma.toLowerCase())) continue;
      // "thanked Xi for the welcome and congratulated on his re-election": the one the first verb thanked.
      const objects = [verb, ...g.in(verb, /^conj/)].flatMap((v) => g.out(v, 'obj'));
      const person = objects.map((j) => new SentenceView(ctx, s).entityAt(j)).find((e) => e?.kind === 'Person');
      if (person) return person;
    }
  for (const verb of s.tokens.keys()) {
    if (!EVENT_SYNTAX.tellingVerbs.has(s.tokens[verb].lemma.toLowerCase())) continue;
    const told = g.out(verb, /^(?:obj|iobj)$/).map((j) => new SentenceView(ctx, s).entityAt(j));
    const person = told.find((e) => e?.kind === 'Person');
    const content = g.out(verb, /^(?:ccomp|parataxis)$/);
    if (person && content.some((c) => c === i || g.dominates(c, i))) return person;
  }
  return undefined;
}

/**
 * "they", "the two leaders", "both sides": the parties of the event just told, else the two people just named. A
 * side is a state or the person who speaks for it ("Araghchi met Fidan … the two sides reviewed …"). What the
 * reference points back to comes before it: never the names later in its own sentence.
 */
function groupReference(
  ctx: ArticleContext,
  s: Sentence,
  telling: Telling,
  wanted: ('Person' | 'Country')[],
  at: number,
): Resolved[] {
  const earlier = ctx.tellings.filter(
    (t) =>
      t !== telling &&
      t.predicate.sentence >= s.index - 3 &&
      (t.predicate.sentence < s.index || (t.predicate.sentence === s.index && s.tokens[t.predicate.token].end <= at)),
  );
  for (const kind of wanted)
    for (const t of [...earlier].reverse()) {
      const parties = [...t.participants.values()].filter((p) => p.entity.kind === kind);
      if (parties.length >= 2)
        return parties.map((p) => ({ entity: p.entity, rule: 'group-reference', antecedent: p.sentences[0] }));
    }
  const seen = new Map<string, { entity: EntityRef; sentence: number }>();
  for (let back = s.index; back >= Math.max(0, s.index - 2) && seen.size < 2; back--)
    for (const m of ctx.mentionsIn(back).reverse())
      if (m.entity.kind === wanted[0] && !seen.has(m.entity.id) && (back < s.index || m.end <= at))
        seen.set(m.entity.id, { entity: m.entity, sentence: back });
  if (seen.size >= 2)
    return [...seen.values()]
      .slice(0, 2)
      .map(({ entity, sentence }) => ({ entity, rule: 'group-reference', antecedent: sentence }));
  // "The Turkish president hosted Orban …, where the two leaders signed": a side named by its state stands beside a
  // person named by name; the two are the event's two parties.
  for (const t of [...earlier].reverse()) {
    const parties = [...t.participants.values()].filter(
      (p) => p.entity.kind === 'Person' || p.entity.kind === 'Country',
    );
    const kinds = new Set(parties.map((p) => p.entity.kind));
    if (parties.length === 2 && kinds.size === 2 && wanted.includes('Person'))
      return parties.map((p) => ({ entity: p.entity, rule: 'group-reference', antecedent: p.sentences[0] }));
  }
  return [];
}

/**
 * "the foreign ministers of Iran and Saudi Arabia", "Presidents of Kazakhstan and China Kassym-Jomart Tokayev and
 * Xi Jinping", "leaders of Brazil, India and South Africa": the people the phrase names, else the office holders of
 * the states it names, else those states.
 */
function groupMembers(ctx: ArticleContext, view: SentenceView, head: number): Resolved[] {
  const g = view.sentence.graph;
  const inside = g.reach(head, (e) => !GROUP_MEMBERS.test(e.relation));
  const named = new Map<string, EntityRef>();
  // "heads of major Chinese companies": a state's adjective on another common noun names that noun's kind, not a
  // state the group is of.
  const modifiesOther = (j: number) =>
    g.in(j, 'amod').some((noun) => noun !== head && /^NN/.test(view.sentence.tokens[noun].tag) && !view.entityAt(noun));
  for (const j of [...inside].sort((a, b) => a - b)) {
    const e = view.entityAt(j);
    if (e && PARTY_KINDS.has(e.kind) && !excluded(view.sentence, j) && !modifiesOther(j)) named.set(e.id, e);
  }
  const people = [...named.values()].filter((e) => e.kind === 'Person');
  if (people.length) return people.map((entity) => ({ entity, rule: 'group-named' }));
  const states = [...named.values()].filter((e) => e.kind !== 'Person');
  const office = view.sentence.tokens[head].lemma.toLowerCase();
  // "the Dutch and Belgian leaders": a state's leader holds one of the offices that lead it.
  const fits = (title: string) =>
    EVENT_SYNTAX.leaderNouns.has(office)
      ? EVENT_SYNTAX.leaderTitles.some((t) => title.includes(t))
      : title.includes(office);
  const holders = states.flatMap((state) => {
    const found = [...ctx.roles.entries()].filter(([, roles]) =>
      roles.some((r) => r.holder?.id === state.id && fits((r.title ?? '').toLowerCase())),
    );
    return found.length === 1 ? [ctx.entities.get(found[0][0])].filter((e): e is EntityRef => !!e) : [];
  });
  if (holders.length === states.length && holders.length > 0)
    return holders.map((entity) => ({ entity, rule: 'group-office-holders' }));
  return states.map((entity) => ({ entity, rule: 'group-states' }));
}

/** "… and Russia, except Georgia": a word its own preposition names as left out (the parser may list it all the same). */
function excluded(s: Sentence, i: number): boolean {
  return s.graph.out(i, 'case').some((c) => EVENT_SYNTAX.exclusions.has(s.tokens[c].lemma.toLowerCase()));
}

/** "the China Coast Guard", "the Thai army": the state a state organ's name begins with, or the one it is of. */
function stateOfOrgan(org: EntityRef): EntityRef | undefined {
  const name = org.name.toLowerCase();
  const g = gazetteer();
  // "the Mexican embassy", "the Kenyan presidency" (stage 2's state bodies): the state it is of.
  if (org.country && [...g.stateBodies.values()].some((body) => org.name.startsWith(`${body} of `)))
    return g.countryByCode.get(org.country.toUpperCase());
  if (!EVENT_SYNTAX.stateOrgans.some((head) => name.endsWith(` ${head}`))) return undefined;
  if (org.country) return g.countryByCode.get(org.country.toUpperCase());
  const words = org.name.replace(/['’]s\b/, '').split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const state = (g.byForm.get(words.slice(0, n).join(' ').toLowerCase()) ?? []).find(
      (f) => f.entity.kind === 'Country' && f.role !== 'capital',
    );
    if (state) return state.entity;
  }
  return undefined;
}

/** Clauses that report or continue what their governor's subject says or does. */
const REPORTED_CLAUSE = /^(?:ccomp|xcomp|parataxis|advcl(?::.*)?|conj(?::.*)?)$/;

/**
 * "The Central Bank of Turkey announced on Thursday that it had raised the key rate": "it" in a clause that a body's
 * or a state's verb governs is that body or state (the nearest such subject up the clauses).
 */
function bodyReference(ctx: ArticleContext, view: SentenceView, i: number, telling: Telling): Resolved[] {
  const g = view.sentence.graph;
  const seen = new Set<number>();
  let at = g.parents(i).find((e) => e.governor >= 0)?.governor;
  for (
    ;
    at !== undefined && !seen.has(at);
    at = g.parents(at).find((e) => REPORTED_CLAUSE.test(e.relation))?.governor
  ) {
    seen.add(at);
    for (const subject of g.out(at, /^nsubj$/).filter((j) => j !== i)) {
      const bodies = partiesAt(ctx, view, subject, telling).filter(
        (r) => r.entity.kind === 'Organization' || r.entity.kind === 'Country',
      );
      if (bodies.length) return bodies.map((r) => ({ ...r, rule: `body-pronoun/${r.rule}` }));
    }
  }
  return [];
}

/**
 * "The Iraqi official … met with his Iranian counterpart": a definite singular noun for a person with one state's
 * adjective (statePersonNouns) is the one person mentioned so far whose office the story gives in that state.
 */
function officialOfState(ctx: ArticleContext, view: SentenceView, i: number): EntityRef | null {
  const g = view.sentence.graph;
  const t = view.sentence.tokens[i];
  const noun = t.lemma.toLowerCase();
  const office = EVENT_SYNTAX.statePersonOffices.has(noun);
  if (t.tag !== 'NN' || !(office || EVENT_SYNTAX.statePersonNouns.has(noun))) return null;
  // "the French president": a holder of that office; "the Turkish leader": of one of the leaders' offices.
  const fits = (title: string) =>
    !office ||
    (EVENT_SYNTAX.leaderNouns.has(noun)
      ? EVENT_SYNTAX.leaderTitles.some((x) => title.includes(x))
      : title.includes(noun));
  const states = new Map(
    g
      .out(i, 'amod')
      .map((j) => view.entityAt(j))
      .filter((e): e is EntityRef => e?.kind === 'Country')
      .map((e) => [e.id, e]),
  );
  if (states.size !== 1) return null;
  const [state] = states.keys();
  if (!g.out(i, 'det').some((j) => EVENT_SYNTAX.determiners.has(g.tokens[j].lemma.toLowerCase()))) return null;
  const mentioned = new Set<string>();
  for (let k = 0; k <= view.sentence.index; k++) for (const m of ctx.mentionsIn(k)) mentioned.add(m.entity.id);
  const holders = [...ctx.roles.entries()]
    .filter(
      ([id, roles]) =>
        mentioned.has(id) && roles.some((r) => r.holder?.id === state && fits((r.title ?? '').toLowerCase())),
    )
    .map(([id]) => ctx.entities.get(id))
    .filter((e): e is EntityRef => e?.kind === 'Person');
  return holders.length === 1 ? holders[0] : null;
}

/** The parties a token the rule landed on stands for. */
export function partiesAt(ctx: ArticleContext, view: SentenceView, i: number, telling: Telling): Resolved[] {
  const s = view.sentence;
  const g = s.graph;
  const entity = view.entityAt(i);
  if (entity?.kind === 'Organization') {
    const state = stateOfOrgan(entity);
    return [{ entity, rule: 'name' }, ...(state ? [{ entity: state, rule: 'state-of-organ' }] : [])];
  }
  if (entity?.kind === 'Person') {
    // "Germany's Olaf Henning, France's Marie Dubois and Italy's Paolo Verdi": a list the parser reads as appositions;
    // "signed by Zarif, his Turkish counterpart Mevlut Cavusoglu, and Akdag": a named person beside a noun the parser
    // made the first name's apposition is another member of the list.
    const listed = g
      .out(i, 'appos')
      .flatMap((j) => (view.entityAt(j) ? [j] : g.out(j, 'appos')))
      .map((j) => view.entityAt(j))
      .filter((e): e is EntityRef => e?.kind === 'Person' && e.id !== entity.id);
    return [{ entity, rule: 'name' }, ...listed.map((e) => ({ entity: e, rule: 'listed-name' }))];
  }
  if (entity?.kind === 'Country') {
    // "the Chile-Peru summit": a pair of states, the first a modifier of the second.
    const paired = g
      .out(i, 'compound')
      .map((j) => view.entityAt(j))
      .filter((e): e is EntityRef => e?.kind === 'Country' && e.id !== entity.id);
    return [{ entity, rule: 'name' }, ...paired.map((e) => ({ entity: e, rule: 'paired-name' }))];
  }
  if (entity) return PARTY_KINDS.has(entity.kind) ? [{ entity, rule: 'name' }] : [];
  const t = s.tokens[i];
  const word = t.text.toLowerCase();
  const lemma = t.lemma.toLowerCase();
  // "his Turkish counterpart, Hakan Fidan", "General Secretary of the CPC Central Committee and President … Xi
  // Jinping": an office names the person its phrase names.
  if (OFFICES.has(lemma) && !/S$/.test(t.tag)) {
    const named = peopleInPhrase(view, i, false);
    const found = named.length ? named : peopleInPhrase(view, i, true);
    if (found.length) return found.slice(-1).map((entity) => ({ entity, rule: 'office-phrase' }));
  }
  // "accompanied by his sister, Kim Yo Jong", "with her spokesman, Ali Reza": a common noun the name beside it names
  // (one: "two deputies, A and B, were also sworn in" is a list the plural's own reading handles).
  const beside = g
    .out(i, 'appos')
    .map((j) => view.entityAt(j))
    .find((e) => e?.kind === 'Person');
  if (beside && t.tag === 'NN') return [{ entity: beside, rule: 'appositive-name' }];
  // "Manele is a former diplomat who … travelled to China": the noun a copula says the named subject is.
  const [said] = g.out(i, 'cop').length ? g.out(i, /^nsubj$/) : [];
  const subject = said !== undefined ? view.entityAt(said) : undefined;
  if (subject && PARTY_KINDS.has(subject.kind) && t.tag.startsWith('NN'))
    return [{ entity: subject, rule: 'copular-subject' }];
  // "met Joseph Okello hours after …": a name the parser took for a modifier of the next noun.
  const modifier = g
    .out(i, 'compound')
    .map((j) => view.entityAt(j))
    .find((e) => e?.kind === 'Person');
  if (modifier && t.tag.startsWith('NN') && !OFFICES.has(lemma))
    return [{ entity: modifier, rule: 'name-as-modifier' }];
  // "the Chinese coast guard, which fired water cannons": a relative pronoun stands for the noun it follows (the
  // clause's head when the parser attached it, else the nearest noun before it).
  if (/^W(?:DT|P)$/.test(t.tag) && i > 0) {
    const clause = g.parents(i).find((e) => e.governor >= 0)?.governor;
    const head =
      (clause !== undefined ? g.in(clause, 'acl:relcl')[0] : undefined) ??
      [...Array(i).keys()].reverse().find((j) => /^NN/.test(s.tokens[j].tag));
    if (head !== undefined && head !== i)
      return partiesAt(ctx, view, head, telling).map((r) => ({ ...r, rule: `relative-pronoun/${r.rule}` }));
  }
  // "dignitaries including Ana Ruiz and Luis Vega", "mourners such as …": a plural the names it lists stand for;
  // "delegates from other countries including Ana Ruiz": the parser hangs the list on the nearer noun, whose listed
  // people are still the plural's.
  const listed = [i, ...g.out(i, /^nmod:(?:from|of)$/)]
    .flatMap((at) => g.out(at, /^nmod:(?:including|such_as)$/).map((j) => ({ at, e: view.entityAt(j) })))
    .filter(({ at, e }) => !!e && (at === i ? PARTY_KINDS.has(e.kind) : e.kind === 'Person'))
    .map(({ e }) => e as EntityRef);
  if (listed.length && /^NNP?S$/.test(t.tag)) return listed.map((entity) => ({ entity, rule: 'listed-examples' }));
  if (EVENT_SYNTAX.bodyPronouns.has(word) && t.tag === 'PRP') return bodyReference(ctx, view, i, telling);
  if (EVENT_SYNTAX.personPronouns.has(word)) return personReference(ctx, s, t.start);
  if (EVENT_SYNTAX.groupPronouns.has(word)) return groupReference(ctx, s, telling, ['Person'], t.start);
  const official = officialOfState(ctx, view, i);
  if (official) return [{ entity: official, rule: 'official-of-state' }];
  if (EVENT_SYNTAX.groupNouns.has(t.lemma.toLowerCase())) {
    const members = groupMembers(ctx, view, i);
    if (members.length) return members;
    // "security ministers from the two countries": the group its phrase names.
    const inner = [...g.reach(i, (e) => !GROUP_MEMBERS.test(e.relation))].find(
      (j) => j !== i && /^(?:country|nation|state|side|government)$/.test(s.tokens[j].lemma.toLowerCase()),
    );
    if (inner !== undefined) return groupReference(ctx, s, telling, ['Country'], t.start);
    const plural =
      /S$/.test(t.tag) ||
      /^(?:two|both|pair)$/.test(t.lemma.toLowerCase()) ||
      g.out(i, /^(?:nummod|det)$/).some((j) => /^(?:two|both|three)$/i.test(s.tokens[j].text));
    if (plural)
      return groupReference(
        ctx,
        s,
        telling,
        t.lemma === 'side'
          ? ['Country', 'Person']
          : /^(?:country|nation|state|government)$/.test(t.lemma)
            ? ['Country']
            : ['Person'],
        t.start,
      );
  }
  // "voters in Ireland", "the people of Chile": the state whose people act as a body (peopleOfState).
  if (EVENT_SYNTAX.peopleOfState.has(lemma)) {
    const state = g
      .out(i, /^nmod:(?:in|of|across)$/)
      .map((j) => view.entityAt(j))
      .find((e) => e?.kind === 'Country');
    if (state) return [{ entity: state, rule: 'people-of-state' }];
  }
  // "Ecuadorians voted", "Iraqis went to the polls": a state's people named by the plural of its demonym.
  const people = /^NNP?S$/.test(t.tag) ? gazetteer().demonyms.get(lemma) : undefined;
  if (people) return [{ entity: people, rule: 'people-of-state' }];
  // "China's military held drills", "Russia's navy fired": a state organ owned by its state acts for it.
  const owner = g
    .out(i, 'nmod:poss')
    .map((j) => view.entityAt(j))
    .find((e) => e?.kind === 'Country');
  if (owner && (EVENT_SYNTAX.stateOrgans.includes(lemma) || EVENT_SYNTAX.stateOrgans.includes(word)))
    return [{ entity: owner, rule: 'state-of-organ' }];
  // "against a Philippine resupply mission", "the Chinese delegation": the state a common noun's adjective names;
  // "Chinese and Philippine troops": each of the conjoined adjectives' states.
  const states = new Map(
    g
      .out(i, /^(?:amod|compound)$/)
      .map((j) => view.entityAt(j))
      .filter((e): e is NonNullable<typeof e> => e?.kind === 'Country')
      .map((e) => [e.id, e]),
  );
  if (!states.size || !/^NN/.test(t.tag)) return [];
  return [...states.values()].map((entity) => ({ entity, rule: 'state-of-modifier' }));
}

/** Office words (the last word of each title the language pack knows: president, minister, secretary …). */
const OFFICES = new Set([
  ...TITLES.offices.map((o) =>
    o
      .split(/[\s-]+/)
      .pop()!
      .toLowerCase(),
  ),
  ...Object.keys(TITLES.abbreviations).map((a) => a.toLowerCase()),
  ...EVENT_SYNTAX.groupNouns,
]);
/** Inside an office's phrase: "Secretary … and President of … Xi Jinping", "counterpart, Hakan Fidan". */
const PHRASE = /^(?:appos|compound|flat|nmod:of|nmod:poss|amod|nmod|dep)$/;

function peopleInPhrase(view: SentenceView, head: number, acrossConjuncts: boolean): EntityRef[] {
  const g = view.sentence.graph;
  const inside = g.reach(head, (e) => !(PHRASE.test(e.relation) || (acrossConjuncts && /^conj/.test(e.relation))));
  const people = new Map<string, EntityRef>();
  for (const j of [...inside].sort((a, b) => a - b)) {
    const e = view.entityAt(j);
    if (e?.kind === 'Person') people.set(e.id, e);
  }
  return [...people.values()];
}

export function addParticipant(telling: Telling, p: Participant): void {
  if (!telling.participants.has(p.entity.id)) telling.participants.set(p.entity.id, p);
}

function participantsOf(ctx: ArticleContext, telling: Telling): void {
  const s = ctx.sentences[telling.predicate.sentence];
  const view = new SentenceView(ctx, s);
  const events = new Map([
    [telling.predicate.token, { pos: telling.predicate.pos, kind: telling.predicate.sense.kind }],
  ]);
  const attributes = view.attributes(events);
  for (const rule of EVENT_SYNTAX.participants) {
    if (rule.notLasting && telling.predicate.sense.lasting) continue;
    for (const binding of rule.pattern.matchAll(s.graph, attributes)) {
      if (binding.get('e') !== telling.predicate.token) continue;
      if (rule.when === 'support' && binding.get('v') !== telling.predicate.support) continue;
      const at = binding.get('p');
      if (at === undefined || excluded(s, at)) continue;
      for (const party of partiesAt(ctx, view, at, telling))
        addParticipant(telling, {
          entity: party.entity,
          role: rule.role,
          rule: `${rule.name}/${party.rule}`,
          sentences:
            party.antecedent !== undefined && party.antecedent !== s.index ? [s.index, party.antecedent] : [s.index],
        });
    }
  }
}

export const participantsStage: Stage = {
  name: 'participants',
  about: 'who takes part in each event: subjects, objects, with/between phrases, owners, lists, pronouns, groups',
  run(ctx) {
    for (const telling of ctx.tellings) participantsOf(ctx, telling);
  },
};
