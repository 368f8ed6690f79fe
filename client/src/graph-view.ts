import cytoscape, { Core, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, Elements } from './api';
import { byId, el } from './dom';
import { cursorFor, moreOffer, NodePaging, recordPage } from './expansion-paging';
import { collapseEvents, expandEvents, filterByDate, filterKinds, mergeElements } from './graph-model';
import { withStatus } from './status';
import { displayName, stylesheet } from './style';

cytoscape.use(fcose);

export interface RenderOptions {
  webgl: boolean;
}

/**
 * Above this many visible nodes a first view is laid out by fcose's spectral pass alone ('draft'), and an
 * expansion lays out only what is new and its neighbours: fcose's full pass costs seconds from about 500
 * nodes on (≈ 5 s for 1,000) and minutes for 5,000.
 */
export const LARGE_VIEW = 500;

/** Above this many visible nodes, edges are drawn the cheapest way (straight, no arrow) and a pan or zoom moves a
 * snapshot of the view (Cytoscape's textureOnViewport) rather than redrawing every element each frame. */
export const HUGE_VIEW = 2000;

export interface ViewOptions {
  eventsAsEdges: boolean;
  hiddenKinds: Set<string>;
  from: string | null;
  to: string | null;
}

/** The canvas: adding, expanding, laying out incrementally, undoing, filtering. */
export class GraphView {
  readonly cy: Core;
  private readonly history: string[][] = [];
  /** Per expanded node, where its "+N more" pages stand. */
  private readonly paging = new Map<string, NodePaging>();
  /** Nodes with an expansion in flight. */
  private readonly expanding = new Set<string>();
  /** The layout running now: a new one stops it, so quick expansions never stack layouts. */
  private running: cytoscape.Layouts | null = null;
  onChange: () => void = () => {};

  constructor(
    container: HTMLElement,
    readonly options: ViewOptions,
    render: RenderOptions = { webgl: false },
  ) {
    const cyOptions: cytoscape.CytoscapeOptions & { renderer: { name: 'canvas'; webgl: boolean } } = {
      container,
      style: stylesheet(),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      // Cytoscape's experimental WebGL renderer (≥ 3.31) works inside the canvas renderer (not in the types).
      renderer: { name: 'canvas', webgl: render.webgl },
    };
    this.cy = cytoscape(cyOptions);
    // The console and panels change the canvas size; Cytoscape must be told.
    new ResizeObserver(() => this.cy.resize()).observe(container);
  }

  /** Redraws every node after the per-label look changed (colours, captions, sizes). */
  restyle(): void {
    this.cy.style(stylesheet());
  }

  /** Fits what is visible, without blowing a handful of nodes up to poster size. */
  fit(): void {
    this.cy.fit(this.cy.elements(':visible'), 40);
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center(this.cy.elements(':visible'));
    }
  }

  /** Adds elements, lays out only what is new around what is already placed, records it for undo. */
  add(elements: Elements, anchor?: NodeSingular): string[] {
    const placed = this.cy.nodes();
    let added: string[] = [];
    let freshNodes = this.cy.collection().nodes();
    // One batch: Cytoscape restyles and redraws once, not once per element.
    this.cy.batch(() => {
      added = mergeElements(this.cy, elements);
      if (added.length === 0) return;
      freshNodes = this.collectionOf(added).nodes();
      const centre = anchor?.position() ?? { x: this.cy.width() / 2, y: this.cy.height() / 2 };
      freshNodes.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, freshNodes.length);
        n.position({ x: centre.x + 140 * Math.cos(angle), y: centre.y + 140 * Math.sin(angle) });
      });
      this.applyFilters();
    });
    if (added.length === 0) return added;
    this.history.push(added);
    this.layout(placed, freshNodes);
    this.onChange();
    return added;
  }

  /** fcose over the visible graph with what was already placed locked: the user's map stays where it was. */
  private layout(placed: cytoscape.NodeCollection, fresh: cytoscape.NodeCollection): void {
    // A first view is laid out freely; after that, what the user already sees stays put.
    const first = placed.length <= 1;
    const visible = this.cy.elements(':visible');
    const large = visible.nodes().length > LARGE_VIEW;
    // A large first view: the spectral pass alone. A large view grown by an expansion: only the newcomers
    // and the placed nodes they attach to (locked), so the cost follows what was added, not what is shown.
    const eles = large && !first ? fresh.union(fresh.neighborhood()).filter(':visible') : visible;
    const quality = large && first ? 'draft' : 'default';
    document.body.dataset.layoutName = `fcose ${quality}${large && !first ? ' (newcomers)' : ''}`;
    this.drawFor(visible.nodes().length);
    if (!first) placed.lock();
    const layout = eles.layout({
      name: 'fcose',
      randomize: first,
      animate: false,
      quality,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      fit: false,
    } as cytoscape.LayoutOptions);
    this.running?.stop();
    this.running = layout;
    layout.one('layoutstop', () => {
      if (this.running === layout) this.running = null;
      if (quality === 'draft') this.spread(eles.nodes());
      placed.unlock();
      if (first || !this.allVisibleInView()) this.fit();
      document.body.dataset.layoutDone = String(Date.now());
    });
    layout.run();
  }

  /**
   * fcose's spectral pass packs a large graph into about one screen, nodes on top of each other; spreading it
   * to ~80 px per node keeps the layout's shape and lets the fit zoom out (so labels drop below their
   * min-zoomed-font-size instead of thousands being drawn overlapping).
   */
  private spread(nodes: cytoscape.NodeCollection): void {
    const bb = nodes.boundingBox({ includeLabels: false });
    const factor = Math.sqrt((nodes.length * 80 * 80) / Math.max(1, bb.w * bb.h));
    if (!(factor > 1)) return;
    const cx = (bb.x1 + bb.x2) / 2;
    const cy = (bb.y1 + bb.y2) / 2;
    nodes.positions((n) => {
      const p = n.position();
      return { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
    });
  }

  /** Cheaper drawing for huge views, normal drawing again when the view shrinks. */
  private drawFor(visibleNodes: number): void {
    const huge = visibleNodes > HUGE_VIEW;
    // A renderer option that Cytoscape reads on every frame; it is only settable at creation in its API.
    (this.cy as unknown as { renderer(): { textureOnViewport: boolean } }).renderer().textureOnViewport = huge;
    this.cy.batch(() => this.cy.edges().toggleClass('bulk', huge));
  }

  private allVisibleInView(): boolean {
    const ext = this.cy.extent();
    const bb = this.cy.elements(':visible').boundingBox({});
    return bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
  }

  async showNode(id: string): Promise<void> {
    const node = await withStatus('Loading', () => api.node(id));
    if (!node) return;
    this.add({ nodes: [node], edges: [] });
    const placed = this.cy.getElementById(node.data.id);
    this.cy.elements().unselect();
    placed.select();
    await this.expand(placed as NodeSingular);
  }

  /**
   * Neighbours of a node, capped by the server. A double-click starts afresh; `next` asks for the following page
   * of the same query (all types, or `types`) with the cursor of its previous answer.
   */
  async expand(node: NodeSingular, types?: string, next = false): Promise<void> {
    // One expansion of a node at a time: a second click would send the same cursor again and stack layouts.
    if (this.expanding.has(node.id())) return;
    const previous = next ? this.paging.get(node.id()) : undefined;
    const cursor = cursorFor(previous, types);
    if (cursor === null) return; // that query has nothing left
    this.expanding.add(node.id());
    try {
      await this.expandPage(node, types, previous, cursor);
    } finally {
      this.expanding.delete(node.id());
    }
  }

  private async expandPage(
    node: NodeSingular,
    types: string | undefined,
    previous: NodePaging | undefined,
    cursor: string | undefined,
  ): Promise<void> {
    const started = performance.now();
    const result = await withStatus(`Expanding ${displayName(node.data())}`, () =>
      api.subgraph({
        id: node.id(),
        limit: types ? 200 : 60,
        types,
        from: this.options.from,
        to: this.options.to,
        cursor,
      }),
    );
    if (!result) return;
    this.paging.set(node.id(), recordPage(previous, types, result));
    this.add(result, node);
    this.showMore(node);
    document.body.dataset.lastExpandMs = String(Math.round(performance.now() - started));
  }

  /** The "+N more" box for the node last expanded: what is left, per type (each a button) and per label. */
  private showMore(node: NodeSingular): void {
    const box = byId('more');
    const paging = this.paging.get(node.id());
    const offer = paging ? moreOffer(paging) : null;
    if (!offer || offer.total === 0) {
      box.hidden = true;
      return;
    }
    const button = (text: string, types: string | undefined, attrs: Record<string, string>) => {
      const b = el('button', attrs, text);
      b.addEventListener('click', () => void this.expand(node, types, true));
      return b;
    };
    const buttons = offer.byType.map((t) => button(`+${t.count} ${t.type}`, t.type, { 'data-type': t.type }));
    if (offer.all !== null)
      buttons.unshift(button(`+${offer.all} all`, undefined, { 'data-testid': 'more-all', class: 'more-all' }));
    const labels = offer.byLabel?.length
      ? el(
          'div',
          { class: 'more-labels', 'data-testid': 'more-by-label' },
          offer.byLabel.map((l) => `${l.count} ${l.label}`).join(' · '),
        )
      : null;
    box.replaceChildren(
      el('div', {}, `${displayName(node.data())}: ${offer.total} more not shown`),
      ...buttons,
      ...(labels ? [labels] : []),
    );
    box.hidden = false;
  }

  private collectionOf(ids: string[]): cytoscape.Collection {
    // merge() grows one collection in place; union() per id would copy it each time (quadratic).
    const all = this.cy.collection();
    for (const id of ids) all.merge(this.cy.getElementById(id));
    return all;
  }

  undo(): void {
    const last = this.history.pop();
    if (!last) return;
    this.collectionOf(last).remove();
    this.applyFilters();
    this.onChange();
  }

  hideSelected(): void {
    const selected = this.cy.$(':selected');
    selected.nodes().connectedEdges().remove();
    selected.remove();
    this.onChange();
  }

  clear(): void {
    this.cy.elements().remove();
    this.history.length = 0;
    this.paging.clear();
    byId('more').hidden = true;
    this.onChange();
  }

  applyFilters(): void {
    expandEvents(this.cy);
    if (this.options.eventsAsEdges) collapseEvents(this.cy);
    filterKinds(this.cy, this.options.hiddenKinds);
    filterByDate(this.cy, this.options.from, this.options.to);
  }

  highlightPaths(ids: string[]): void {
    this.cy.elements().removeClass('path');
    for (const id of ids) this.cy.getElementById(id).addClass('path');
  }

  /** The entities on the canvas (event edges stand for their events). */
  ids(): string[] {
    return this.cy.nodes().map((n) => n.id());
  }
}
