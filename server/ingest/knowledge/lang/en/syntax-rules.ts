import { z } from 'zod';
import { Semgrex } from '../../../syntax/semgrex';
import data from './event-syntax.json';

/** event-syntax.json, validated and compiled once: its word lists as sets, its rules as Semgrex patterns. */

const words = z.object({ why: z.string().min(10), lemmas: z.array(z.string().min(1)).min(1) });
const rule = z.object({
  match: z.string().min(3),
  reason: z.string().min(10),
  role: z.string().optional(),
  rule: z.string().optional(),
  when: z.literal('support').optional(),
});

const schema = z.object({
  note: z.string(),
  supportVerbs: words,
  irrealis: z.object({ why: z.string(), governors: z.array(z.string()), negations: z.array(z.string()) }),
  planned: z.object({
    why: z.string(),
    auxiliaries: z.array(z.string()),
    governors: z.array(z.string()),
    modifiers: z.array(z.string()),
  }),
  definite: z.object({ why: z.string(), determiners: z.array(z.string()), otherOccurrence: z.array(z.string()) }),
  exclusions: words,
  groupNouns: words,
  leaders: z.object({ why: z.string(), nouns: z.array(z.string()), titles: z.array(z.string()) }),
  placeNouns: words,
  pronouns: z.object({
    why: z.string(),
    person: z.array(z.string()),
    group: z.array(z.string()),
    body: z.array(z.string()),
    tellingVerbs: z.array(z.string()),
    creditVerbs: z.array(z.string()),
  }),
  oneHappening: z.object({
    why: z.string(),
    cameo: z.array(z.array(z.string())),
    anchors: z.array(z.array(z.string())),
  }),
  twoSides: z.object({ why: z.string(), cameo: z.array(z.string()) }),
  remote: z.object({
    why: z.string(),
    modifiers: z.array(z.string()),
    callModifiers: z.array(z.string()),
    call: z.string(),
  }),
  senseNeeds: z.array(
    z.object({ lemma: z.string(), pos: z.enum(['VERB', 'NOUN']), match: z.string(), reason: z.string().min(10) }),
  ),
  frames: z.array(
    z.object({ lemmas: z.array(z.string()).min(1), match: z.string(), as: z.string(), reason: z.string().min(10) }),
  ),
  stateOrgans: z.object({ why: z.string(), heads: z.array(z.string()) }),
  peopleOfState: words,
  participants: z.array(rule.extend({ rule: z.string(), role: z.string(), notLasting: z.boolean().optional() })),
  times: z.array(rule.extend({ rule: z.string() })),
  places: z.array(rule.extend({ rule: z.string() })),
  sources: z.array(rule.extend({ rule: z.string() })),
  anniversaries: z.array(rule.extend({ rule: z.string() })),
  spans: z.object({
    why: z.string().min(10),
    units: z.record(z.string(), z.enum(['D', 'W', 'M', 'Y'])),
    numbers: z.record(z.string(), z.number().int().positive()),
    rules: z.array(rule.extend({ rule: z.string(), direction: z.enum(['before', 'after']) })),
  }),
  ordinals: z.object({ why: z.string(), words: z.record(z.string(), z.number().int().positive()) }),
  sequence: z.object({
    why: z.string().min(10),
    adverbs: z.array(z.string()).min(1),
    partsOfDay: z.array(z.string()).min(1),
  }),
  quantities: words,
  statePersonNouns: words.extend({ offices: z.array(z.string().min(1)) }),
  quotativeInversion: words,
  idiomComplements: z.object({ why: z.string().min(10), pairs: z.array(z.tuple([z.string(), z.string()])).min(1) }),
});

export interface SyntaxRule {
  pattern: Semgrex;
  /** The rule's name (or the role it gives), recorded on every fact it makes. */
  name: string;
  reason: string;
}

const parsed = schema.parse(data);
const compile = (rules: { match: string; reason: string }[], name: (r: never) => string): SyntaxRule[] =>
  rules.map((r) => ({ pattern: new Semgrex(r.match), name: name(r as never), reason: r.reason }));

export const EVENT_SYNTAX = {
  supportVerbs: new Set(parsed.supportVerbs.lemmas),
  irrealisGovernors: new Set(parsed.irrealis.governors),
  negations: new Set(parsed.irrealis.negations),
  plannedAuxiliaries: new Set(parsed.planned.auxiliaries),
  plannedGovernors: new Set(parsed.planned.governors),
  plannedModifiers: new Set(parsed.planned.modifiers),
  determiners: new Set(parsed.definite.determiners),
  otherOccurrence: new Set(parsed.definite.otherOccurrence),
  exclusions: new Set(parsed.exclusions.lemmas),
  groupNouns: new Set(parsed.groupNouns.lemmas),
  leaderNouns: new Set(parsed.leaders.nouns),
  leaderTitles: parsed.leaders.titles,
  placeNouns: new Set(parsed.placeNouns.lemmas),
  personPronouns: new Set(parsed.pronouns.person),
  groupPronouns: new Set(parsed.pronouns.group),
  bodyPronouns: new Set(parsed.pronouns.body),
  tellingVerbs: new Set(parsed.pronouns.tellingVerbs),
  creditVerbs: new Set(parsed.pronouns.creditVerbs),
  oneHappening: parsed.oneHappening.cameo.map((group) => new Set(group)),
  oneHappeningAnchors: parsed.oneHappening.anchors.map((group) => new Set(group)),
  twoSides: new Set(parsed.twoSides.cameo),
  remoteModifiers: new Set(parsed.remote.modifiers),
  callModifiers: new Set(parsed.remote.callModifiers),
  callLemma: parsed.remote.call,
  senseNeeds: parsed.senseNeeds.map((n) => ({ ...n, pattern: new Semgrex(n.match) })),
  frames: parsed.frames.map((f) => ({
    lemmas: new Set(f.lemmas),
    pattern: new Semgrex(f.match),
    as: f.as,
    reason: f.reason,
  })),
  stateOrgans: parsed.stateOrgans.heads,
  peopleOfState: new Set(parsed.peopleOfState.lemmas),
  participants: parsed.participants.map((r) => ({
    pattern: new Semgrex(r.match),
    name: r.rule,
    role: r.role,
    when: r.when,
    notLasting: r.notLasting ?? false,
    reason: r.reason,
  })),
  times: compile(parsed.times, (r: { rule: string }) => r.rule),
  places: compile(parsed.places, (r: { rule: string }) => r.rule),
  sources: compile(parsed.sources, (r: { rule: string }) => r.rule),
  anniversaries: compile(parsed.anniversaries, (r: { rule: string }) => r.rule),
  spanUnits: new Map(Object.entries(parsed.spans.units)),
  spanNumbers: new Map(Object.entries(parsed.spans.numbers)),
  spanRules: parsed.spans.rules.map((r) => ({
    pattern: new Semgrex(r.match),
    name: r.rule,
    direction: r.direction,
    reason: r.reason,
  })),
  ordinals: new Map(Object.entries(parsed.ordinals.words)),
  sequenceAdverbs: new Set(parsed.sequence.adverbs),
  partsOfDay: new Set(parsed.sequence.partsOfDay),
  quantities: new Set(parsed.quantities.lemmas),
  statePersonNouns: new Set(parsed.statePersonNouns.lemmas),
  statePersonOffices: new Set(parsed.statePersonNouns.offices),
  invertingVerbs: new Set(parsed.quotativeInversion.lemmas),
  idiomComplements: new Set(parsed.idiomComplements.pairs.map(([head, complement]) => `${head} ${complement}`)),
};
