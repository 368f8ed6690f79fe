import { LocatedMention, locateMentions } from '../text/mention-spans';
import { within } from '../text/span';
import { READOUT_RULES } from '../../ingest/knowledge/lang/en';

import { Claim, claimOf } from './claim';
import { Folded } from './dedupe';
import { AttributedSentence, ColumnSource, EntityRef, EventSentence } from './types';

const rules = READOUT_RULES.attribution;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const QUOTING = new RegExp(`(?<![\\p{L}])(?:${rules.quoting.words.map(escape).join('|')})(?![\\p{L}])`, 'giu');
const SOURCE_LABELS = new Set(rules.sourceLabels.labels);
const STATE_VOICE = new RegExp(
  `^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,${rules.stateVoices.gap}}?(?:${rules.stateVoices.nouns.map((n) => escape(n).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`,
  'iu',
);

const asColumnSource = (e: EntityRef): ColumnSource => ({ ...e });

/** Where the entity is first named in the text (Infinity when it is not found there). */
function firstPosition(id: string, mentions: LocatedMention[]): number {
  return mentions.find((m) => m.entityId === id)?.start ?? Infinity;
}

/**
 * Of the sources the graph credits with one sentence, the one speaking: a source named after "quoting",
 * "citing" … once another was named before those words is quoted by it; of the others, the first named.
 */
export function pickSpeaker(
  text: string,
  reporters: EntityRef[],
  mentions: LocatedMention[],
): { speaker: EntityRef; alongside: AttributedSentence['alongside'] } {
  const at = new Map(reporters.map((r) => [r.id, firstPosition(r.id, mentions)]));
  const cues = [...text.matchAll(QUOTING)].map((m) => m.index);
  const quoted = (r: EntityRef) =>
    cues.some((cue) => at.get(r.id)! > cue && reporters.some((other) => other !== r && at.get(other.id)! < cue));
  const byPosition = [...reporters].sort((a, b) => at.get(a.id)! - at.get(b.id)!);
  const speaker = byPosition.find((r) => !quoted(r)) ?? byPosition[0];
  return {
    speaker,
    alongside: byPosition
      .filter((r) => r !== speaker)
      .map((source) => ({ source, role: quoted(source) ? ('quoted' as const) : ('with' as const) })),
  };
}

/**
 * The source a sentence's own words name ("according to Moscow’s official readout", "The Kremlin said"): the
 * first outlet, organization or state named in its attribution, in the order the claim rules found them; a state
 * only when it speaks through a readout of its own.
 */
export function voicedSource(
  text: string,
  claim: Claim,
  mentions: LocatedMention[],
  entities: Map<string, EntityRef>,
): EntityRef | null {
  for (const part of claim.attribution) {
    for (const mention of mentions) {
      const entity = entities.get(mention.entityId);
      if (!entity || !SOURCE_LABELS.has(entity.label) || !within(mention, part)) continue;
      if (entity.label === 'Country' && !STATE_VOICE.test(text.slice(mention.end))) continue;
      return entity;
    }
  }
  return null;
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
}

/** The article's outlet; without one, the site its address names; without that, an outlet not recorded. */
export function publisherOf(sentence: EventSentence): ColumnSource {
  if (sentence.publisher) return asColumnSource(sentence.publisher);
  const host = hostOf(sentence.article.url);
  return { id: null, name: host ?? 'Outlet not recorded', label: null, country: null, stateAffiliated: false };
}

function uniqueById(list: EntityRef[]): EntityRef[] {
  return [...new Map(list.map((e) => [e.id, e])).values()];
}

/**
 * The column a sentence (with its copies) belongs in, and why: the source the graph credits (the speaking one
 * when it credits several), else the source its own words name, else its article's outlet.
 */
export function attribute({ sentence, copies }: Folded<EventSentence>): AttributedSentence {
  const all = [sentence, ...copies];
  const reporters = uniqueById(all.flatMap((s) => s.reporters));
  const entities = new Map<string, EntityRef>();
  const names = new Map<string, { surfaces: Set<string>; names: Set<string> }>();
  for (const m of [
    ...all.flatMap((s) => s.mentions),
    ...reporters.map((entity) => ({ entity, surfaces: [], names: [entity.name] })),
  ]) {
    entities.set(m.entity.id, m.entity);
    const entry = names.get(m.entity.id) ?? { surfaces: new Set<string>(), names: new Set<string>() };
    m.surfaces.forEach((s) => entry.surfaces.add(s));
    m.names.forEach((n) => entry.names.add(n));
    names.set(m.entity.id, entry);
  }
  const mentions = locateMentions(
    sentence.text,
    [...names].map(([entityId, n]) => ({ entityId, surfaces: [...n.surfaces], names: [...n.names] })),
  );
  const claim = claimOf(sentence.text);
  const base = { sentence, copies, claim: claim.spans, claimRule: claim.rule, mentions, entities };
  if (reporters.length) {
    const { speaker, alongside } = pickSpeaker(sentence.text, reporters, mentions);
    return { ...base, source: asColumnSource(speaker), attributedBy: 'graph', alongside };
  }
  const voiced = voicedSource(sentence.text, claim, mentions, entities);
  if (voiced) return { ...base, source: asColumnSource(voiced), attributedBy: 'text', alongside: [] };
  return { ...base, source: publisherOf(sentence), attributedBy: 'publisher', alongside: [] };
}
