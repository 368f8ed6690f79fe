import type { Core } from 'cytoscape';
import { api, ExportFormat } from './api';
import { familyEntries } from './event-families';
import { colourOf, eventColour } from './style';

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Scale of the exported picture: sharp in print and on high-density screens. */
export const PNG_SCALE = 2;
const BAND = 44;
const FONT = '12px system-ui, sans-serif';

/**
 * The kinds drawn on the canvas (visible ones), with how many of each, for the picture's legend; after Event, the
 * families its events are coloured by (those drawn as edges too).
 */
function legendOf(cy: Core): { label: string; count: number; colour: string }[] {
  const counts = new Map<string, number>();
  cy.nodes(':visible').forEach((n) => void counts.set(n.data('label'), (counts.get(n.data('label')) ?? 0) + 1));
  const kinds = [...counts]
    .map(([label, count]) => ({ label, count, colour: colourOf(label) }))
    .sort((a, b) => b.count - a.count);
  const asEdges = new Set(cy.edges('.event-edge:visible').map((e) => String(e.data('event'))));
  const drawnEvents = cy.nodes('[label = "Event"]').filter((n) => n.visible() || asEdges.has(n.id()));
  const families = familyEntries(drawnEvents.map((n) => n.data() as Record<string, unknown>)).map((f) => ({
    label: f.name,
    count: f.count,
    colour: eventColour(f.code),
  }));
  const event = kinds.findIndex((k) => k.label === 'Event');
  kinds.splice(event < 0 ? kinds.length : event + 1, 0, ...families);
  return kinds;
}

/**
 * Who the picture owes: the outlets on the canvas (the reporting behind it), the tool and the date. A picture
 * passed around without its sources is how a graph gets misread.
 */
function creditOf(cy: Core): string {
  const outlets = cy
    .nodes('[label = "Outlet"]:visible')
    .map((n) => String(n.data('name') ?? n.data('caption')))
    .sort();
  const sources = outlets.length
    ? `Sources: ${outlets.slice(0, 12).join(', ')}${outlets.length > 12 ? ', …' : ''} · `
    : '';
  return `${sources}Readout · ${location.host} · ${new Date().toISOString().slice(0, 10)}`;
}

/** The canvas at twice its size with a band under it: the legend of kinds, then the credit line. */
export async function pngWithLegend(cy: Core): Promise<Blob> {
  const graph = cy.png({ full: true, scale: PNG_SCALE, bg: '#ffffff', output: 'blob' }) as unknown as Blob;
  const picture = await createImageBitmap(graph);
  const s = PNG_SCALE;
  const canvas = document.createElement('canvas');
  const legend = legendOf(cy);
  const credit = creditOf(cy);
  // A small graph still gets a band wide enough for its legend and credit.
  const measure = canvas.getContext('2d')!;
  measure.font = FONT;
  const legendWidth = legend.reduce((w, l) => w + 28 + measure.measureText(`${l.label} ${l.count}`).width, 10);
  const textWidth = Math.max(legendWidth, measure.measureText(credit).width + 20);
  canvas.width = Math.max(picture.width, Math.ceil(textWidth * s));
  canvas.height = picture.height + BAND * s;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(picture, Math.round((canvas.width - picture.width) / 2), 0);
  g.scale(s, s);
  const top = picture.height / s;
  g.strokeStyle = '#dde1e6';
  g.beginPath();
  g.moveTo(0, top + 0.5);
  g.lineTo(canvas.width / s, top + 0.5);
  g.stroke();
  g.font = FONT;
  g.textBaseline = 'middle';
  let x = 10;
  for (const { label, count, colour } of legend) {
    g.fillStyle = colour;
    g.beginPath();
    g.arc(x + 5, top + 13, 5, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = '#1d2330';
    const text = `${label} ${count}`;
    g.fillText(text, x + 14, top + 13);
    x += 14 + g.measureText(text).width + 14;
  }
  g.fillStyle = '#687385';
  g.fillText(credit, 10, top + 32);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be made'))), 'image/png'),
  );
}

export async function exportPng(cy: Core): Promise<void> {
  download('readout.png', await pngWithLegend(cy));
}

/** Cytoscape JSON (.cyjs), the format Cytoscape Desktop opens: elements with their data and positions. */
export function cyjsDocument(cy: Core): object {
  const json = cy.json() as { elements: unknown };
  return {
    format_version: '1.0',
    generated_by: 'Readout',
    target_cytoscapejs_version: '~3.34',
    data: { name: 'Readout view' },
    elements: json.elements,
  };
}

export function exportCyjs(cy: Core): void {
  download('readout.cyjs', new Blob([JSON.stringify(cyjsDocument(cy), null, 1)], { type: 'application/json' }));
}

/**
 * The nodes drawn on the canvas, and the relationships among them with each fact's evidence, as a file the server
 * writes (GEXF, GraphML, CSV, a Cypher script, JSON). Resolves to what the server left out, if anything.
 */
export async function exportFromServer(cy: Core, format: ExportFormat): Promise<string | null> {
  // An event drawn as a labelled edge is on the canvas too: without it its people's facts would be left out.
  const asEdges = cy.edges('.event-edge:visible').map((e) => String(e.data('event')));
  const ids = [...new Set([...cy.nodes(':visible').map((n) => n.id()), ...asEdges])];
  if (ids.length === 0) throw new Error('Nothing on the canvas to export.');
  const file = await api.exportFile(format, ids);
  download(file.name, file.blob);
  return file.leftOut;
}
