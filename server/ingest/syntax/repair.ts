import { Dependency, NlpToken } from '../../nlp/types';

/**
 * Where the parser gives up it leaves an unlabelled `dep` edge, and two such failures recur in news prose:
 * - a name right after the noun that describes it, with no comma ("received his French counterpart Emmanuel
 *   Macron"): the name is that noun's appositive, as it would be with a comma;
 * - a noun phrase cut from its verb by a fronted date or place ("held on Thursday at the headquarters, talks with
 *   …", "began Thursday afternoon a three-day visit"): hung on the comma or the date, it is the verb's object when
 *   the verb has none.
 * The graph is left as it was everywhere else.
 */

const NAME = /^NNPS?$/;
const COMMON_NOUN = /^NNS?$/;
const NOUN = /^NN/;
const PUNCTUATION = /^[,:]$/;

/** The tokens that govern an object: a misread noun becomes the object only of a verb that has none. */
const objectGovernors = (deps: Dependency[]) => new Set(deps.filter(([, r]) => r === 'obj').map(([g]) => g));

/** The first verb above token i by its first governors, or -1. */
function verbAbove(tokens: NlpToken[], governorOf: Map<number, number>, i: number): number {
  const seen = new Set<number>();
  for (let at = governorOf.get(i) ?? -1; at >= 0 && !seen.has(at); at = governorOf.get(at) ?? -1) {
    seen.add(at);
    if (/^VB/.test(tokens[at].tag)) return at;
  }
  return -1;
}

export function repairUnlabelled(tokens: NlpToken[], deps: Dependency[]): Dependency[] {
  if (!deps.some(([, relation]) => relation === 'dep')) return deps;
  const governorOf = new Map<number, number>();
  for (const [governor, , dependent] of deps) if (!governorOf.has(dependent)) governorOf.set(dependent, governor);
  const hasObject = objectGovernors(deps);
  return deps.map((dep): Dependency => {
    const [governor, relation, dependent] = dep;
    if (relation !== 'dep' || governor < 0) return dep;
    const g = tokens[governor];
    const d = tokens[dependent];
    const between = tokens.slice(governor + 1, dependent);
    if (
      COMMON_NOUN.test(g.tag) &&
      NAME.test(d.tag) &&
      dependent > governor &&
      between.every((t) => t.tag === ',' || NAME.test(t.tag))
    )
      return [governor, 'appos', dependent];
    const cut = PUNCTUATION.test(g.tag) || (NOUN.test(g.tag) && !!g.timex);
    if (cut && NOUN.test(d.tag) && !d.timex) {
      const verb = verbAbove(tokens, governorOf, governor);
      if (verb >= 0 && verb < dependent && !hasObject.has(verb)) {
        hasObject.add(verb);
        return [verb, 'obj', dependent];
      }
    }
    return dep;
  });
}

/**
 * "adopted a package of sanctions", "held a new round of talks": a noun that only counts or groups what its "of"
 * names (the language pack's quantities) hands its place in the sentence to that noun, which keeps it as a
 * quantifier (`det:qmod`, as Universal Dependencies writes "a lot of"). Every other edge is left as it was.
 */
export function repairQuantities(
  tokens: NlpToken[],
  deps: Dependency[],
  quantities: ReadonlySet<string>,
): Dependency[] {
  const counted = new Map<number, number>();
  for (const [governor, relation, dependent] of deps)
    if (
      relation === 'nmod:of' &&
      governor >= 0 &&
      COMMON_NOUN.test(tokens[governor].tag) &&
      quantities.has(tokens[governor].lemma.toLowerCase()) &&
      NOUN.test(tokens[dependent].tag) &&
      !tokens[dependent].timex
    )
      counted.set(governor, dependent);
  if (!counted.size) return deps;
  return deps.map(([governor, relation, dependent]): Dependency => {
    const noun = counted.get(dependent);
    if (noun !== undefined && governor !== noun) return [governor, relation, noun];
    if (counted.get(governor) === dependent && relation === 'nmod:of') return [dependent, 'det:qmod', governor];
    return [governor, relation, dependent];
  });
}

/** The tags a speaker's phrase may open with, right after an inverted verb ("said the ministry's spokesman Ali"). */
const SPEAKER_PHRASE = /^(?:DT|PRP\$|JJ|NNP?S?|POS)$/;
/** What ends a quote or a clause right before an inverted verb: a comma or a closing quotation mark. */
const BEFORE_INVERSION = /^(?:,|'')$/;

/**
 * "Police arrested Alamgir late Sunday, said Faruk Hossain, a police official": after a comma a verb that credits a
 * quote or a report (the language pack's quotativeInversion) puts its speaker after it, and the parser reads the
 * speaker as its object and the clause's own object (Alamgir) as its subject. The speaker becomes the verb's subject;
 * the misread name goes back to the clause the verb hangs from, as its object when it has none. Every other edge is
 * left as it was.
 */
export function repairQuotativeInversion(
  tokens: NlpToken[],
  deps: Dependency[],
  verbs: ReadonlySet<string>,
): Dependency[] {
  const fixes = new Map<number, { speaker: number; misread: number | null; clause: number | null }>();
  tokens.forEach((t, v) => {
    if (v === 0 || !/^VB[DZP]?$/.test(t.tag) || !verbs.has(t.lemma.toLowerCase())) return;
    if (!BEFORE_INVERSION.test(tokens[v - 1].tag)) return;
    const object = deps.find(([g, r, d]) => g === v && r === 'obj' && d > v);
    if (!object || !tokens.slice(v + 1, object[2]).every((w) => SPEAKER_PHRASE.test(w.tag))) return;
    const subject = deps.find(([g, r, d]) => g === v && r === 'nsubj' && d < v);
    const clause = deps.find(([g, r, d]) => d === v && /^(?:ccomp|parataxis)$/.test(r) && g >= 0 && g < v);
    fixes.set(v, { speaker: object[2], misread: subject?.[2] ?? null, clause: clause?.[0] ?? null });
  });
  if (!fixes.size) return deps;
  const hasObject = objectGovernors(deps);
  return deps.map(([governor, relation, dependent]): Dependency => {
    const fix = fixes.get(governor);
    if (!fix) return [governor, relation, dependent];
    if (relation === 'obj' && dependent === fix.speaker) return [governor, 'nsubj', dependent];
    if (relation !== 'nsubj' || dependent !== fix.misread) return [governor, relation, dependent];
    if (fix.clause !== null && fix.clause < dependent && !hasObject.has(fix.clause)) {
      hasObject.add(fix.clause);
      return [fix.clause, 'obj', dependent];
    }
    return [governor, 'dep', dependent];
  });
}

/**
 * "Ruiz and Soto discussed trade in a telephone call on Thursday, Chile's presidency said": the parser often makes
 * the closing attribution the sentence's root and hangs on its verb the phrases that come before the comma ("in a
 * telephone call", "on Thursday"). Those belong to the reported clause: when a reporting verb (the language pack's
 * quotativeInversion verbs) follows a comma and its subject, and governs an earlier verb, its prepositional and time
 * phrases before that comma move to the earlier verb. Every other edge is left as it was.
 */
export function repairFinalAttribution(
  tokens: NlpToken[],
  deps: Dependency[],
  verbs: ReadonlySet<string>,
): Dependency[] {
  const moves = new Map<number, { clause: number; comma: number }>();
  tokens.forEach((t, v) => {
    if (!/^VB[DZP]$/.test(t.tag) || !verbs.has(t.lemma.toLowerCase())) return;
    const comma = tokens
      .slice(0, v)
      .map((w) => w.tag)
      .lastIndexOf(',');
    if (comma < 1 || !deps.some(([g, r, d]) => g === v && r === 'nsubj' && d > comma && d < v)) return;
    // The subject phrase alone stands between the comma and the verb.
    if (tokens.slice(comma + 1, v).some((w) => /^VB/.test(w.tag))) return;
    const clause = deps.find(([g, r, d]) => g === v && /^(?:dep|ccomp|parataxis)$/.test(r) && d < comma)?.[2];
    if (clause !== undefined && /^VB/.test(tokens[clause].tag)) moves.set(v, { clause, comma });
  });
  if (!moves.size) return deps;
  return deps.map(([governor, relation, dependent]): Dependency => {
    const move = moves.get(governor);
    if (move && dependent < move.comma && dependent > move.clause && /^(?:obl|nmod|advmod)(?::.*)?$/.test(relation))
      return [move.clause, relation.replace(/^nmod/, 'obl'), dependent];
    return [governor, relation, dependent];
  });
}

/**
 * "Pedro Soto was laid to rest on Monday in Lima": the parser makes the idiom's last word ("rest") an open complement
 * of its own and hangs the day and the place on it. For an idiom the language pack lists (head and complement lemmas,
 * as "lay rest"), the complement's oblique and adverbial phrases move to the head verb, which names the event.
 */
export function repairIdiomComplements(
  tokens: NlpToken[],
  deps: Dependency[],
  idioms: ReadonlySet<string>,
): Dependency[] {
  const headOf = new Map<number, number>();
  for (const [governor, relation, dependent] of deps)
    if (
      relation === 'xcomp' &&
      governor >= 0 &&
      idioms.has(`${tokens[governor].lemma.toLowerCase()} ${tokens[dependent].lemma.toLowerCase()}`)
    )
      headOf.set(dependent, governor);
  if (!headOf.size) return deps;
  return deps.map(([governor, relation, dependent]): Dependency => {
    const head = headOf.get(governor);
    return head !== undefined && /^(?:obl|advmod)(?::.*)?$/.test(relation)
      ? [head, relation, dependent]
      : [governor, relation, dependent];
  });
}

/**
 * "was sworn in on Wednesday to serve a sixth term": the parser reads the date as the subject of the infinitive
 * after it and its preposition as that clause's marker. A date (a token SUTime dated) that is the subject of a clause
 * whose marker is the preposition just before it hangs, with that preposition, on the verb the clause hangs from.
 */
export function repairDateAsSubject(tokens: NlpToken[], deps: Dependency[]): Dependency[] {
  const moves = new Map<number, { clause: number; head: number; preposition: number }>();
  for (const [clause, relation, date] of deps) {
    if (relation !== 'nsubj' || clause < 0 || !tokens[date].timex || date === 0) continue;
    const preposition = date - 1;
    if (!deps.some(([g, r, d]) => g === clause && r === 'mark' && d === preposition)) continue;
    const up = deps.find(([g, r, d]) => d === clause && g >= 0 && /^(?:advcl(?::.*)?|xcomp)$/.test(r));
    if (up && tokens[preposition].tag === 'IN') moves.set(date, { clause, head: up[0], preposition });
  }
  if (!moves.size) return deps;
  const byPreposition = new Map([...moves].map(([date, m]) => [m.preposition, date]));
  return deps.map(([governor, relation, dependent]): Dependency => {
    const move = moves.get(dependent);
    if (move && governor === move.clause && relation === 'nsubj')
      return [move.head, `obl:${tokens[move.preposition].lemma.toLowerCase()}`, dependent];
    const date = byPreposition.get(dependent);
    if (date !== undefined && relation === 'mark' && governor === moves.get(date)!.clause)
      return [date, 'case', dependent];
    return [governor, relation, dependent];
  });
}

/**
 * "India, the US and Japan started their naval exercises in the Bay of Bengal aimed at greater cooperation": the
 * parser reads the object as the subject of the participle after it and leaves that participle an unlabelled
 * dependent of the verb. When a verb without an object has such a participle (VBN) whose subject stands between
 * them, the noun is the verb's object and the participle its reduced relative.
 */
export function repairReducedRelative(tokens: NlpToken[], deps: Dependency[]): Dependency[] {
  const hasObject = objectGovernors(deps);
  const fixes = new Map<number, { verb: number; noun: number }>();
  for (const [verb, relation, participle] of deps) {
    if (relation !== 'dep' || verb < 0 || !/^VB/.test(tokens[verb].tag) || tokens[participle].tag !== 'VBN') continue;
    if (hasObject.has(verb)) continue;
    const subject = deps.find(([g, r, d]) => g === participle && r === 'nsubj' && d > verb && d < participle);
    if (subject && COMMON_NOUN.test(tokens[subject[2]].tag)) {
      fixes.set(participle, { verb, noun: subject[2] });
      hasObject.add(verb);
    }
  }
  if (!fixes.size) return deps;
  return deps.map(([governor, relation, dependent]): Dependency => {
    const asSubject = fixes.get(governor);
    if (asSubject && relation === 'nsubj' && dependent === asSubject.noun) return [asSubject.verb, 'obj', dependent];
    const asDep = fixes.get(dependent);
    if (asDep && relation === 'dep' && governor === asDep.verb) return [asDep.noun, 'acl', dependent];
    return [governor, relation, dependent];
  });
}
