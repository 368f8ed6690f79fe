import { overlaps, Span } from './span';

/** An entity a sentence mentions, with the words the extractor saw (`surfaces`) and the entity's own names. */
export interface MentionCandidate {
  entityId: string;
  surfaces: string[];
  names: string[];
}

export interface LocatedMention extends Span {
  entityId: string;
}

/** Short all-capital names ("AP", "US", "UN") match with their case only: "us" is not the United States. */
const ACRONYM = /^[\p{Lu}\p{N}.&]{1,5}$/u;
const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';

/** A name as a pattern that tolerates what texts vary: runs of white space, straight or curly apostrophes. */
function namePattern(name: string): RegExp {
  const body = name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
  return new RegExp(`${LETTER_BEFORE}${body}${LETTER_AFTER}`, ACRONYM.test(name.trim()) ? 'gu' : 'giu');
}

interface Found extends LocatedMention {
  /** 0: the very words the extractor saw; 1: those words in another case; 2: one of the entity's names. */
  rank: number;
}

/**
 * Where each mentioned entity stands in the sentence: every whole-word occurrence of its surface forms, name
 * and aliases (case-insensitive), then the longest first (then the closest to what the extractor saw, then the
 * earliest), never two overlapping: "Foreign Ministry of China" wins over the "China" inside it.
 */
export function locateMentions(text: string, candidates: MentionCandidate[]): LocatedMention[] {
  const found: Found[] = [];
  for (const candidate of candidates) {
    const surfaces = new Set(candidate.surfaces.filter((s) => s.trim().length > 1));
    const names = [...new Set([...surfaces, ...candidate.names.filter((n) => n.trim().length > 1)])];
    for (const name of names) {
      for (const match of text.matchAll(namePattern(name))) {
        const rank = surfaces.has(name) ? (match[0] === name ? 0 : 1) : 2;
        found.push({ entityId: candidate.entityId, start: match.index, end: match.index + match[0].length, rank });
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const taken: LocatedMention[] = [];
  for (const f of found)
    if (!taken.some((t) => overlaps(t, f))) taken.push({ entityId: f.entityId, start: f.start, end: f.end });
  return taken.sort((a, b) => a.start - b.start);
}
