import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { api, Elements } from './api';
import { setupConsole } from './console';
import { byId, el } from './dom';
import { exportCyjs, exportPng } from './export';
import { GraphView } from './graph-view';
import { clearDetails, showEdge, showNode } from './panels/details';
import { setupSearch } from './search';
import { showStatus, withStatus } from './status';
import { colourOf } from './style';
import { decodeView, encodeView } from './url-state';

const initial = decodeView(location.hash);
// ?renderer=webgl draws with Cytoscape's (experimental) WebGL renderer; the canvas renderer is the default.
const view = new GraphView(
  byId('cy'),
  {
    eventsAsEdges: initial.eventsAsEdges,
    hiddenKinds: new Set(initial.hiddenKinds),
    from: initial.from,
    to: initial.to,
  },
  { webgl: new URLSearchParams(location.search).get('renderer') === 'webgl' },
);
(window as unknown as { cy: unknown }).cy = view.cy;

let restoring = true;
/** The address always holds the view, so a copied link rebuilds it. */
function saveView(): void {
  if (restoring) return;
  const hash = encodeView({
    ids: view.ids(),
    hiddenKinds: [...view.options.hiddenKinds],
    from: view.options.from,
    to: view.options.to,
    eventsAsEdges: view.options.eventsAsEdges,
  });
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
  renderLegendCounts();
}
view.onChange = saveView;

// Selection: the side panel follows it.
view.cy.on('select', 'node', (e) => {
  byId('details').dataset.current = e.target.id();
  void showNode(e.target as NodeSingular);
});
view.cy.on('select', 'edge', (e) => {
  void showEdge(e.target as EdgeSingular, (eventId) => {
    const event = view.cy.getElementById(eventId);
    byId('details').dataset.current = eventId;
    void showNode(event as NodeSingular);
  });
});
view.cy.on('unselect', () => {
  if (view.cy.$(':selected').empty()) clearDetails();
});
view.cy.on('dbltap', 'node', (e) => void view.expand(e.target as NodeSingular));

setupSearch((hit) => void view.showNode(hit.id));

// Legend: one entry per label in the graph, a click hides or shows that kind.
const legend = byId('legend');
async function buildLegend(): Promise<void> {
  const schema = await withStatus('Reading the graph schema', () => api.schema());
  if (!schema) return;
  const hiddenByDefault = ['Sentence', 'Article', 'Entity'];
  legend.replaceChildren(
    ...schema.labels
      .filter((l) => l.label !== 'Entity')
      .map((l) => {
        const item = el(
          'li',
          { 'data-kind': l.label, title: `${l.count} in the graph; click to hide or show` },
          el('span', { class: 'swatch' }),
          el('span', {}, l.label),
          el('span', { class: 'count' }, ''),
        );
        (item.firstChild as HTMLElement).style.backgroundColor = colourOf(l.label);
        item.addEventListener('click', () => {
          const hidden = view.options.hiddenKinds;
          if (hidden.has(l.label)) hidden.delete(l.label);
          else hidden.add(l.label);
          view.applyFilters();
          saveView();
        });
        return item;
      }),
  );
  if (initial.hiddenKinds.length === 0 && !location.hash)
    for (const k of hiddenByDefault) view.options.hiddenKinds.add(k);
  renderLegendCounts();
}
function renderLegendCounts(): void {
  for (const item of Array.from(legend.children) as HTMLElement[]) {
    const kind = item.dataset.kind!;
    item.classList.toggle('off', view.options.hiddenKinds.has(kind));
    const n = view.cy.nodes(`[label = "${kind.replace(/"/g, '\\"')}"]`).length;
    (item.querySelector('.count') as HTMLElement).textContent = n ? String(n) : '';
  }
}

// Toolbar.
const eventsToggle = byId<HTMLInputElement>('events-as-edges');
eventsToggle.checked = view.options.eventsAsEdges;
eventsToggle.addEventListener('change', () => {
  view.options.eventsAsEdges = eventsToggle.checked;
  view.applyFilters();
  saveView();
});
const dateFrom = byId<HTMLInputElement>('date-from');
const dateTo = byId<HTMLInputElement>('date-to');
dateFrom.value = view.options.from ?? '';
dateTo.value = view.options.to ?? '';
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
for (const input of [dateFrom, dateTo]) {
  input.addEventListener('change', () => {
    const value = input.value.trim();
    if (value && !ISO.test(value)) return showStatus('Dates are YYYY, YYYY-MM or YYYY-MM-DD', 'error');
    view.options.from = dateFrom.value.trim() || null;
    view.options.to = dateTo.value.trim() || null;
    view.applyFilters();
    saveView();
  });
}
byId('undo').addEventListener('click', () => view.undo());
byId('fit').addEventListener('click', () => view.fit());
byId('clear').addEventListener('click', () => view.clear());
byId('export-png').addEventListener('click', () => exportPng(view.cy));
byId('export-cyjs').addEventListener('click', () => exportCyjs(view.cy));

// Path finder: the best search hit for each name, then the shortest paths between them.
byId('path-run').addEventListener('click', async () => {
  const from = byId<HTMLInputElement>('path-from').value.trim();
  const to = byId<HTMLInputElement>('path-to').value.trim();
  if (!from || !to) return showStatus('Give both ends of the path', 'error');
  const result = await withStatus('Finding paths', async () => {
    const [a, b] = await Promise.all([api.search(from, 1), api.search(to, 1)]);
    if (!a.hits[0] || !b.hits[0]) throw new Error(`No match for “${!a.hits[0] ? from : to}”`);
    return api.paths(a.hits[0].id, b.hits[0].id);
  });
  if (!result) return;
  if (result.paths.length === 0) return showStatus('No path within 4 hops', 'error');
  view.add(result);
  view.highlightPaths([...new Set(result.paths.flatMap((p) => [...p.nodes, ...p.edges]))]);
  showStatus(`${result.paths.length} shortest path(s) of ${result.paths[0].edges.length} hops`);
});

setupConsole((answer) => {
  if (answer.elements.nodes.length) view.add(answer.elements);
});

// Keyboard: "/" searches, Esc clears the selection, Delete hides it.
document.addEventListener('keydown', (e) => {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
  if (e.key === '/' && !typing) {
    e.preventDefault();
    byId('search-input').focus();
  } else if (e.key === 'Escape' && !typing) {
    view.cy.elements().unselect();
  } else if ((e.key === 'Delete' || e.key === 'Backspace') && !typing) {
    view.hideSelected();
  }
});

/** Rebuilds a shared view: its entities, and the relationships among them. */
async function restore(): Promise<void> {
  await buildLegend();
  if (initial.ids.length > 0) {
    await withStatus('Rebuilding the shared view', async () => {
      const found = await Promise.all(initial.ids.map((id) => api.node(id).catch(() => null)));
      const nodes = found.filter((n): n is NonNullable<typeof n> => n !== null);
      const wanted = new Set(nodes.map((n) => n.data.id));
      const edges: Elements['edges'] = [];
      for (const n of nodes.slice(0, 60)) {
        const sub = await api.subgraph({ id: n.data.id, limit: 300 });
        edges.push(...sub.edges.filter((e) => wanted.has(e.data.source) && wanted.has(e.data.target)));
      }
      view.add({ nodes, edges });
      if (nodes.length < initial.ids.length)
        showStatus(`${initial.ids.length - nodes.length} shared entities are no longer in the graph`, 'error');
    });
  }
  view.applyFilters();
  restoring = false;
  saveView();
  document.body.dataset.ready = 'true';
}
void restore();
