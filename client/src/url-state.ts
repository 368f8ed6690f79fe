import { MAX_NODES_PER_REQUEST, PathsThrough } from './api';
import { cleanGraphSettings, GraphSettings } from './settings-store';
import { parseSliceKey } from './timeline/slice-property';

/**
 * The view in the address: nodes on the canvas, hidden kinds and event families, dates, events-as-edges, per-label
 * settings.
 */
export interface ViewState {
  ids: string[];
  hiddenKinds: string[];
  /** Codes of the event families hidden (event-families.ts); absent when none is, as in links made before them. */
  hiddenFamilies?: string[];
  from: string | null;
  to: string | null;
  /** The timeline's property ("Label.property") when not events' date; absent in links made before it. */
  slice?: string;
  eventsAsEdges: boolean;
  settings: GraphSettings;
  /** Where each node of `ids` was, in the same order (whole pixels); empty when the link has no positions. */
  positions?: [number, number][];
  /** Indexes into `ids` of the selected nodes. */
  selected?: number[];
  /** The path finder's question and the path it shows, so the link lights the same path. */
  path?: SharedPath;
}

export interface SharedPath {
  from: string;
  to: string;
  hops: number;
  through: PathsThrough;
  /** Which of the shortest paths is on show (0: the first). */
  index: number;
}

const THROUGH: readonly PathsThrough[] = ['facts', 'sources', 'articles'];

/** A path read from a link, or undefined when it is missing or damaged (a wrong path lights nothing). */
function decodePath(text: string | null): SharedPath | undefined {
  const [from, to, hops, through, index] = (text ?? '').split('|');
  const hopCount = Number(hops);
  const at = Number(index);
  if (!from || !to || !THROUGH.includes(through as PathsThrough)) return undefined;
  if (!Number.isInteger(hopCount) || hopCount < 1 || hopCount > 6 || !Number.isInteger(at) || at < 0) return undefined;
  return { from, to, hops: hopCount, through: through as PathsThrough, index: at };
}

/** A decoded address also says how many ids it held beyond what a shared view rebuilds. */
export interface DecodedView extends ViewState {
  idsBeyondCap: number;
}

/** A shared view is rebuilt in one request: as many nodes as POST /api/nodes takes. */
export const MAX_SHARED_IDS = MAX_NODES_PER_REQUEST;
const MAX_SHARED_LABELS = 200;

/**
 * Settings as `Label:c=key,k=rrggbb,z=L,f=key1|key2;Label2:…`. Names are percent-encoded, so the separators
 * (which encodeURIComponent always escapes) never occur inside them; the value is written into the hash as is,
 * since URLSearchParams would encode it a second time (and read "+" as a space).
 */
export function encodeSettings(settings: GraphSettings): string {
  const enc = encodeURIComponent;
  return Object.entries(cleanGraphSettings(settings))
    .map(([label, s]) => {
      const attrs: string[] = [];
      if (s.caption) attrs.push(`c=${enc(s.caption)}`);
      if (s.colour) attrs.push(`k=${s.colour.slice(1)}`);
      if (s.size) attrs.push(`z=${s.size}`);
      if (s.search) attrs.push(`f=${s.search.map(enc).join('|')}`);
      return `${enc(label)}:${attrs.join(',')}`;
    })
    .join(';');
}

export function decodeSettings(text: string): GraphSettings {
  const dec = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return '';
    }
  };
  const raw: Record<string, Record<string, unknown>> = {};
  for (const entry of text.split(';').slice(0, MAX_SHARED_LABELS)) {
    const colon = entry.indexOf(':');
    if (colon < 1) continue;
    const s: Record<string, unknown> = {};
    for (const attr of entry.slice(colon + 1).split(',')) {
      const value = attr.slice(2);
      if (attr.startsWith('c=')) s.caption = dec(value);
      else if (attr.startsWith('k=')) s.colour = `#${value}`;
      else if (attr.startsWith('z=')) s.size = value;
      else if (attr.startsWith('f=')) s.search = value.split('|').map(dec);
    }
    raw[dec(entry.slice(0, colon))] = s;
  }
  return cleanGraphSettings(raw);
}

export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.ids.length) params.set('ids', view.ids.join('|'));
  if (view.hiddenKinds.length) params.set('hide', view.hiddenKinds.join('|'));
  if (view.hiddenFamilies?.length) params.set('hidefam', view.hiddenFamilies.join('|'));
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.slice) params.set('slice', view.slice);
  if (view.eventsAsEdges) params.set('edges', '1');
  if (view.positions?.length === view.ids.length && view.ids.length)
    params.set('pos', view.positions.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`).join(','));
  if (view.selected?.length) params.set('sel', view.selected.join(','));
  if (view.path) {
    const { from, to, hops, through, index } = view.path;
    params.set('path', [from, to, hops, through, index].join('|'));
  }
  const settings = encodeSettings(view.settings);
  return [params.toString(), settings ? `s=${settings}` : ''].filter(Boolean).join('&');
}

export function decodeView(hash: string): DecodedView {
  const text = hash.replace(/^#/, '');
  const params = new URLSearchParams(text);
  const list = (key: string) => (params.get(key) ?? '').split('|').filter(Boolean);
  const ids = list('ids');
  // The settings are read raw (see encodeSettings), not through URLSearchParams.
  const settings = text
    .split('&')
    .find((p) => p.startsWith('s='))
    ?.slice(2);
  const kept = ids.slice(0, MAX_SHARED_IDS);
  const numbers = (key: string) =>
    (params.get(key) ?? '')
      .split(',')
      .filter(Boolean)
      .map(Number)
      .filter((n) => Number.isFinite(n));
  const flat = numbers('pos');
  // Positions count only when there is one pair per node: a damaged list places nothing rather than misplacing.
  const positions =
    flat.length === 2 * ids.length ? kept.map((_, i) => [flat[2 * i], flat[2 * i + 1]] as [number, number]) : [];
  const selected = numbers('sel').filter((i) => Number.isInteger(i) && i >= 0 && i < kept.length);
  const hiddenFamilies = list('hidefam');
  const path = decodePath(params.get('path'));
  const slice = params.get('slice');
  return {
    ...(slice && parseSliceKey(slice) ? { slice } : {}),
    ...(path ? { path } : {}),
    ids: kept,
    idsBeyondCap: Math.max(0, ids.length - MAX_SHARED_IDS),
    ...(positions.length ? { positions } : {}),
    ...(selected.length ? { selected } : {}),
    hiddenKinds: list('hide'),
    ...(hiddenFamilies.length ? { hiddenFamilies } : {}),
    from: params.get('from'),
    to: params.get('to'),
    eventsAsEdges: params.get('edges') === '1',
    settings: settings ? decodeSettings(settings) : {},
  };
}

const count = (n: number) => n.toLocaleString('en-US');

/** What a rebuilt shared view could not show, in words; null when it is complete. */
export function sharedViewReport(r: {
  requested: number;
  idsBeyondCap: number;
  missing: number;
  truncated: boolean;
}): string | null {
  const parts: string[] = [];
  if (r.idsBeyondCap > 0)
    parts.push(
      `The link held ${count(r.requested + r.idsBeyondCap)} nodes; a shared view rebuilds the first ` +
        `${count(MAX_SHARED_IDS)}, so ${count(r.idsBeyondCap)} were left out.`,
    );
  if (r.missing > 0)
    parts.push(
      `${count(r.missing)} of ${count(r.requested)} shared nodes ${r.missing === 1 ? 'is' : 'are'} no longer in the graph.`,
    );
  if (r.truncated) parts.push('The relationships among them were capped: some are not drawn.');
  return parts.length ? parts.join(' ') : null;
}
