import { CanvasCaptions } from './canvas-captions';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { setupAddArticle } from './add-article';
import { api } from './api';
import { LocalAdds, watchChanges } from './change-notices';
import { initAppearance, isNewsGraph } from './appearance';
import { setupConsole } from './console';
import { byId } from './dom';
import { ExpansionMenu } from './expansion-menu';
import { renderFamilyLegend } from './family-legend';
import { setupGraphKeys } from './graph-keys';
import { GraphView } from './graph-view';
import { setupKeyboard } from './keyboard';
import { renderLegend, renderLegendCounts, renderSwatches } from './legend';
import { refreshCanvas } from './canvas-refresh';
import { checkRestored } from './restore-check';
import { clearDetails, showEdge, showNode } from './panels/details';
import { setupArticleReader } from './panels/article-reader';
import { requestArticle } from './panels/reader-links';
import { setupReadouts } from './panels/readouts';
import { setupPanelToggles } from './panel-toggles';
import { setupPathFinder } from './path-finder';
import { setupSearch } from './search';
import { ShareLink } from './share-link';
import { withStatus } from './status';
import { Timeline } from './timeline/timeline-view';
import { setupToolbar } from './toolbar';
import type { DecodedView } from './url-state';
import { changeFiltersUndoably, toggledFamily, toggledKind, ViewFilters, ViewStore } from './view-store';

/** The page: one store for the view's filters, the canvas, and the panels that subscribe to them. */
async function start(): Promise<void> {
  const initial = await ShareLink.read();
  const store = new ViewStore({
    eventsAsEdges: initial.eventsAsEdges,
    hiddenKinds: new Set(initial.hiddenKinds),
    hiddenFamilies: new Set(initial.hiddenFamilies),
    from: initial.from,
    to: initial.to,
    slice: initial.slice ?? null,
  });
  // ?renderer=webgl draws with Cytoscape's (experimental) WebGL renderer; the canvas renderer is the default.
  const view = new GraphView(byId('cy'), store, {
    webgl: new URLSearchParams(location.search).get('renderer') === 'webgl',
  });
  (window as unknown as { cy: unknown }).cy = view.cy;
  const searchInput = byId<HTMLInputElement>('search-input');
  const captions = new CanvasCaptions(view.cy, () => searchInput.value);
  searchInput.addEventListener('input', () => captions.schedule());
  const link = new ShareLink(view, store);
  const legend = byId('legend');

  const changeFilters = (name: string, patch: Partial<ViewFilters>) =>
    changeFiltersUndoably(store, view.history, name, patch);
  const toggleFamily = (code: string, name: string) =>
    changeFilters(`${store.state.hiddenFamilies.has(code) ? 'show' : 'hide'} ${name} events`, {
      hiddenFamilies: toggledFamily(store.state.hiddenFamilies, code),
    });
  /** The legend's counts, which kinds and families are hidden, and the families on the canvas. */
  const recountLegend = () => {
    renderLegendCounts(legend, view.cy, store.state.hiddenKinds);
    renderFamilyLegend(legend, view.cy, store.state.hiddenFamilies, toggleFamily);
  };

  // Every change of the filters: the canvas redraws, the legend recounts, the address follows.
  store.subscribe(() => {
    view.applyFilters();
    captions.schedule();
    recountLegend();
    link.save();
  });
  view.onChange = () => {
    captions.schedule();
    recountLegend();
    link.save();
  };
  view.cy.on('select unselect dragfree', () => link.save());

  setupPanelToggles();
  wireSelection(view);
  const menu = new ExpansionMenu(view);
  view.cy.on('dbltap', 'node', (e) => void view.expand(e.target as NodeSingular));
  // The canvas's own menu replaces the browser's there.
  byId('cy').addEventListener('contextmenu', (e) => e.preventDefault());
  // An article found by search opens in the reader; anything else lands on the canvas.
  setupSearch((hit) =>
    isNewsGraph() && hit.labels.includes('Article')
      ? requestArticle({ articleId: hit.id })
      : void view.showNode(hit.id),
  );
  setupReadouts();
  setupArticleReader(view);
  setupToolbar(view, store, changeFilters);
  // The strip under the canvas: the events' dates, and the From/To filter (brush and boxes).
  new Timeline(view, store, changeFilters);
  const pathFinder = setupPathFinder(view, () => link.save());
  link.pathShown = () => pathFinder.shown();
  setupConsole((answer) => {
    if (answer.elements.nodes.length) view.add(answer.elements, 'console result');
  });
  setupKeyboard(view, menu);
  setupGraphKeys(view);
  // Articles this page added are on its canvas already: the change feed's notice is for the others'.
  const localAdds = new LocalAdds();
  watchChanges(view, localAdds);
  view.onRestored = (ids) => void checkRestored(view, ids);
  void setupAddArticle(view, localAdds);

  await buildLegend(view, store, initial, link, (label) =>
    changeFilters(`${store.state.hiddenKinds.has(label) ? 'show' : 'hide'} ${label}`, {
      hiddenKinds: toggledKind(store.state.hiddenKinds, label),
    }),
  );
  await link.restore(initial);
  if (initial.path) await pathFinder.reopen(initial.path);
  view.applyFilters();
  recountLegend();
  document.body.dataset.ready = 'true';
}

/** The side panel follows the selection; after a correction made there, the canvas shows the graph as it is. */
function wireSelection(view: GraphView): void {
  const corrected = (ids: string[]) =>
    void refreshCanvas(view, ids).then(() => {
      const node = view.cy.getElementById(ids[0]);
      if (node.nonempty() && node.selected()) void showNode(node as NodeSingular, corrected);
    });
  view.cy.on('select', 'node', (e) => {
    byId('details').dataset.current = e.target.id();
    void showNode(e.target as NodeSingular, corrected);
  });
  view.cy.on('select', 'edge', (e) => {
    void showEdge(
      e.target as EdgeSingular,
      (eventId) => {
        const event = view.cy.getElementById(eventId);
        byId('details').dataset.current = eventId;
        void showNode(event as NodeSingular, corrected);
      },
      corrected,
    );
  });
  view.cy.on('unselect', () => {
    if (view.cy.$(':selected').empty()) clearDetails();
  });
}

/** Legend: one entry per label in the graph; a click hides or shows that kind, its button opens its settings. */
async function buildLegend(
  view: GraphView,
  store: ViewStore,
  initial: DecodedView,
  link: ShareLink,
  toggle: (label: string) => void,
): Promise<void> {
  const legend = byId('legend');
  const schema = await withStatus('Reading the graph schema', () => api.schema());
  if (!schema) return;
  initAppearance(schema, initial.settings);
  view.restyle();
  // The page names Readout's own kinds only on Readout's graph; another graph keeps the neutral wording.
  if (schema.news)
    byId<HTMLInputElement>('search-input').placeholder = 'Search people, countries, outlets, events…  ( / )';
  else clearDetails();
  renderLegend(legend, schema, {
    toggle,
    settingsChanged: () => {
      view.restyle();
      renderSwatches(legend);
      link.save();
    },
  });
  // Readout's provenance layer starts hidden; another graph's labels named so are its data.
  if (schema.news && initial.hiddenKinds.length === 0 && !location.hash)
    store.update({ hiddenKinds: new Set(['Sentence', 'Article', 'Entity']) });
}

void start();
