import { spanOfEventDate } from '../date-span';
import { readNumberRange } from './numeric-scale';

/**
 * What the timeline can slice a graph by (as Bloom's slicer does): a property of one label whose values are all
 * dates (or date-times) or all numbers, named "Label.property" (`Movie.released`, `Event.date`).
 */
export type SliceKind = 'date' | 'number';

export interface SliceProperty {
  /** "Label.property", as the picker lists it and the share link keeps it. */
  key: string;
  label: string;
  property: string;
  kind: SliceKind;
}

/** News events' dates: what the timeline slices by unless another property is chosen. */
export const EVENT_DATE = 'Event.date';

/** Element fields the server adds beside a node's own properties (server/db/elements.ts): not properties. */
const NOT_PROPERTIES = new Set(['id', 'elementId', 'label', 'labels', 'name', 'caption']);

/** "Movie.released" as its label and property (a label holds no dot; a property name may); null when malformed. */
export function parseSliceKey(key: string): { label: string; property: string } | null {
  const dot = key.indexOf('.');
  if (dot < 1 || dot === key.length - 1) return null;
  return { label: key.slice(0, dot), property: key.slice(dot + 1) };
}

/** A value the timeline can place: a finite number, or a date (day, month, year or date-time) as text. */
export function kindOfValue(value: unknown): SliceKind | null {
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : null;
  return spanOfEventDate(value) ? 'date' : null;
}

/**
 * The properties the nodes' data offer to slice by: per label, each property whose every value is of one kind
 * (a property mixing numbers and text, or holding any other text, is left out). Events' date first, then by name.
 */
export function sliceProperties(nodes: Iterable<Record<string, unknown>>): SliceProperty[] {
  const kinds = new Map<string, SliceKind | null>();
  for (const data of nodes) {
    const label = data.label;
    if (typeof label !== 'string' || label === '') continue;
    for (const [property, value] of Object.entries(data)) {
      if (NOT_PROPERTIES.has(property) || value === null || value === undefined) continue;
      const key = `${label}.${property}`;
      const kind = kindOfValue(value);
      const before = kinds.get(key);
      kinds.set(key, before === undefined || before === kind ? kind : null);
    }
  }
  const offered: SliceProperty[] = [];
  for (const [key, kind] of kinds) if (kind) offered.push({ key, ...parseSliceKey(key)!, kind });
  return offered.sort(
    (a, b) => Number(b.key === EVENT_DATE) - Number(a.key === EVENT_DATE) || a.key.localeCompare(b.key),
  );
}

/** What decides the property on show besides the canvas. */
export interface SliceChoice {
  /** The property chosen (the view's filters), or null for the default. */
  chosen: string | null;
  /** Readout's own graph, where events' date is the default. */
  news: boolean;
  /** The range set, as the boxes write it. */
  from: string | null;
  to: string | null;
}

/**
 * The property the timeline shows: the one chosen; else events' date on a news graph (or wherever events have
 * dates, or when nothing else is offered), and on another graph the first property its nodes offer. A chosen
 * property no node on the canvas has yet (a shared link opening) is numbers when its range reads as numbers.
 */
export function shownProperty(offered: SliceProperty[], choice: SliceChoice): SliceProperty {
  const key =
    choice.chosen ??
    (choice.news || offered.length === 0 || offered.some((p) => p.key === EVENT_DATE) ? EVENT_DATE : offered[0].key);
  const found = offered.find((p) => p.key === key);
  if (found) return found;
  const { from, to } = choice;
  const numbers = key !== EVENT_DATE && (from || to) && readNumberRange(from ?? '', to ?? '').ok;
  return { key, ...(parseSliceKey(key) ?? { label: 'Event', property: 'date' }), kind: numbers ? 'number' : 'date' };
}
