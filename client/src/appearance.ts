import type { GraphSchema, SchemaLabel } from './api';
import { assignColours } from './palette';
import {
  graphKey,
  GraphSettings,
  KeyValueStore,
  LabelSettings,
  loadRememberedColours,
  loadSettings,
  saveRememberedColours,
  saveSettings,
  searchFields,
  SIZE_PX,
  withLabelSettings,
  withoutDefaults,
} from './settings-store';
import { KIND_COLOURS, setLook } from './style';

/**
 * The page's per-label look for the graph it shows: palette colours, and the user's settings from this browser
 * and from the link. Holds the state; settings-store.ts and palette.ts do the work, style.ts draws with it.
 */

/** localStorage, or a stand-in for this page only when the browser refuses it (private mode, sandboxed frames). */
export function browserStore(): KeyValueStore {
  try {
    const probe = '__readout_probe__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (k) => memory.get(k) ?? null,
      setItem: (k, v) => void memory.set(k, v),
      removeItem: (k) => void memory.delete(k),
    };
  }
}

const store = browserStore();
let schema: GraphSchema = { labels: [], relationshipTypes: [], news: true };
let key = '';
let settings: GraphSettings = {};
let assigned: Record<string, string> = {};

/** Reads this graph's settings and colours; settings carried by a shared link win over this browser's own. */
export function initAppearance(graph: GraphSchema, fromLink: GraphSettings): void {
  // Fields a server older than this page lacks read as Readout's own graph with no caption or search defaults.
  schema = {
    ...graph,
    news: graph.news ?? true,
    labels: graph.labels.map((l) => ({
      ...l,
      properties: l.properties ?? [],
      caption: l.caption ?? [],
      searchable: l.searchable ?? [],
      idKey: l.idKey ?? null,
    })),
  };
  const labels = schema.labels.map((l) => l.label);
  key = graphKey(labels);
  settings = { ...loadSettings(store, key), ...fromLink };
  const colours = assignColours(labels, KIND_COLOURS, loadRememberedColours(store));
  saveRememberedColours(store, colours.remembered);
  assigned = colours.colours;
  publish();
}

function publish(): void {
  const colours = { ...assigned };
  const captionKeys: Record<string, string> = {};
  const sizes: Record<string, number> = {};
  const chosenColours: string[] = [];
  // Readout's small article and sentence dots are its own; on another graph every label starts at M.
  if (!schema.news) for (const l of schema.labels) sizes[l.label] = SIZE_PX.M;
  for (const [label, s] of Object.entries(settings)) {
    if (s.colour) {
      colours[label] = s.colour;
      chosenColours.push(label);
    }
    if (s.caption) captionKeys[label] = s.caption;
    if (s.size) sizes[label] = SIZE_PX[s.size];
  }
  setLook({ colours, captionKeys, sizes, chosenColours });
}

export function schemaLabel(label: string): SchemaLabel | undefined {
  return schema.labels.find((l) => l.label === label);
}

/** Whether this is Readout's own news graph (articles, sentences, readouts) or any other. */
export function isNewsGraph(): boolean {
  return schema.news;
}

export function allSettings(): GraphSettings {
  return settings;
}

export function settingsOf(label: string): LabelSettings {
  return settings[label] ?? {};
}

/** The palette colour a label has when the user has not chosen one. */
export function assignedColour(label: string): string | undefined {
  return assigned[label];
}

/** Replaces one label's settings, keeps them in this browser and restyles what reads the look. */
export function updateLabelSettings(label: string, next: LabelSettings): void {
  const defaults = schemaLabel(label) ?? { label, searchable: [] };
  settings = withLabelSettings(settings, label, withoutDefaults(next, defaults));
  saveSettings(store, key, settings);
  publish();
}

/** The search request's `fields`, for labels whose searched properties the user changed. */
export function currentSearchFields(): string | undefined {
  return searchFields(settings, schema.labels);
}

/** The properties that make up a label's default caption: a match in one of them is already visible. */
export function captionKeysOf(label: string): string[] {
  const chosen = settings[label]?.caption;
  return [...(schemaLabel(label)?.caption ?? []), ...(chosen ? [chosen] : [])];
}
