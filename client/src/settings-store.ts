/**
 * The user's per-label settings (caption, colour, size, searched properties) and where they are kept: in the
 * browser's storage, one entry per graph. No DOM: the storage is passed in, so Node runs this in the unit tests.
 */

export type NodeSize = 'S' | 'M' | 'L';

/** Node diameters in px; M is the size every label had before sizes could be chosen. */
export const SIZE_PX: Record<NodeSize, number> = { S: 18, M: 26, L: 36 };

/** What the user changed for one label; an absent field means the server's (or Readout's) default. */
export interface LabelSettings {
  /** The property shown as the node's caption on the canvas. */
  caption?: string;
  /** #rrggbb */
  colour?: string;
  size?: NodeSize;
  /** The string properties a search looks in. */
  search?: string[];
}

export type GraphSettings = Record<string, LabelSettings>;

/** The part of localStorage used here (tests pass a Map-backed object). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What a label offers to choose from: its schema entry, as the server describes it. */
export interface LabelDefaults {
  label: string;
  searchable: string[];
}

const MAX_KEY_LENGTH = 200;
const MAX_SEARCH_KEYS = 50;
const COLOURS_KEY = 'readout.labelColours';
const SETTINGS_PREFIX = 'readout.labelSettings.';

/**
 * One graph's identity for its settings: its sorted label list, hashed (FNV-1a). Two databases with the same labels
 * share settings, which is what a user moving between copies of a graph wants.
 */
export function graphKey(labels: string[]): string {
  let hash = 0x811c9dc5;
  for (const c of [...new Set(labels)].sort().join('\n')) {
    hash ^= c.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

// '__proto__' as an object key would replace the object's prototype instead of adding an entry.
const isKey = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_KEY_LENGTH && v !== '__proto__';

/** Keeps only well-formed fields: settings come from storage and from links anyone can write. */
export function cleanLabelSettings(raw: unknown): LabelSettings {
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const out: LabelSettings = {};
  if (isKey(r.caption)) out.caption = r.caption;
  if (typeof r.colour === 'string' && /^#[0-9a-f]{6}$/i.test(r.colour)) out.colour = r.colour.toLowerCase();
  if (r.size === 'S' || r.size === 'M' || r.size === 'L') out.size = r.size;
  if (Array.isArray(r.search)) {
    const keys = [...new Set(r.search.filter(isKey))].slice(0, MAX_SEARCH_KEYS);
    if (keys.length) out.search = keys;
  }
  return out;
}

export function cleanGraphSettings(raw: unknown): GraphSettings {
  const out: GraphSettings = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [label, value] of Object.entries(raw as Record<string, unknown>)) {
    const clean = cleanLabelSettings(value);
    if (isKey(label) && Object.keys(clean).length) out[label] = clean;
  }
  return out;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((k) => b.includes(k));

/** Drops what equals the default, so "changed" means changed (and links stay short). */
export function withoutDefaults(settings: LabelSettings, defaults: LabelDefaults): LabelSettings {
  const out = cleanLabelSettings(settings);
  if (out.search && sameSet(out.search, defaults.searchable)) delete out.search;
  return out;
}

/** Settings for one label, replaced (or removed when empty) in a copy of the graph's settings. */
export function withLabelSettings(all: GraphSettings, label: string, next: LabelSettings): GraphSettings {
  const copy = { ...all };
  if (Object.keys(next).length) copy[label] = next;
  else delete copy[label];
  return copy;
}

function readJson(store: KeyValueStore, key: string): unknown {
  try {
    return JSON.parse(store.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function writeJson(store: KeyValueStore, key: string, value: object): void {
  try {
    if (Object.keys(value).length) store.setItem(key, JSON.stringify(value));
    else store.removeItem(key);
  } catch {
    // Storage full or disabled (private mode): the settings last for this page only.
  }
}

export function loadSettings(store: KeyValueStore, graph: string): GraphSettings {
  return cleanGraphSettings(readJson(store, SETTINGS_PREFIX + graph));
}

export function saveSettings(store: KeyValueStore, graph: string, settings: GraphSettings): void {
  writeJson(store, SETTINGS_PREFIX + graph, cleanGraphSettings(settings));
}

/** Label → colour as first assigned; shared by all graphs, so a label looks the same wherever it appears. */
export function loadRememberedColours(store: KeyValueStore): Record<string, string> {
  const raw = readJson(store, COLOURS_KEY);
  const out: Record<string, string> = {};
  if (raw && typeof raw === 'object')
    for (const [label, colour] of Object.entries(raw as Record<string, unknown>))
      if (isKey(label) && typeof colour === 'string' && /^#[0-9a-f]{6}$/i.test(colour))
        out[label] = colour.toLowerCase();
  return out;
}

export function saveRememberedColours(store: KeyValueStore, colours: Record<string, string>): void {
  writeJson(store, COLOURS_KEY, colours);
}

/**
 * The search request's `fields` ("Label.key,Label.key2"): only labels whose searched properties the user changed;
 * the server searches every other label by its defaults. Undefined when nothing was changed.
 */
export function searchFields(settings: GraphSettings, defaults: LabelDefaults[]): string | undefined {
  const fields: string[] = [];
  for (const d of defaults) {
    const keys = settings[d.label]?.search;
    if (keys && !sameSet(keys, d.searchable)) fields.push(...keys.map((k) => `${d.label}.${k}`));
  }
  return fields.length ? fields.join(',') : undefined;
}
