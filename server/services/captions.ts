/**
 * How a label's nodes are named on the canvas and in search, decided from a sample of its data (pure functions:
 * the catalogue feeds them, the unit tests call them directly).
 */

/** What a sample of one label's nodes says about one property key. */
export interface PropertyStats {
  key: string;
  /** Neo4j value types seen (`STRING`, `INTEGER`, `LIST<STRING>`, …), without `NOT NULL`. */
  types: string[];
  /** Sampled nodes that have the key. */
  present: number;
  /** Distinct values among them. */
  distinct: number;
  /** Mean length of string values (null: none were strings). */
  avgLength: number | null;
}

export interface LabelSample {
  label: string;
  sampled: number;
  properties: PropertyStats[];
}

/** Pairs read together as one caption, in order: a first name alone is not a person. */
const NAME_PAIRS: [RegExp, RegExp][] = [
  [/^(first_?name|given_?name|forename)$/i, /^(last_?name|surname|family_?name)$/i],
  [/^name$/i, /^(surname|last_?name|family_?name)$/i],
];
/** Keys that name a thing, best first (as Neo4j Browser and Bloom look for them). */
const NAME_KEYS: RegExp[] = [
  /^name$/i,
  /^(full_?name|display_?name)$/i,
  /^title$/i,
  /[a-z](_n|N)ame$|_name$/,
  /name$/i,
  /^(label|caption|headline|subject)$/i,
];
/** Identifiers and digests are distinctive but unreadable: a caption only when nothing else is. */
const ID_LIKE = /(^|_)(id|uuid|guid|key|hash|sha\d*|md5|no|num|number)$/i;
const CAMEL_ID = /[a-z](ID|Id|No|Num)$/;
const idLike = (key: string) => ID_LIKE.test(key) || CAMEL_ID.test(key);
/** Captions are short: a note or a body of text is not a name. */
const MAX_CAPTION_LENGTH = 60;

const isString = (p: PropertyStats) => p.types.some((t) => t === 'STRING');
const isScalar = (p: PropertyStats) =>
  p.types.length > 0 && p.types.every((t) => ['STRING', 'INTEGER', 'FLOAT', 'DATE', 'LOCAL_DATE_TIME'].includes(t));
const presence = (p: PropertyStats, sampled: number) => (sampled ? p.present / sampled : 0);
const distinctness = (p: PropertyStats) => (p.present ? p.distinct / p.present : 0);

/** The property keys whose values, joined by a space, caption a node of this label; [] when none fits. */
export function captionKeys(sample: LabelSample): string[] {
  const usable = sample.properties.filter(
    (p) => isString(p) && presence(p, sample.sampled) >= 0.5 && (p.avgLength ?? 0) <= MAX_CAPTION_LENGTH,
  );
  for (const [first, last] of NAME_PAIRS) {
    const a = usable.find((p) => first.test(p.key));
    const b = usable.find((p) => last.test(p.key));
    if (a && b) return [a.key, b.key];
  }
  for (const pattern of NAME_KEYS) {
    const named = usable
      .filter((p) => pattern.test(p.key))
      .sort((a, b) => b.present - a.present || distinctness(b) - distinctness(a));
    if (named.length) return [named[0].key];
  }
  // A sentence or a post is its text (cut short on the canvas) rather than its identifier.
  const text = sample.properties.find((p) => /^text$/i.test(p.key) && isString(p));
  if (text) return [text.key];
  // The most distinctive short string, identifiers last: "address" before "postcode", "reg" before "colour".
  const ranked = usable
    .map((p) => ({ p, score: presence(p, sample.sampled) * distinctness(p) * (idLike(p.key) ? 0.5 : 1) }))
    .sort((a, b) => b.score - a.score || a.p.key.localeCompare(b.p.key));
  if (ranked.length) return [ranked[0].p.key];
  // No strings at all: a number or a date still reads better than an elementId.
  const scalar = sample.properties
    .filter((p) => isScalar(p) && presence(p, sample.sampled) >= 0.5)
    .sort((a, b) => distinctness(b) - distinctness(a) || a.key.localeCompare(b.key));
  return scalar.length ? [scalar[0].key] : [];
}

/** String keys search reads by default: every string property a node of the label has, long texts included. */
export function searchableKeys(sample: LabelSample): string[] {
  return sample.properties
    .filter((p) => isString(p) || p.types.includes('LIST<STRING>'))
    .map((p) => p.key)
    .sort();
}

/**
 * Keys that tell two nodes with similar captions apart (a price, a city, a date), best first: present on most
 * nodes, short, varied, not the caption itself.
 */
/** Keys that only serve the database (Readout's search text), never shown as a detail. */
const INTERNAL_KEYS = new Set(['aliasText']);

export function detailKeys(sample: LabelSample, caption: string[]): string[] {
  return sample.properties
    .filter((p) => !caption.includes(p.key) && !INTERNAL_KEYS.has(p.key))
    .filter((p) => isScalar(p) && presence(p, sample.sampled) >= 0.5)
    .filter((p) => (p.avgLength ?? 0) <= MAX_CAPTION_LENGTH && distinctness(p) > 0.05)
    .map((p) => ({ key: p.key, score: distinctness(p) * (idLike(p.key) ? 0.3 : 1) }))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, 3)
    .map((d) => d.key);
}

/** A property value as a short text; null for what cannot be read as one (maps, bytes). */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.join(', ');
  return null;
}
