import { z } from 'zod';
import { escapeRegex } from '../../gazetteer';
import agreements from './agreements.json';
import boilerplate from './boilerplate.json';
import honorifics from './honorifics.json';
import particles from './particles.json';
import readoutAttribution from './readout-attribution-rules.json';
import readoutClaims from './readout-claim-rules.json';
import readoutDifferences from './readout-difference-rules.json';
import spelling from './spelling.json';
import titles from './titles.json';

/**
 * The English language pack: what the rules know about English news, as data in this folder — titles,
 * honorifics, name particles, agreements, page furniture (here); the event layer's parse rules, support verbs,
 * reporting patterns and frames (event-syntax.json, compiled in syntax-rules.ts); which words name events
 * (event-taxonomy.json, over WordNet: ../../event-taxonomy.ts); and the readouts' rules for claims, attribution
 * and differences. Every file is validated here once, when the pack loads: a malformed pack stops the start with
 * the file and field at fault.
 */

const why = z.string().min(10);
const words = z.array(z.string().min(1)).min(1);
const note = z.string().min(10);

function validated<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `language pack ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

const honorificData = validated(
  'honorifics.json',
  z.object({ note, surname: words, given: words, styles: words }),
  honorifics,
);
const particleData = validated('particles.json', z.object({ note, particles: words }), particles);
const titleData = validated(
  'titles.json',
  z.object({
    note,
    offices: words,
    areaOffices: words,
    modifiers: words,
    abbreviations: z.record(z.string(), z.string()),
    notAreas: words,
    universalOffices: words,
    complementNouns: words,
  }),
  titles,
);
const boilerplateData = validated(
  'boilerplate.json',
  z.object({
    note,
    lines: words,
    endMarkers: words,
    bylines: words,
    credits: words,
    notes: words,
    sourceLine: z.string().min(5),
    staffCredits: words,
  }),
  boilerplate,
);
const agreementData = validated(
  'agreements.json',
  z.object({
    note,
    heads: z.array(z.object({ word: z.string(), needs: words.optional(), named: z.boolean().optional() })),
    conclusion: words,
    conclusionNouns: words,
    evaluative: words,
    referring: words,
  }),
  agreements,
);

export const READOUT_RULES = {
  claims: validated(
    'readout-claim-rules.json',
    z.object({
      note,
      leading: z.object({ why, cues: words }),
      trailing: z.object({ why, cues: words, maxWords: z.number().int().positive() }),
      speech: z.object({
        why,
        verbs: words,
        listenerVerbs: words,
        gap: z.number().int().nonnegative(),
        settings: words,
      }),
      introducers: z.object({ why, words }),
      quotes: z.object({ why, pairs: z.array(z.tuple([z.string(), z.string()])), minWords: z.number().int() }),
      bare: z.object({ why, verbs: words, notAfter: words }),
    }),
    readoutClaims,
  ),
  attribution: validated(
    'readout-attribution-rules.json',
    z.object({
      note,
      quoting: z.object({ why, words }),
      sourceLabels: z.object({ why, labels: words }),
      stateVoices: z.object({ why, nouns: words, gap: z.number().int().nonnegative() }),
    }),
    readoutAttribution,
  ),
  differences: validated(
    'readout-difference-rules.json',
    z.object({
      note,
      minLength: z.number().int().positive(),
      stemLength: z.number().int().positive(),
      maxTerms: z.number().int().positive(),
      stopwords: z.object({ why, words }),
    }),
    readoutDifferences,
  ),
};

export type EntityKindName = 'Person' | 'Country' | 'Organization' | 'Place' | 'Outlet' | 'Agreement';

const alternatives = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escapeRegex);

/** Honorifics at the start of a name, any number of them ("His Highness Sheikh …"), a dot allowed after each. */
const honorificWords = alternatives([...honorificData.styles, ...honorificData.given, ...honorificData.surname]).join(
  '|',
);
export const HONORIFIC_PREFIX = new RegExp(`^(?:(?:${honorificWords})\\.?\\s+)+`, 'u');
/** An honorific right before where a name starts ("… adding Sheikh |Hasina"), a dot allowed after it. */
export const HONORIFIC_BEFORE = new RegExp(`(?:^|\\s)(?:${honorificWords})\\.?\\s+$`, 'u');
export const GIVEN_NAME_HONORIFICS = new Set(honorificData.given.map((h) => h.toLowerCase()));
export const SURNAME_HONORIFICS = new Set(honorificData.surname.map((h) => h.toLowerCase()));
export const STYLES = new Set(honorificData.styles.map((h) => h.toLowerCase()));

export const PARTICLES = new Set(particleData.particles.flatMap((p) => p.toLowerCase().split(' ')));

export const TITLES = {
  offices: titleData.offices,
  areaOffices: new Set(titleData.areaOffices.map((t) => t.toLowerCase())),
  modifiers: new Set(titleData.modifiers.map((t) => t.toLowerCase())),
  abbreviations: titleData.abbreviations,
  notAreas: new Set(titleData.notAreas),
  universalOffices: new Set(titleData.universalOffices.map((t) => t.toLowerCase())),
  complementNouns: new Set(titleData.complementNouns),
};

const compile = (list: string[]) => list.map((p) => new RegExp(p, 'iu'));

export const BOILERPLATE = {
  lines: compile(boilerplateData.lines),
  endMarkers: compile(boilerplateData.endMarkers),
  bylines: compile(boilerplateData.bylines),
  credits: boilerplateData.credits.map((p) => new RegExp(p, 'giu')),
  notes: compile(boilerplateData.notes),
  sourceLine: new RegExp(boilerplateData.sourceLine, 'iu'),
  staffCredits: compile(boilerplateData.staffCredits),
};

/** How news names agreements (agreements.json). */
export const AGREEMENTS = {
  heads: new Map(agreementData.heads.map((h) => [h.word, { needs: h.needs, named: !!h.named }])),
  conclusion: new Set(agreementData.conclusion),
  conclusionNouns: new Set(agreementData.conclusionNouns),
  evaluative: new Set(agreementData.evaluative),
  referring: new Set(agreementData.referring),
};

const spellingData = validated(
  'spelling.json',
  z.object({ note, variants: z.array(z.tuple([z.string().min(2), z.string().min(2)])).min(1) }),
  spelling,
);
const SPELLINGS = new Map(spellingData.variants);

/** A name with its words spelt one way ("Organisation" → "Organization"), for ids: one body, one node. */
export function foldSpelling(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => {
    const folded = SPELLINGS.get(word.toLowerCase());
    return folded ?? word;
  });
}

export { EVENT_SYNTAX } from './syntax-rules';
