import { slug } from './gazetteer';
import { GIVEN_NAME_HONORIFICS, HONORIFIC_PREFIX, PARTICLES, SURNAME_HONORIFICS } from './lang/en';
import { EntityRef } from '../types';

/** People's names: cleaning what text puts around them, and telling when two spellings are one person. */

export interface CleanName {
  name: string;
  /** The form of address that preceded it ("Mr", "Sir", "His Highness Sheikh"), or null. */
  honorific: string | null;
  /** What the honorific points at: a surname ("Mr Sunak") or a given name ("Sir Keir"). */
  addresses: 'surname' | 'given' | null;
}

/** "Mr Sunak" → Sunak; "His Highness Sheikh Mohamed bin Zayed" → Mohamed bin Zayed; "Biden’s" → Biden. */
export function cleanPersonName(raw: string): CleanName {
  let name = raw
    .replace(/\s+/g, ' ')
    .replace(/[’']s$|[’']$/u, '')
    .replace(/[,;:.]+$/, '')
    .trim();
  const prefix = name.match(HONORIFIC_PREFIX);
  let honorific: string | null = null;
  let addresses: CleanName['addresses'] = null;
  if (prefix && prefix[0].length < name.length) {
    honorific = prefix[0].trim();
    name = name.slice(prefix[0].length).trim();
    // The last form of address decides: "His Highness Sheikh Mohamed" addresses a given name, "Mr Sunak" a surname.
    const spoken = ` ${honorific.replace(/\./g, '').toLowerCase()}`;
    const endsWith = (set: Set<string>) => [...set].some((h) => spoken.endsWith(` ${h.replace(/\./g, '')}`));
    addresses = endsWith(SURNAME_HONORIFICS) ? 'surname' : endsWith(GIVEN_NAME_HONORIFICS) ? 'given' : null;
  }
  // "Rosângela (Janja) Lula da Silva", "Christopher 'Bong' Go": a nickname in brackets or quotes is not part of the
  // name.
  name = name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+(?:["“][^"”]{1,20}["”]|['‘][^'’]{1,20}['’])\s+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { name, honorific, addresses };
}

export function isParticle(token: string): boolean {
  return (
    PARTICLES.has(token.toLowerCase()) &&
    (token === token.toLowerCase() || /^(Al|El|Bin|Ibn|Abu|Van|Von|De|Da|Di|Du|Le|La)$/.test(token))
  );
}

/** The words of a name that identify its bearer: not particles, not initials. */
export function significantParts(name: string): string[] {
  return name.split(/\s+/).filter((t) => !isParticle(t) && !/^\p{Lu}\.?$/u.test(t) && t.length > 1);
}

/** The family name with its particles: "Lula da Silva" → "da Silva", "Ursula von der Leyen" → "von der Leyen". */
export function surnameOf(name: string): string {
  const tokens = name.split(/\s+/);
  let i = tokens.length - 1;
  while (i > 0 && isParticle(tokens[i - 1])) i--;
  return tokens.slice(i).join(' ');
}

/** Spelling-tolerant key: Zelenskiy / Zelensky / Zelenskyy, Sergey / Sergei, Fatah / Fattah, al-Sisi / el-Sisi. */
export function personKey(name: string): string {
  return slug(name)
    .split('-')
    .map((part) => (part === 'el' || part === 'ul' ? 'al' : part))
    .map((part) => part.replace(/(.)\1+/g, '$1').replace(/(iy|yy|ij|ii|ey|ei|y)$/, 'i'))
    .join('-');
}

export function personEntity(name: string): EntityRef {
  return { id: `person:${personKey(name)}`, kind: 'Person', name };
}

/** Levenshtein distance, for telling a misspelling ("Pandol") from another name. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Two full names that differ by a slip of spelling: same number of words, the same first letters, and at most
 * one letter changed in one word of five letters or more ("Naledi Pandol" / "Naledi Pandor").
 */
export function isMisspelling(a: string, b: string): boolean {
  const x = significantParts(fold(a));
  const y = significantParts(fold(b));
  if (x.length !== y.length || x.length < 2) return false;
  let changed = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (x[i][0] !== y[i][0] || Math.min(x[i].length, y[i].length) < 5 || editDistance(x[i], y[i]) > 1) return false;
    changed++;
  }
  return changed === 1;
}

/**
 * Three or more words, the first and the last the same (or a slip apart), a middle word spelled otherwise from the
 * same initial: transliterated middle names vary most ("Bassirou Diomaye Faye" / "Basirou Diomey Faye").
 */
export function isMiddleNameVariant(a: string, b: string): boolean {
  const x = significantParts(fold(a));
  const y = significantParts(fold(b));
  if (x.length !== y.length || x.length < 3) return false;
  const close = (p: string, q: string) =>
    p === q || (p[0] === q[0] && Math.min(p.length, q.length) >= 5 && editDistance(p, q) <= 1);
  const last = x.length - 1;
  if (!close(x[0], y[0]) || !close(x[last], y[last])) return false;
  const middles = x.slice(1, last).map((p, i) => [p, y[i + 1]]);
  return (
    middles.some(([p, q]) => p !== q) && middles.every(([p, q]) => p[0] === q[0] && Math.min(p.length, q.length) >= 4)
  );
}

/** The name without middle initials: "Ralph E Gonsalves", "Joseph R. Biden" → "Ralph Gonsalves", "Joseph Biden". */
export function withoutMiddleInitials(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return name;
  const middle = words.slice(1, -1).filter((w) => !/^\p{Lu}\.?$/u.test(w));
  return [words[0], ...middle, words[words.length - 1]].join(' ');
}

/** The same two words in the other order: "Kishida Fumio" / "Fumio Kishida" (East Asian order). */
export function isReversed(a: string, b: string): boolean {
  const x = significantParts(fold(a));
  const y = significantParts(fold(b));
  return x.length === 2 && y.length === 2 && x[0] === y[1] && x[1] === y[0];
}
