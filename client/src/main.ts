import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { api, PathsAnswer, PathsThrough } from './api';
import { allSettings, currentSearchFields, initAppearance, isNewsGraph } from './appearance';
import { setupConsole } from './console';
import { byId, el } from './dom';
import { exportCyjs, exportPng } from './export';
import { GraphView } from './graph-view';
import { renderLegend, renderLegendCounts, renderSwatches } from './legend';
import { setupArticleReader } from './panels/article-reader';
import { clearDetails, showEdge, showNode } from './panels/details';
import { openArticleButton, requestArticle } from './panels/reader-links';
import { setupReadouts } from './panels/readouts';
import { setupSearch } from './search';
import { showStatus, withStatus } from './status';
import { decodeView, encodeView, sharedViewReport } from './url-state';

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
    settings: allSettings(),
  });
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  renderCounts();
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

// An article found by search opens in the reader; anything else lands on the canvas.
setupSearch((hit) =>
  isNewsGraph() && hit.labels.includes('Article') ? requestArticle({ articleId: hit.id }) : void view.showNode(hit.id),
);
setupReadouts();
setupArticleReader(view);

// Legend: one entry per label in the graph; a click hides or shows that kind, its button opens its settings.
const legend = byId('legend');
async function buildLegend(): Promise<void> {
  const schema = await withStatus('Reading the graph schema', () => api.schema());
  if (!schema) return;
  initAppearance(schema, initial.settings);
  view.restyle();
  // The page names Readout's own kinds only on Readout's graph; another graph keeps the neutral wording.
  if (schema.news)
    byId<HTMLInputElement>('search-input').placeholder = 'Search people, countries, outlets, events…  ( / )';
  else clearDetails();
  renderLegend(legend, schema, {
    toggle: (label) => {
      const hidden = view.options.hiddenKinds;
      if (hidden.has(label)) hidden.delete(label);
      else hidden.add(label);
      view.applyFilters();
      saveView();
    },
    settingsChanged: () => {
      view.restyle();
      renderSwatches(legend);
      saveView();
    },
  });
  // Readout's provenance layer starts hidden; another graph's labels named so are its data.
  const hiddenByDefault = schema.news ? ['Sentence', 'Article', 'Entity'] : [];
  if (initial.hiddenKinds.length === 0 && !location.hash)
    for (const k of hiddenByDefault) view.options.hiddenKinds.add(k);
  renderLegendCounts(legend, view.cy, view.options.hiddenKinds);
}
function renderCounts(): void {
  renderLegendCounts(legend, view.cy, view.options.hiddenKinds);
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

// Path finder: the best search hit for each name, then the shortest paths between them, each hop with the
// sentence that states it.
byId('path-run').addEventListener('click', async () => {
  const from = byId<HTMLInputElement>('path-from').value.trim();
  const to = byId<HTMLInputElement>('path-to').value.trim();
  const hops = Number(byId<HTMLSelectElement>('path-hops-max').value);
  const through = byId<HTMLSelectElement>('path-through').value as PathsThrough;
  if (!from || !to) return showStatus('Give both ends of the path', 'error');
  const result = await withStatus('Finding paths', async () => {
    const fields = currentSearchFields();
    const [a, b] = await Promise.all([api.search(from, 1, fields), api.search(to, 1, fields)]);
    if (!a.hits[0] || !b.hits[0]) throw new Error(`No match for “${!a.hits[0] ? from : to}”`);
    return api.paths(a.hits[0].id, b.hits[0].id, hops, through);
  });
  const list = byId('path-hops');
  list.replaceChildren();
  if (!result) return;
  if (result.paths.length === 0) return showStatus(`No path within ${hops} hops through ${through}`, 'error');
  view.add(result);
  view.highlightPaths([...new Set(result.paths.flatMap((p) => [...p.nodes, ...p.edges]))]);
  list.replaceChildren(...pathHops(result));
  const widened = result.through !== through ? ` (through ${result.through}: an end is an outlet)` : '';
  showStatus(`${result.paths.length} shortest path(s) of ${result.paths[0].edges.length} hops${widened}`);
});

/** The first path's hops as "A —TYPE→ B", each with the first sentence that states it. */
function pathHops(result: PathsAnswer): HTMLElement[] {
  const caption = new Map(result.nodes.map((n) => [n.data.id, String(n.data.caption ?? n.data.name)]));
  const edges = new Map(result.edges.map((e) => [e.data.id, e.data]));
  return result.paths[0].edges.map((edgeId) => {
    const e = edges.get(edgeId);
    const hop = e ? `${caption.get(e.source) ?? e.source} —${e.type}→ ${caption.get(e.target) ?? e.target}` : edgeId;
    const sentence = result.evidence[edgeId]?.[0];
    const read = sentence?.article.id ? [openArticleButton(sentence.article.id, sentence.id, 'read', 'link')] : [];
    return el('li', {}, el('span', { class: 'hop' }, hop), ...(sentence ? [el('q', {}, sentence.text), ...read] : []));
  });
}

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

/** Rebuilds a shared view in one request: its nodes and the relationships among them; says what is gone. */
async function restore(): Promise<void> {
  await buildLegend();
  if (initial.ids.length > 0) {
    const answer = await withStatus('Rebuilding the shared view', () => api.nodes(initial.ids));
    if (answer) view.add(answer);
    const report = sharedViewReport({
      requested: initial.ids.length,
      idsBeyondCap: initial.idsBeyondCap,
      missing: answer?.missing.length ?? 0,
      truncated: answer?.truncated ?? false,
    });
    if (answer && report) showStatus(report, answer.missing.length ? 'error' : 'info');
  }
  view.applyFilters();
  restoring = false;
  saveView();
  document.body.dataset.ready = 'true';
}
void restore();
