/**
 * Where nodes go without a force layout: each one at the free spot nearest to where it belongs, on a spiral of
 * candidate spots, checked against a grid of what is already placed. A node's box covers its circle and its
 * caption, so nothing placed here overlaps anything else. No DOM and no Cytoscape: unit-tested in Node.
 *
 * Why not run fcose on every expansion: its cost grows with what is shown (about 1 s per expansion at 500 nodes,
 * more as a customer's 1,200 orders are paged in) while this grows with what is added (≈ 1 ms for 50 nodes).
 */

export interface Point {
  x: number;
  y: number;
}

/** A node's footprint, centred on its position: its circle and its caption under it. */
export interface Box extends Point {
  w: number;
  h: number;
}

/** Space kept clear between two footprints. */
export const GAP = 12;
const CAPTION_LINE = 14;
const CAPTION_MAX_WIDTH = 140;
const CHAR_WIDTH = 6.2;

/** The footprint of a node of `size` px whose caption has `captionLength` characters (wrapped at 140 px). */
export function footprint(size: number, captionLength: number): { w: number; h: number } {
  const captionWidth = Math.min(CAPTION_MAX_WIDTH, captionLength * CHAR_WIDTH);
  const lines = Math.min(3, Math.max(1, Math.ceil((captionLength * CHAR_WIDTH) / CAPTION_MAX_WIDTH)));
  // The caption hangs below the circle; a box symmetric about the centre keeps the arithmetic simple.
  return { w: Math.max(size, captionWidth), h: size + 2 * lines * CAPTION_LINE };
}

/** What is placed, bucketed by cell so a collision test looks at a few neighbours, not everything. */
export class OccupancyGrid {
  private readonly cells = new Map<number, Box[]>();
  private widest = 0;
  private tallest = 0;

  constructor(private readonly cell = 120) {}

  private key(i: number, j: number): number {
    // Two 26-bit halves: cells stay distinct for any canvas a person can pan across.
    return (i + 0x2000000) * 0x4000000 + (j + 0x2000000);
  }

  add(box: Box): void {
    const k = this.key(Math.floor(box.x / this.cell), Math.floor(box.y / this.cell));
    const list = this.cells.get(k);
    if (list) list.push(box);
    else this.cells.set(k, [box]);
    this.widest = Math.max(this.widest, box.w);
    this.tallest = Math.max(this.tallest, box.h);
  }

  /** True when a box of w × h centred on (x, y) keeps GAP clear of everything placed. */
  isFree(x: number, y: number, w: number, h: number): boolean {
    const reachX = (w + this.widest) / 2 + GAP;
    const reachY = (h + this.tallest) / 2 + GAP;
    const i0 = Math.floor((x - reachX) / this.cell);
    const i1 = Math.floor((x + reachX) / this.cell);
    const j0 = Math.floor((y - reachY) / this.cell);
    const j1 = Math.floor((y + reachY) / this.cell);
    for (let i = i0; i <= i1; i++)
      for (let j = j0; j <= j1; j++)
        for (const b of this.cells.get(this.key(i, j)) ?? [])
          if (Math.abs(b.x - x) < (b.w + w) / 2 + GAP && Math.abs(b.y - y) < (b.h + h) / 2 + GAP) return false;
    return true;
  }
}

/**
 * The free spot nearest to `target` for a w × h box: the target itself, then rings around it, each ring's spots
 * taken in order of their angle from `heading` (alternately either side), so newcomers fan out away from the
 * rest of the graph rather than into it.
 */
export function freeSpotNear(grid: OccupancyGrid, target: Point, w: number, h: number, heading = 0): Point {
  if (grid.isFree(target.x, target.y, w, h)) return { x: target.x, y: target.y };
  const step = Math.max(w, h) / 2 + GAP + 8;
  let last = target;
  for (let ring = 1; ring <= 2000; ring++) {
    const radius = ring * step;
    const spots = Math.max(6, Math.floor((2 * Math.PI * radius) / step));
    for (let k = 0; k < spots; k++) {
      // 0, +1, -1, +2, -2, … steps away from the heading.
      const offset = k % 2 === 1 ? (k + 1) / 2 : -k / 2;
      const angle = heading + (2 * Math.PI * offset) / spots;
      last = { x: target.x + radius * Math.cos(angle), y: target.y + radius * Math.sin(angle) };
      if (grid.isFree(last.x, last.y, w, h)) return last;
    }
  }
  return last;
}

export interface Newcomer {
  w: number;
  h: number;
  /** Positions of the placed nodes it is linked to; empty when it has none. */
  near: Point[];
}

const centroid = (points: Point[]): Point => ({
  x: points.reduce((s, p) => s + p.x, 0) / points.length,
  y: points.reduce((s, p) => s + p.y, 0) / points.length,
});

/**
 * Places newcomers among placed boxes: each near the centre of its placed neighbours (one neighbour: around
 * it), fanning out away from the middle of the graph; one with no placed neighbour beside the graph (`fallback`).
 */
export function placeNewcomers(placed: Box[], newcomers: Newcomer[], fallback: Point): Point[] {
  const grid = new OccupancyGrid();
  for (const b of placed) grid.add(b);
  const middle = placed.length ? centroid(placed) : fallback;
  return newcomers.map((n) => {
    const target = n.near.length ? centroid(n.near) : fallback;
    const away = Math.atan2(target.y - middle.y, target.x - middle.x);
    const heading = Number.isFinite(away) && (target.x !== middle.x || target.y !== middle.y) ? away : 0;
    const spot = freeSpotNear(grid, target, n.w, n.h, heading);
    grid.add({ ...spot, w: n.w, h: n.h });
    return spot;
  });
}

/**
 * Moves boxes the least it takes for none to overlap, the middle ones first so the layout keeps its shape: each
 * box goes to the free spot nearest to where it was. Returns the new centres, in the input order.
 */
export function separate(boxes: Box[]): Point[] {
  if (boxes.length === 0) return [];
  const middle = centroid(boxes);
  const order = boxes
    .map((b, i) => ({ i, d: (b.x - middle.x) ** 2 + (b.y - middle.y) ** 2 }))
    .sort((a, b) => a.d - b.d);
  const grid = new OccupancyGrid();
  const out: Point[] = new Array(boxes.length);
  for (const { i } of order) {
    const b = boxes[i];
    const heading = Math.atan2(b.y - middle.y, b.x - middle.x) || 0;
    const spot = freeSpotNear(grid, b, b.w, b.h, heading);
    grid.add({ ...spot, w: b.w, h: b.h });
    out[i] = spot;
  }
  return out;
}

/** The first two boxes that overlap, or null (the unit tests' check). */
export function overlapping(boxes: Box[]): [number, number] | null {
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++)
      if (
        Math.abs(boxes[a].x - boxes[b].x) < (boxes[a].w + boxes[b].w) / 2 &&
        Math.abs(boxes[a].y - boxes[b].y) < (boxes[a].h + boxes[b].h) / 2
      )
        return [a, b];
  return null;
}
