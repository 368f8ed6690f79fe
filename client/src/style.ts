import type { StylesheetJson } from 'cytoscape';
import { captionFontSize } from './caption-room';
import { familyColour } from './event-families';
import { PALETTE } from './palette';

/** Readout's own kinds keep these colours on every graph; other labels get palette colours (palette.ts). */
export const KIND_COLOURS: Record<string, string> = {
  Person: '#2f6fde',
  Country: '#1f9d55',
  Outlet: '#d97706',
  Organization: '#7c3aed',
  Agreement: '#db2777',
  Place: '#0891b2',
  Event: '#dc2626',
  Article: '#64748b',
  Sentence: '#94a3b8',
};

/** Sizes Readout's kinds had before sizes could be chosen; every other label is drawn at 26 px. */
const KIND_SIZES: Record<string, number> = { Event: 22, Country: 30, Sentence: 14, Article: 14 };
const DEFAULT_SIZE = 26;

/** How each label is drawn, as resolved from the palette and the user's settings (appearance.ts). */
export interface LabelLook {
  colours: Record<string, string>;
  captionKeys: Record<string, string>;
  sizes: Record<string, number>;
  /** Labels whose colour the user chose rather than the palette: for Event, it wins over the events' families. */
  chosenColours?: string[];
}

let look: LabelLook = { colours: {}, captionKeys: {}, sizes: {} };

/** The canvas, legend, search and panels read the look from here; GraphView.restyle() redraws with it. */
export function setLook(next: LabelLook): void {
  look = next;
}

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

export function colourOf(label: string): string {
  const known = own(look.colours, label) ?? own(KIND_COLOURS, label);
  if (known) return known;
  // A label the schema did not list (new since it was read): a stable colour from its name.
  let hash = 0;
  for (const c of label) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

/**
 * An event's colour (as a node, or as an edge between its parties): its family's (event-families.ts), unless the
 * user chose a colour for Event; an event of no family, or of one this page does not know, keeps the Event colour.
 */
export function eventColour(family: unknown): string {
  if (look.chosenColours?.includes('Event')) return colourOf('Event');
  return familyColour(family) ?? colourOf('Event');
}

/** A node's fill: its label's colour, an event's by its family. */
export function nodeColour(data: { label?: unknown; family?: unknown }): string {
  return data.label === 'Event' ? eventColour(data.family) : colourOf(String(data.label));
}

export function nodeSize(label: string): number {
  return own(look.sizes, label) ?? own(KIND_SIZES, label) ?? DEFAULT_SIZE;
}

/** Element fields that a property of the same name cannot overwrite: the server sends those as prop_<key>. */
const CLASHING = new Set(['id', 'label', 'labels', 'source', 'target', 'type']);

/** A node property by its key in the graph, wherever the server put it in the element's data. */
export function propertyOf(data: Record<string, unknown>, key: string): unknown {
  if (CLASHING.has(key)) return data[`prop_${key}`] ?? (key === 'id' ? data.id : undefined);
  return data[key];
}

/** A property value as caption text; binary values and maps have none. */
function captionText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(captionText).filter(Boolean).join(', ');
  return '';
}

/** The user's caption for this node, if they chose a property for its label and the node has it. */
function chosenCaption(data: Record<string, unknown>, captionKey?: string): string {
  return captionKey ? captionText(propertyOf(data, captionKey)) : '';
}

/**
 * What the panel and messages call a node: the chosen caption, else its name (Readout's full name, an event's
 * "Call: Xi – Putin"; on another graph the same as the server's caption), else the caption, else its id.
 */
export function displayName(data: Record<string, unknown>): string {
  const chosen = chosenCaption(data, own(look.captionKeys, String(data.label)));
  return chosen || captionText(data.name) || captionText(data.caption) || String(data.id ?? '');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2022-06-15" → "15 Jun 2022", "2022-02" → "Feb 2022". */
export function formatDate(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  const [y, m, d] = iso.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y ?? '';
}

const VERBS: Record<string, string> = {
  call: 'called',
  meeting: 'met',
  visit: 'visited',
  signing: 'signed',
  opening: 'opened',
  invasion: 'invaded',
};

/**
 * The label of an event drawn as an edge between its two parties: "called · 15 Jun 2022"; a kind without a verb
 * here (kinds are open: the extractor names new ones) reads as itself, "arrest · 3 Mar 2025".
 */
export function eventEdgeLabel(kind: unknown, date: unknown): string {
  const name = typeof kind === 'string' && kind ? kind : 'event';
  const verb = own(VERBS, name) ?? name;
  const when = formatDate(date);
  return when ? `${verb} · ${when}` : verb;
}

/**
 * The canvas label, as Neo4j Browser picks one and Bloom lets you choose it: the property chosen for the node's
 * label, else an event's "Call · 15 Jun 2022" (its full name is in the panel), else the server's caption or name.
 */
export function nodeCaption(
  data: { label?: unknown; kind?: unknown; date?: unknown; name?: unknown; caption?: unknown; [key: string]: unknown },
  captionKey: string | undefined = own(look.captionKeys, String(data.label)),
): string {
  const chosen = chosenCaption(data, captionKey);
  if (chosen) return chosen;
  if (data.label === 'Event' && typeof data.kind === 'string') {
    const kind = data.kind.charAt(0).toUpperCase() + data.kind.slice(1);
    const when = formatDate(data.date);
    return when ? `${kind} · ${when}` : `${kind} (undated)`;
  }
  return captionText(data.caption) || String(data.name ?? '');
}

/** Caption sizes at zoom 1: a sentence's or an article's long caption smaller than a name. */
const CAPTION_PX = 11;
const SMALL_CAPTION_PX = 9;
const CAPTION_MAX_WIDTH = 140;
const smallCaption = new Set(['Sentence', 'Article']);

/** The zoom captions are sized for (canvas-captions.ts keeps it current): they never shrink below a readable size. */
let captionZoom = 1;

/** Sizes captions for `zoom`; true when that changed them (the stylesheet then needs applying again). */
export function sizeCaptionsFor(zoom: number): boolean {
  if (zoom === captionZoom) return false;
  captionZoom = zoom;
  return true;
}

/** A node's caption size in model px: its own at zoom 1, more when zoomed out, so it stays readable on screen. */
export function captionFont(label: unknown): number {
  return captionFontSize(smallCaption.has(String(label)) ? SMALL_CAPTION_PX : CAPTION_PX, captionZoom);
}

/** How wide a caption may run before its ellipsis, in model px: wider as its font grows, so as many letters show. */
export function captionMaxWidth(label: unknown): number {
  const base = smallCaption.has(String(label)) ? SMALL_CAPTION_PX : CAPTION_PX;
  return (CAPTION_MAX_WIDTH * captionFont(label)) / base;
}

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': (n: cytoscape.NodeSingular) => nodeColour(n.data()),
        label: (n: cytoscape.NodeSingular) => nodeCaption(n.data()),
        'font-size': (n: cytoscape.NodeSingular) => captionFont(n.data('label')),
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': (n: cytoscape.NodeSingular) => `${captionMaxWidth(n.data('label'))}px`,
        'min-zoomed-font-size': 7,
        color: '#1d2330',
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        width: (n: cytoscape.NodeSingular) => nodeSize(n.data('label')),
        height: (n: cytoscape.NodeSingular) => nodeSize(n.data('label')),
        'border-width': 0,
      },
    },
    { selector: 'node[label = "Event"]', style: { shape: 'round-diamond' } },
    { selector: 'node[label = "Country"]', style: { shape: 'round-hexagon' } },
    { selector: 'node[label = "Outlet"]', style: { shape: 'round-rectangle' } },
    // A caption that would overlap a more important one, when not all fit (canvas-captions.ts).
    { selector: 'node.caption-yielded', style: { label: '' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#b6bfcc',
        'target-arrow-color': '#b6bfcc',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(type)',
        'font-size': 8,
        color: '#687385',
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 9,
      },
    },
    {
      selector: 'edge.event-edge',
      style: {
        label: 'data(caption)',
        'line-color': (e: cytoscape.EdgeSingular) => eventColour(e.data('family')),
        'target-arrow-shape': 'none',
        width: 2.5,
        'font-size': 10,
        color: '#1d2330',
      },
    },
    { selector: 'edge:selected', style: { 'line-color': '#111827', width: 3 } },
    // Huge views: straight edges without arrows or labels, the cheapest Cytoscape draws.
    {
      selector: 'edge.bulk',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', label: '' },
    },
    // Edges and nodes apart: `width` is an edge's thickness but a node's size (one rule made path nodes 4 px).
    { selector: 'edge.path', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 4 } },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
    // An added article speaks of this node: its neighbours have changed since it was drawn.
    { selector: 'node.new-facts', style: { 'border-width': 3, 'border-color': '#16a34a', 'border-style': 'dashed' } },
    {
      selector: '.kind-hidden, .family-hidden, .date-hidden, .slice-hidden, .collapsed, .stranded, .user-hidden',
      style: { display: 'none' },
    },
  ] as unknown as StylesheetJson;
}
