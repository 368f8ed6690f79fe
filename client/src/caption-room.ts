/**
 * Captions that stay readable at every zoom (Cytoscape's captions shrink with the view until they vanish), and the
 * choice of which to show when they cannot all fit, as Bloom and Gephi make it: the selection first, then the
 * search's hits, then the best-connected nodes; a caption that would overlap one already placed waits. No DOM:
 * the canvas passes boxes in screen pixels, so Node runs this in the unit tests.
 */

/** The smallest caption drawn on screen, in px: below this a name is a smudge. */
export const MIN_CAPTION_PX = 10;

/** Model font size for a caption drawn at `base` px at zoom 1, so that on screen it is never under the minimum. */
export function captionFontSize(base: number, zoom: number, minPx = MIN_CAPTION_PX): number {
  return Math.max(base, minPx / Math.max(zoom, 1e-6));
}

/** A caption where it would be drawn, in screen px, and what makes it matter. */
export interface CaptionCandidate {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  selected: boolean;
  /**
   * How it matches what is typed in the search box: 2 when its caption shows it ("Olaf Scholz"), 1 when only its
   * full name holds it (a visit whose caption reads "Visit · 23 Jun 2022"), 0 not at all.
   */
  hit: 0 | 1 | 2;
  /** Visible neighbours: a hub's name tells more of the picture than a leaf's. */
  degree: number;
}

/**
 * Who goes first: the selection, the search's hits (those whose caption shows what was typed before those that only
 * hold it in their full name), the best connected; the id breaks ties, so it never flickers.
 */
export function byImportance(a: CaptionCandidate, b: CaptionCandidate): number {
  return (
    Number(b.selected) - Number(a.selected) ||
    b.hit - a.hit ||
    b.degree - a.degree ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const overlap = (a: CaptionCandidate, b: CaptionCandidate) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Grid cell size in px for finding neighbours: about a caption's width. */
const CELL = 120;

/**
 * The captions to show: taken in order of importance, each kept if it overlaps none kept before. A selected
 * node's caption always shows (the user asked for it). A grid of cells keeps this near-linear for big views.
 */
export function captionsThatFit(candidates: CaptionCandidate[]): Set<string> {
  const kept = new Set<string>();
  const grid = new Map<string, CaptionCandidate[]>();
  const cells = (c: CaptionCandidate) => {
    const keys: string[] = [];
    for (let x = Math.floor(c.x1 / CELL); x <= Math.floor(c.x2 / CELL); x++)
      for (let y = Math.floor(c.y1 / CELL); y <= Math.floor(c.y2 / CELL); y++) keys.push(`${x},${y}`);
    return keys;
  };
  for (const c of [...candidates].sort(byImportance)) {
    const keys = cells(c);
    if (!c.selected && keys.some((k) => grid.get(k)?.some((other) => overlap(c, other)))) continue;
    kept.add(c.id);
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), c]);
  }
  return kept;
}
