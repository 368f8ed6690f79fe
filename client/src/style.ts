import type { StylesheetJson } from 'cytoscape';

/** Colours per kind; any other label (foreign graphs) gets a stable colour from its name. */
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

const PALETTE = [
  '#0ea5e9',
  '#84cc16',
  '#f59e0b',
  '#a855f7',
  '#ef4444',
  '#14b8a6',
  '#f97316',
  '#6366f1',
  '#10b981',
  '#e11d48',
];

export function colourOf(label: string): string {
  if (KIND_COLOURS[label]) return KIND_COLOURS[label];
  let hash = 0;
  for (const c of label) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
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

/** The label of an event drawn as an edge between its two parties: "called · 15 Jun 2022". */
export function eventEdgeLabel(kind: unknown, date: unknown): string {
  const verb = VERBS[String(kind)] ?? String(kind ?? 'event');
  const when = formatDate(date);
  return when ? `${verb} · ${when}` : verb;
}

/** An event reads "Call · 15 Jun 2022" on the canvas (its full name is in the panel); others show their name. */
export function nodeCaption(data: { label?: unknown; kind?: unknown; date?: unknown; name?: unknown }): string {
  if (data.label === 'Event' && typeof data.kind === 'string') {
    const kind = data.kind.charAt(0).toUpperCase() + data.kind.slice(1);
    const when = formatDate(data.date);
    return when ? `${kind} · ${when}` : `${kind} (undated)`;
  }
  return String(data.name ?? '');
}

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': (n: cytoscape.NodeSingular) => colourOf(n.data('label')),
        label: (n: cytoscape.NodeSingular) => nodeCaption(n.data()),
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'min-zoomed-font-size': 7,
        color: '#1d2330',
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        width: 26,
        height: 26,
        'border-width': 0,
      },
    },
    { selector: 'node[label = "Event"]', style: { shape: 'round-diamond', width: 22, height: 22 } },
    { selector: 'node[label = "Country"]', style: { shape: 'round-hexagon', width: 30, height: 30 } },
    { selector: 'node[label = "Outlet"]', style: { shape: 'round-rectangle' } },
    { selector: 'node[label = "Sentence"], node[label = "Article"]', style: { width: 14, height: 14, 'font-size': 9 } },
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
        'line-color': '#dc2626',
        'target-arrow-shape': 'none',
        width: 2.5,
        'font-size': 10,
        color: '#b42318',
      },
    },
    { selector: 'edge:selected', style: { 'line-color': '#111827', width: 3 } },
    // Huge views: straight edges without arrows or labels, the cheapest Cytoscape draws.
    {
      selector: 'edge.bulk',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', label: '' },
    },
    {
      selector: '.path',
      style: {
        'line-color': '#f59e0b',
        'target-arrow-color': '#f59e0b',
        width: 4,
        'border-width': 3,
        'border-color': '#f59e0b',
      },
    },
    { selector: '.kind-hidden, .date-hidden, .collapsed, .user-hidden', style: { display: 'none' } },
  ] as unknown as StylesheetJson;
}
