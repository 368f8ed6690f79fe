import { z } from 'zod';
import taxonomyJson from './lang/en/event-taxonomy.json';
import lexnames from './wordnet-lexnames.json';
import { normaliseLemma, Sense, WordNet, wordnet, WordNetPos } from './wordnet';

/**
 * The event taxonomy (lang/en/event-taxonomy.json), validated once and compiled against WordNet: every sense key
 * it names must exist in WordNet 3.1, every anchor must name a known family, and a CAMEO anchor's sub-code must sit
 * under its family's root. The lexicon (event-lexicon.ts) reads only the compiled form.
 */

const senseKey = z.string().regex(/^[^%\s]+%[12]:\d\d:\d\d::$/, 'a noun or verb sense key, e.g. meeting%1:14:00::');
const wordnetPos = z.enum(['n', 'v']);
const cameoRoot = /^(0[1-9]|1\d|20)$/;
const outsideCode = /^[A-Z]{3}$/;

const familySchema = z
  .object({
    code: z.string().refine((c) => cameoRoot.test(c) || outsideCode.test(c), 'a CAMEO root 01..20 or three capitals'),
    name: z.string().min(1),
    about: z.string().min(1),
    outsideCameo: z.boolean().default(false),
    /** Why news needs a family CAMEO has no root for. */
    reason: z.string().optional(),
  })
  .refine((f) => (f.outsideCameo ? outsideCode.test(f.code) && !!f.reason : cameoRoot.test(f.code)), {
    message: 'a CAMEO family has a numeric root code; an outside one has a three-letter code and a reason',
  });

const anchorSchema = z.object({
  sense: senseKey,
  lemma: z.string().min(1),
  gloss: z.string().min(1),
  family: z.string(),
  cameo: z
    .string()
    .regex(/^\d{3,4}$/)
    .optional(),
  reason: z.string().min(1),
  remote: z.boolean().optional(),
  lasting: z.boolean().optional(),
  /** false: only the anchor's own synset is an event, not its hyponyms (for verbs whose troponyms drift). */
  hyponyms: z.boolean().optional(),
  kind: z.string().optional(),
});

const taxonomySchema = z.object({
  note: z.string(),
  senseSelection: z.object({
    nounSenses: z.int().min(1),
    verbSenses: z.int().min(1),
    dominance: z.object({ minTags: z.int().min(1), ratio: z.number().min(1) }),
    reason: z.string(),
  }),
  families: z.array(familySchema).min(20),
  anchors: z.array(anchorSchema).min(1),
  addedSenses: z.array(
    z.object({
      lemma: z.string(),
      pos: wordnetPos,
      sense: senseKey,
      plural: z.boolean().optional(),
      reason: z.string(),
    }),
  ),
  kindNames: z.array(
    z.object({
      lemma: z.string(),
      pos: wordnetPos,
      plural: z.boolean().optional(),
      kind: z.string(),
      reason: z.string(),
    }),
  ),
  notEvents: z.object({
    note: z.string(),
    lexFiles: z.array(z.object({ lexFile: z.string(), reason: z.string() })),
    lemmas: z.array(z.object({ pos: wordnetPos, lemmas: z.array(z.string()).min(1), reason: z.string() })),
    senses: z.array(z.object({ sense: senseKey, reason: z.string() })),
  }),
});

export type TaxonomyData = z.infer<typeof taxonomySchema>;
export type AnchorData = z.infer<typeof anchorSchema>;

export interface FamilyRecord {
  code: string;
  name: string;
  about: string;
  outsideCameo: boolean;
}

/** A sense a lemma lacks in WordNet 3.1, tried before WordNet's own ("ceasefire" -> cease-fire). */
export interface AddedSense {
  sense: Sense;
  /** Only when the text has the plural ("exercises" are manoeuvres). */
  plural?: boolean;
}

export interface CompiledTaxonomy {
  data: TaxonomyData;
  families: Map<string, FamilyRecord>;
  /** Anchors by synset (pos + offset). */
  anchors: Map<string, AnchorData>;
  addedSenses: Map<string, AddedSense[]>;
  kindNames: Map<string, { plural?: boolean; kind: string }[]>;
  excludedLemmas: Set<string>;
  skippedSenses: Set<string>;
  excludedLexFiles: Set<string>;
}

/** CAMEO's root of consultations: meetings, talks, visits, summits, calls. */
export const CONSULT = '04';

export const synsetId = (pos: WordNetPos, offset: number) => `${pos}${offset}`;
export const lemmaId = (pos: WordNetPos, lemma: string) => `${pos}:${normaliseLemma(lemma)}`;

function resolve(wn: WordNet, key: string, where: string): Sense {
  const sense = wn.senseByKey(key);
  if (!sense) throw new Error(`event taxonomy: ${where} names ${key}, which WordNet 3.1 does not have`);
  return sense;
}

/** Validate the taxonomy and resolve its sense keys; throws on the first inconsistency. */
export function compileTaxonomy(json: unknown, wn: WordNet = wordnet()): CompiledTaxonomy {
  const data = taxonomySchema.parse(json);
  const families = new Map<string, FamilyRecord>();
  for (const f of data.families) {
    if (families.has(f.code)) throw new Error(`event taxonomy: family ${f.code} twice`);
    families.set(f.code, { code: f.code, name: f.name, about: f.about, outsideCameo: f.outsideCameo });
  }
  const anchors = new Map<string, AnchorData>();
  for (const a of data.anchors) {
    const sense = resolve(wn, a.sense, 'an anchor');
    const family = families.get(a.family);
    if (!family) throw new Error(`event taxonomy: anchor ${a.sense} has unknown family ${a.family}`);
    if (a.cameo && !family.outsideCameo && !a.cameo.startsWith(a.family))
      throw new Error(`event taxonomy: anchor ${a.sense}: CAMEO ${a.cameo} is not under root ${a.family}`);
    if (sense.lemma !== normaliseLemma(a.lemma))
      throw new Error(`event taxonomy: anchor ${a.sense} has lemma ${a.lemma}`);
    const id = synsetId(sense.pos, sense.synset.offset);
    if (anchors.has(id)) throw new Error(`event taxonomy: ${a.sense} anchors a synset already anchored`);
    anchors.set(id, a);
  }
  const addedSenses = new Map<string, AddedSense[]>();
  for (const added of data.addedSenses) {
    const id = lemmaId(added.pos, added.lemma);
    const sense = resolve(wn, added.sense, `the added sense of ${added.lemma}`);
    addedSenses.set(id, [...(addedSenses.get(id) ?? []), { sense, plural: added.plural }]);
  }
  const kindNames = new Map<string, { plural?: boolean; kind: string }[]>();
  for (const k of data.kindNames) {
    const id = lemmaId(k.pos, k.lemma);
    kindNames.set(id, [...(kindNames.get(id) ?? []), { plural: k.plural, kind: k.kind }]);
  }
  for (const { lexFile } of data.notEvents.lexFiles)
    if (!lexnames.names.includes(lexFile)) throw new Error(`event taxonomy: no lexicographer file ${lexFile}`);
  const excludedLemmas = new Set(data.notEvents.lemmas.flatMap((g) => g.lemmas.map((l) => lemmaId(g.pos, l))));
  for (const s of data.notEvents.senses) resolve(wn, s.sense, 'a skipped sense');
  return {
    data,
    families,
    anchors,
    addedSenses,
    kindNames,
    excludedLemmas,
    skippedSenses: new Set(data.notEvents.senses.map((s) => s.sense)),
    excludedLexFiles: new Set(data.notEvents.lexFiles.map((l) => l.lexFile)),
  };
}

let compiled: CompiledTaxonomy | null = null;

/** The English taxonomy, compiled on first use. */
export function eventTaxonomy(): CompiledTaxonomy {
  return (compiled ??= compileTaxonomy(taxonomyJson));
}
