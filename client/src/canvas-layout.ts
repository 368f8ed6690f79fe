import type { Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { Box, footprint, placeNewcomers, Point, separate } from './placement';
import { displayName, nodeSize } from './style';

/**
 * Above this many nodes a first view is laid out by fcose's spectral pass alone ('draft'): fcose's full pass
 * costs seconds from about 500 nodes on (≈ 5 s for 1,000) and minutes for 5,000.
 */
export const LARGE_VIEW = 500;

/** Positions by node id, to undo and redo a move or a re-layout. */
export type Positions = Map<string, Point>;

function boxOf(n: NodeSingular): Box {
  const p = n.position();
  return { x: p.x, y: p.y, ...footprint(nodeSize(n.data('label')), displayName(n.data()).length) };
}

export function positionsOf(nodes: NodeCollection): Positions {
  const out: Positions = new Map();
  nodes.forEach((n) => void out.set(n.id(), { ...n.position() }));
  return out;
}

export function applyPositions(cy: Core, positions: Positions): void {
  cy.batch(() => {
    for (const [id, p] of positions) {
      const n = cy.getElementById(id);
      if (n.nonempty()) n.position(p);
    }
  });
}

/**
 * How the canvas is laid out. A first view (or "Re-layout") runs fcose over what is visible and then moves nodes
 * apart the least it takes for none to overlap. Newcomers of an expansion are placed around what they attach
 * to, without moving anything the user already sees; a group that attaches to nothing on the canvas is laid out
 * on its own beside it.
 */
export class CanvasLayout {
  constructor(private readonly cy: Core) {}

  /** fcose over `nodes` (and the edges among them), then overlap removal; `fromScratch` ignores positions. */
  whole(nodes: NodeCollection, fromScratch: boolean): void {
    if (nodes.empty()) return;
    const large = nodes.length > LARGE_VIEW;
    const quality = large ? 'draft' : 'default';
    document.body.dataset.layoutName = `fcose ${quality}`;
    if (nodes.length > 1) {
      nodes
        .union(nodes.edgesWith(nodes))
        .layout({
          name: 'fcose',
          randomize: fromScratch || large,
          animate: false,
          quality,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90,
          fit: false,
          // fcose's own packing of components would place them without regard to what else is on the canvas.
          packComponents: true,
        } as LayoutOptions)
        .run();
      if (large) this.spread(nodes);
    }
    this.unoverlap(nodes);
  }

  /** Places newcomers; what was placed before does not move. */
  newcomers(fresh: NodeCollection): void {
    if (fresh.empty()) return;
    const placed = this.cy.nodes().difference(fresh);
    if (placed.empty()) return this.whole(fresh, true);
    document.body.dataset.layoutName = 'placement';
    // Newcomers tied to nothing on the canvas but to each other: their own layout, then set beside the graph.
    const loose = fresh.filter((n) => n.neighborhood().nodes().difference(fresh).empty());
    if (loose.length >= 3) this.besideGraph(loose, placed);
    const attached = fresh.difference(loose.length >= 3 ? loose : this.cy.collection());
    const bb = placed.boundingBox({});
    const beside = { x: bb.x2 + 150, y: (bb.y1 + bb.y2) / 2 };
    // Visible newcomers take the near spots; hidden ones (filtered kinds) the outer ones.
    const order = attached.filter(':visible').union(attached.filter(':hidden')).nodes();
    const others = this.cy.nodes().difference(order);
    const spots = placeNewcomers(
      others.map(boxOf),
      order.map((n) => {
        const { w, h } = boxOf(n);
        const anchors = n.neighborhood().nodes().difference(fresh);
        return { w, h, near: anchors.map((a) => (a as NodeSingular).position()) };
      }),
      beside,
    );
    this.cy.batch(() => order.forEach((n, i) => void n.position(spots[i])));
  }

  private besideGraph(group: NodeCollection, placed: NodeCollection): void {
    this.whole(group, true);
    const bb = placed.boundingBox({});
    const own = group.boundingBox({});
    const dx = bb.x2 + 150 - own.x1;
    const dy = (bb.y1 + bb.y2) / 2 - (own.y1 + own.y2) / 2;
    group.positions((n) => ({ x: n.position().x + dx, y: n.position().y + dy }));
  }

  /** Moves nodes apart the least it takes for no two to overlap (circle and caption). */
  private unoverlap(nodes: NodeCollection): void {
    const spots = separate(nodes.map(boxOf));
    this.cy.batch(() => nodes.forEach((n, i) => void n.position(spots[i])));
  }

  /**
   * fcose's spectral pass packs a large graph into about one screen; spreading it to the room its nodes and
   * captions need keeps the layout's shape and leaves little for overlap removal to move.
   */
  private spread(nodes: NodeCollection): void {
    const bb = nodes.boundingBox({ includeLabels: false });
    const room = nodes.map(boxOf).reduce((sum, b) => sum + b.w * b.h, 0) * 1.6;
    const factor = Math.sqrt(room / Math.max(1, bb.w * bb.h));
    if (!(factor > 1)) return;
    const cx = (bb.x1 + bb.x2) / 2;
    const cy = (bb.y1 + bb.y2) / 2;
    nodes.positions((n) => {
      const p = n.position();
      return { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
    });
  }
}
