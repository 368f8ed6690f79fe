import cytoscape, { Collection, Core, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, Elements, LeftOut } from './api';
import { applyPositions, CanvasLayout, positionsOf, Positions } from './canvas-layout';
import type { Point } from './placement';
import { byId, el } from './dom';
import { cursorFor, moreOffer, NodePaging, recordPage } from './expansion-paging';
import { ActionHistory } from './history';
import type { ViewStore } from './view-store';
import {
  collapseEvents,
  expandEvents,
  filterByDate,
  filterBySlice,
  filterFamilies,
  filterKinds,
  hideStranded,
  mergeElements,
} from './graph-model';
import { showStatus, withStatus } from './status';
import { displayName, stylesheet } from './style';

cytoscape.use(fcose);

export interface RenderOptions {
  webgl: boolean;
}

/** Above this many visible nodes, edges are drawn the cheapest way (straight, no arrow) and a pan or zoom moves a
 * snapshot of the view (Cytoscape's textureOnViewport) rather than redrawing every element each frame. */
export const HUGE_VIEW = 2000;

/** Caption height allowed under a node when fitting the view. */
const CAPTION_ALLOWANCE = 20;

/** The canvas: adding, expanding, laying out incrementally, undoing, filtering. */
export class GraphView {
  readonly cy: Core;
  /** Undo and redo of every canvas action. */
  readonly history = new ActionHistory();
  private readonly layout: CanvasLayout;
  /** Per expanded node, where its "+N more" pages stand. */
  private readonly paging = new Map<string, NodePaging>();
  /** Nodes with an expansion in flight. */
  private readonly expanding = new Set<string>();
  onChange: () => void = () => {};
  /** Told the ids an undo or redo brought back, so the graph can say which of them it still holds. */
  onRestored: (ids: string[]) => void = () => {};

  constructor(
    container: HTMLElement,
    readonly store: ViewStore,
    render: RenderOptions = { webgl: false },
  ) {
    const cyOptions: cytoscape.CytoscapeOptions & { renderer: { name: 'canvas'; webgl: boolean } } = {
      container,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      // Cytoscape's experimental WebGL renderer (≥ 3.31) works inside the canvas renderer (not in the types).
      renderer: { name: 'canvas', webgl: render.webgl },
    };
    this.cy = cytoscape(cyOptions);
    // The console and panels change the canvas size; Cytoscape must be told.
    new ResizeObserver(() => this.cy.resize()).observe(container);
    this.layout = new CanvasLayout(this.cy);
    this.trackDrags();
  }

  /** Redraws every node after the per-label look changed (colours, captions, sizes). */
  restyle(): void {
    this.cy.style(stylesheet());
  }

  /** Fits what is visible, without blowing a handful of nodes up to poster size. */
  fit(): void {
    const box = this.visibleBox();
    if (!box) return;
    // Room for the captions hanging under the outermost nodes, without measuring a thousand captions.
    const pad = 40 + CAPTION_ALLOWANCE;
    const w = this.cy.width();
    const h = this.cy.height();
    const zoom = Math.max(
      this.cy.minZoom(),
      Math.min(1.3, (w - 2 * pad) / Math.max(1, box.w), (h - 2 * pad) / Math.max(1, box.h)),
    );
    this.cy.viewport({
      zoom,
      pan: { x: w / 2 - (zoom * (box.x1 + box.x2)) / 2, y: h / 2 - (zoom * (box.y1 + box.y2)) / 2 },
    });
  }

  /**
   * The visible nodes' circles (not their captions: measuring every caption's text costs ~150 ms for 1,000
   * nodes the first time, as much as the layout itself).
   */
  private visibleBox(): (cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH) | null {
    const visible = this.cy.nodes(':visible');
    return visible.empty() ? null : visible.boundingBox({ includeLabels: false });
  }

  /**
   * Adds elements, places only what is new (what the user sees stays put), and records it for undo. `paging`
   * is the "+N more" state the addition moved a node's chain to, restored by undo and redo.
   */
  add(
    elements: Elements,
    name = 'add',
    paging?: { node: string; before?: NodePaging; after: NodePaging },
    positionOf?: (id: string) => Point | undefined,
  ): void {
    const started = performance.now();
    const firstView = this.cy.nodes(':visible').length <= 1;
    let added: Collection = this.cy.collection();
    // One batch: Cytoscape restyles and redraws once, not once per element.
    this.cy.batch(() => {
      added = this.collectionOf(mergeElements(this.cy, elements));
      this.applyFilters();
    });
    if (paging) this.paging.set(paging.node, paging.after);
    if (added.empty()) return;
    let fresh = added.nodes();
    if (positionOf) {
      // A shared view's nodes go back where they were; only those without a position are laid out.
      const known = fresh.filter((n) => positionOf(n.id()) !== undefined);
      known.forEach((n) => void n.position(positionOf(n.id())!));
      fresh = fresh.difference(known);
    }
    if (fresh.nonempty()) {
      if (firstView && fresh.length === added.nodes().length) this.layout.whole(this.cy.nodes(':visible'), true);
      else this.layout.newcomers(fresh);
    }
    this.afterLayout(started, firstView);
    const restore = added;
    this.history.record({
      name,
      undo: () => {
        restore.remove();
        if (paging) this.setPaging(paging.node, paging.before);
        this.changed();
      },
      redo: () => {
        this.bringBack(restore);
        if (paging) this.setPaging(paging.node, paging.after);
        this.changed();
      },
    });
    this.onChange();
  }

  /**
   * Adds elements with their nodes' relationships to the canvas's nodes and to each other, as Neo4j Browser
   * connects result nodes: an expansion answers only what touches the expanded node, yet a neighbour's links to
   * what is drawn already exist too. One step of undo.
   */
  async addConnected(
    elements: Elements,
    name = 'add',
    paging?: { node: string; before?: NodePaging; after: NodePaging },
  ): Promise<void> {
    const fresh = elements.nodes.map((n) => n.data.id).filter((id) => this.cy.getElementById(id).empty());
    const among = this.cy.nodes().map((n) => n.id());
    const links = fresh.length ? await withStatus('Connecting', () => api.connections(fresh, among)) : undefined;
    this.add(links ? { nodes: elements.nodes, edges: [...elements.edges, ...links.edges] } : elements, name, paging);
  }

  /** Adds a shared view's elements at the positions it recorded; those without one are laid out. */
  addPlaced(elements: Elements, name: string, positionOf: (id: string) => Point | undefined): void {
    this.add(elements, name, undefined, positionOf);
  }

  /** Lays out everything visible afresh (fcose), undoable. */
  relayout(): void {
    const visible = this.cy.nodes(':visible');
    if (visible.length < 2) return;
    const started = performance.now();
    const before = positionsOf(this.cy.nodes());
    this.layout.whole(visible, false);
    this.afterLayout(started, true);
    this.recordMove('re-layout', before, positionsOf(this.cy.nodes()));
  }

  private afterLayout(started: number, fit: boolean): void {
    this.drawFor(this.cy.nodes(':visible').length);
    if (fit || !this.allVisibleInView()) this.fit();
    document.body.dataset.layoutMs = String(Math.round(performance.now() - started));
    document.body.dataset.layoutDone = String(Date.now());
  }

  private recordMove(name: string, before: Positions, after: Positions): void {
    this.history.record({
      name,
      undo: () => applyPositions(this.cy, before),
      redo: () => applyPositions(this.cy, after),
    });
    this.onChange();
  }

  /** A drag of one node or a selection is one step of history: positions when grabbed, when let go. */
  private trackDrags(): void {
    let grabbed: Positions | null = null;
    this.cy.on('grabon', 'node', () => {
      grabbed ??= positionsOf(this.cy.nodes(':selected').union(this.cy.nodes(':grabbed')));
    });
    this.cy.on('free', 'node', () => {
      if (!grabbed) return;
      const before = grabbed;
      grabbed = null;
      const after = positionsOf(this.cy.nodes().filter((n) => before.has(n.id())));
      const moved = [...before].some(([id, p]) => {
        const q = after.get(id);
        return q && (q.x !== p.x || q.y !== p.y);
      });
      if (moved) this.recordMove('move', before, after);
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
    const bb = this.visibleBox();
    if (!bb) return true;
    return bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2 + CAPTION_ALLOWANCE;
  }

  async showNode(id: string): Promise<void> {
    const node = await withStatus('Loading', () => api.node(id));
    if (!node) return;
    await this.addConnected({ nodes: [node], edges: [] }, `add ${displayName(node.data)}`);
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
    const previous = next ? this.paging.get(node.id()) : undefined;
    const cursor = cursorFor(previous, types);
    if (cursor === null) return; // that query has nothing left
    await this.oneAtATime(node, () => this.expandPage(node, types, previous, cursor));
  }

  /** One expansion of a node at a time: a second click would send the same cursor again and stack layouts. */
  private async oneAtATime(node: NodeSingular, work: () => Promise<void>): Promise<void> {
    if (this.expanding.has(node.id())) return;
    this.expanding.add(node.id());
    try {
      await work();
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
    const next = previous !== undefined;
    const started = performance.now();
    const result = await withStatus(`Expanding ${displayName(node.data())}`, () =>
      api.subgraph({
        id: node.id(),
        limit: types ? 200 : 60,
        types,
        from: this.store.state.from,
        to: this.store.state.to,
        cursor,
      }),
    );
    if (!result) return;
    const name = `${next ? 'more of' : 'expand'} ${displayName(node.data())}${types ? ` (${types})` : ''}`;
    await this.addConnected(result, name, {
      node: node.id(),
      before: this.paging.get(node.id()),
      after: recordPage(previous, types, result),
    });
    this.showMore(node);
    document.body.dataset.lastExpandMs = String(Math.round(performance.now() - started));
  }

  /** What a node has around it, per relationship type and neighbour label, without adding anything. */
  async neighbourCounts(node: NodeSingular): Promise<LeftOut> {
    // A page of one is the node alone: everything around it is "left out", counted per type and label.
    const answer = await api.subgraph({
      id: node.id(),
      limit: 1,
      from: this.store.state.from,
      to: this.store.state.to,
    });
    return answer.more;
  }

  /** Neighbours of one label only (up to 200), from the expansion menu. */
  async expandLabel(node: NodeSingular, label: string): Promise<void> {
    await this.oneAtATime(node, async () => {
      const result = await withStatus(`Expanding ${displayName(node.data())}: ${label}`, () =>
        api.subgraph({
          id: node.id(),
          labels: label,
          limit: 201,
          from: this.store.state.from,
          to: this.store.state.to,
        }),
      );
      if (!result) return;
      await this.addConnected(result, `expand ${displayName(node.data())} (${label})`);
      const left = result.more.byLabel?.[label] ?? 0;
      if (left > 0) showStatus(`${left.toLocaleString('en-US')} more ${label} not shown: page them with “+N all”`);
    });
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

  /** The "+N more" state of a node as undo or redo left it; the box follows it. */
  private setPaging(node: string, paging: NodePaging | undefined): void {
    if (paging) this.paging.set(node, paging);
    else this.paging.delete(node);
    const n = this.cy.getElementById(node);
    if (n.nonempty()) this.showMore(n as NodeSingular);
    else byId('more').hidden = true;
  }

  /**
   * Brings back what an undo or redo restores: as the canvas held it then, less what it holds again by now (a
   * refresh re-drew it) and relationships whose ends are not there; then the graph is asked what it still holds.
   */
  private bringBack(elements: Collection): void {
    const back = elements.filter((e) => this.cy.getElementById(e.id()).empty());
    const nodes = new Set(back.nodes().map((n) => n.id()));
    const there = (id: string) => nodes.has(id) || this.cy.getElementById(id).nonempty();
    const restorable = back.filter((e) => e.isNode() || (there(e.data('source')) && there(e.data('target'))));
    restorable.restore();
    this.onRestored(restorable.map((e) => e.id()));
  }

  private changed(): void {
    this.applyFilters();
    this.onChange();
  }

  undo(): string | null {
    return this.history.undo()?.name ?? null;
  }

  redo(): string | null {
    return this.history.redo()?.name ?? null;
  }

  /**
   * Removes the selection (an event drawn as an edge stands for its event node) with the relationships that
   * touch it; undoable.
   */
  removeSelected(): void {
    const selected = this.cy.$(':selected');
    let nodes = selected.nodes();
    for (const edge of selected.edges('.event-edge').toArray())
      nodes = nodes.union(this.cy.getElementById(edge.data('event')));
    // Event edges are drawn from their events: they come back with them.
    const removed = nodes.union(nodes.connectedEdges()).union(selected.edges().not('.event-edge')).not('.event-edge');
    if (removed.empty()) return;
    removed.remove();
    this.history.record({
      name: `remove ${removed.nodes().length || removed.length}`,
      undo: () => {
        this.bringBack(removed);
        this.changed();
      },
      redo: () => {
        removed.remove();
        this.changed();
      },
    });
    this.changed();
  }

  clear(): void {
    const removed = this.cy.elements().not('.event-edge');
    if (removed.empty()) return;
    const paging = new Map(this.paging);
    removed.remove();
    this.cy.elements().remove();
    this.paging.clear();
    byId('more').hidden = true;
    this.history.record({
      name: 'clear',
      undo: () => {
        this.bringBack(removed);
        for (const [k, v] of paging) this.paging.set(k, v);
        this.changed();
      },
      redo: () => {
        this.cy.elements().remove();
        this.paging.clear();
        byId('more').hidden = true;
        this.changed();
      },
    });
    this.onChange();
  }

  applyFilters(): void {
    const { eventsAsEdges, hiddenKinds, hiddenFamilies, from, to, slice } = this.store.state;
    expandEvents(this.cy);
    if (eventsAsEdges) collapseEvents(this.cy);
    filterKinds(this.cy, hiddenKinds);
    filterFamilies(this.cy, hiddenFamilies);
    // The range applies to the property the timeline slices by: events' date, or the one chosen instead.
    filterByDate(this.cy, slice ? null : from, slice ? null : to);
    filterBySlice(this.cy, slice, from, to);
    this.sayStranded(hideStranded(this.cy));
  }

  /** Says how many nodes the filters left with no link shown, and so hid too (none: says nothing). */
  private sayStranded(count: number): void {
    const note = byId('stranded-note');
    note.hidden = count === 0;
    note.textContent =
      count === 1
        ? '1 node hidden too: the filters hide all its links'
        : `${count.toLocaleString('en-US')} nodes hidden too: the filters hide all their links`;
  }

  highlightPaths(ids: string[]): void {
    this.cy.elements().removeClass('path');
    for (const id of ids) this.cy.getElementById(id).addClass('path');
  }
}
