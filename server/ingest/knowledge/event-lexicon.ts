import { gerund, regularPlural } from './english-inflection';
import { AnchorData, CompiledTaxonomy, eventTaxonomy, lemmaId, synsetId } from './event-taxonomy';
import { normaliseLemma, Sense, Synset, wordnet, WordNetPos } from './wordnet';

/**
 * Whether a noun or verb names an event, what kind and which family (README.md tells how it decides):
 * 1. the lemma: with a particle, the phrasal verb first ("swear" + "in" -> swear_in); with a plural noun, the
 *    plural first when WordNet lists it as a word ("talks"); the first form WordNet knows decides;
 * 2. its senses: the taxonomy's added senses, then WordNet's in frequency order up to a cut-off, skipping a sense
 *    that SemCor shows an earlier, non-event sense to dwarf;
 * 3. a sense is an event when it is, or descends by hypernyms from, an anchor; the nearest anchor gives the family;
 * 4. the kind: the noun's own lemma; for a verb, its derivationally related event noun (meet -> meeting), else the
 *    anchor's kind, else the gerund; the taxonomy's `kindNames` override both.
 */

export interface EventSense {
  /** The kind as a reader names it: 'meeting', 'funeral', 'arrest', 'talks', 'signing'. */
  kind: string;
  /** A CAMEO root '01'..'20', or an outside-CAMEO family ('POL', 'JUD', 'CER', 'HEA', 'DIS', 'ECO'). */
  family: string;
  familyName: string;
  /** The CAMEO code of the anchor when one fits ('042'); for an outside family, the code under another root. */
  cameo: string | null;
  /** No place: a telephone call. */
  remote: boolean;
  /** A state of affairs (a war, an occupation), not dated by one day. */
  lasting: boolean;
  /** The WordNet sense key that matched. */
  sense: string;
  /** The anchor's sense key it is or descends from. */
  anchor: string;
  /** The anchor's reason: the news phenomenon it covers. */
  reason: string;
}

export interface EventSenseOptions {
  /** The noun is plural in the text ("talks", "sanctions"). */
  plural?: boolean;
  /** The verb's particle in the parse ("swear" + "in"). */
  particle?: string;
}

interface Match {
  sense: Sense;
  anchor: AnchorData;
}

const POS: Record<'NOUN' | 'VERB', WordNetPos> = { NOUN: 'n', VERB: 'v' };

const results = new Map<string, EventSense | null>();
const synsetEvents = new Map<string, AnchorData | null>();

/** The nearest anchor the synset is or descends from, unless its lexicographer file never holds events. */
function anchorOf(synset: Synset, taxonomy: CompiledTaxonomy): AnchorData | null {
  const id = synsetId(synset.pos, synset.offset);
  if (synsetEvents.has(id)) return synsetEvents.get(id) ?? null;
  let found: AnchorData | null = null;
  if (!taxonomy.excludedLexFiles.has(synset.lexFile)) {
    for (const { synset: ancestor, distance } of wordnet().ancestors(synset)) {
      const anchor = taxonomy.anchors.get(synsetId(ancestor.pos, ancestor.offset));
      if (!anchor) continue;
      // The nearest anchor decides, and one marked `hyponyms: false` declines its descendants.
      if (distance === 0 || anchor.hyponyms !== false) found = anchor;
      break;
    }
  }
  synsetEvents.set(id, found);
  return found;
}

/** The lemma's first event sense under the selection policy (senseSelection in the taxonomy). */
function firstEventSense(lemma: string, pos: WordNetPos, plural: boolean, taxonomy: CompiledTaxonomy): Match | null {
  for (const added of taxonomy.addedSenses.get(lemmaId(pos, lemma)) ?? []) {
    if (added.plural && !plural) continue;
    const anchor = anchorOf(added.sense.synset, taxonomy);
    if (anchor) return { sense: added.sense, anchor };
  }
  const { nounSenses, verbSenses, dominance } = taxonomy.data.senseSelection;
  let strongestEarlier = 0;
  for (const sense of wordnet()
    .senses(lemma, pos)
    .slice(0, pos === 'n' ? nounSenses : verbSenses)) {
    const anchor = taxonomy.skippedSenses.has(sense.senseKey) ? null : anchorOf(sense.synset, taxonomy);
    const dwarfed = strongestEarlier >= dominance.minTags && sense.tagCount * dominance.ratio < strongestEarlier;
    if (anchor && !dwarfed) return { sense, anchor };
    strongestEarlier = Math.max(strongestEarlier, sense.tagCount);
  }
  return null;
}

/** A verb sense's derivationally related noun that is itself an event, one of the same family first. */
function eventNounOf(sense: Sense, family: string, taxonomy: CompiledTaxonomy): string | null {
  let best: { word: string; sameFamily: boolean } | null = null;
  for (const d of wordnet().derivations(sense)) {
    if (d.synset.pos !== 'n') continue;
    const anchor = anchorOf(d.synset, taxonomy);
    if (!anchor) continue;
    const sameFamily = anchor.family === family;
    if (!best || (sameFamily && !best.sameFamily)) best = { word: d.word, sameFamily };
    if (sameFamily) break;
  }
  return best ? best.word.toLowerCase() : null;
}

function kindOf(lemma: string, pos: WordNetPos, plural: boolean, match: Match, taxonomy: CompiledTaxonomy): string {
  const named = taxonomy.kindNames.get(lemmaId(pos, lemma))?.find((k) => k.plural === undefined || k.plural === plural);
  const kind =
    named?.kind ??
    (pos === 'n'
      ? lemma
      : (eventNounOf(match.sense, match.anchor.family, taxonomy) ?? match.anchor.kind ?? gerund(lemma)));
  return kind.replace(/_/g, ' ');
}

/** The forms to try, in order: the phrasal verb before the bare verb, the listed plural before the singular. */
function lemmaForms(lemma: string, pos: WordNetPos, opts: EventSenseOptions): { lemma: string; plural: boolean }[] {
  const plural = pos === 'n' && !!opts.plural;
  const forms = [{ lemma, plural }];
  // "re-election", "re-open": WordNet writes the prefix without its hyphen.
  if (/^re-\p{L}/u.test(lemma)) forms.push({ lemma: lemma.replace('-', ''), plural });
  if (pos === 'v' && opts.particle) forms.unshift({ lemma: `${lemma}_${normaliseLemma(opts.particle)}`, plural });
  if (plural) forms.unshift({ lemma: regularPlural(lemma), plural });
  return forms;
}

/**
 * "reelection", "re-election": an event done again is of the kind done the first time, when the word without
 * "re" names an event of the same family ("reform" is no kind of "form", "recall" of an envoy none of "call").
 */
function repeatedKind(kind: string, pos: WordNetPos, family: string, opts: EventSenseOptions): string {
  const base = /^re-?(\p{L}{4,})$/u.exec(kind)?.[1];
  if (!base) return kind;
  const first = eventSense(base, 'NOUN', { plural: false }) ?? eventSense(base, pos === 'n' ? 'NOUN' : 'VERB', opts);
  return first && first.family === family ? first.kind : kind;
}

function decide(rawLemma: string, pos: WordNetPos, opts: EventSenseOptions): EventSense | null {
  const taxonomy = eventTaxonomy();
  const known = (lemma: string) =>
    taxonomy.addedSenses.has(lemmaId(pos, lemma)) || wordnet().senses(lemma, pos).length > 0;
  // The first form WordNet knows decides: "call for" is a demand, never a call, so "call" is not tried after it.
  const form = lemmaForms(normaliseLemma(rawLemma), pos, opts).find((f) => known(f.lemma));
  if (!form || taxonomy.excludedLemmas.has(lemmaId(pos, form.lemma))) return null;
  const match = firstEventSense(form.lemma, pos, form.plural, taxonomy);
  if (!match) return null;
  const family = taxonomy.families.get(match.anchor.family);
  if (!family) throw new Error(`event taxonomy: no family ${match.anchor.family}`);
  return Object.freeze({
    kind: repeatedKind(kindOf(form.lemma, pos, form.plural, match, taxonomy), pos, family.code, opts),
    family: family.code,
    familyName: family.name,
    cameo: match.anchor.cameo ?? null,
    remote: match.anchor.remote ?? false,
    lasting: match.anchor.lasting ?? false,
    sense: match.sense.senseKey,
    anchor: match.anchor.sense,
    reason: match.anchor.reason,
  });
}

/** Whether the lemma names an event, and which; null when it does not. Cached: safe to ask per token. */
export function eventSense(lemma: string, pos: 'NOUN' | 'VERB', opts: EventSenseOptions = {}): EventSense | null {
  const key = `${pos}|${lemma}|${opts.plural ? 1 : 0}|${opts.particle ?? ''}`;
  if (results.has(key)) return results.get(key) ?? null;
  const result = decide(lemma, POS[pos], opts);
  results.set(key, result);
  return result;
}

/** The taxonomy's families: CAMEO's 20 roots, then the few news needs that CAMEO has no root for. */
export function families(): { code: string; name: string; about: string; outsideCameo: boolean }[] {
  return [...eventTaxonomy().families.values()].map((f) => ({ ...f }));
}
