import type { Core, NodeSingular } from 'cytoscape';
import { CaptionCandidate, captionsThatFit } from './caption-room';
import { HUGE_VIEW } from './graph-view';
import { captionFont, captionMaxWidth, displayName, nodeCaption, sizeCaptionsFor } from './style';

/** Cytoscape's default caption font, which the stylesheet keeps. */
const FONT_FAMILY = 'Helvetica Neue, Helvetica, sans-serif';
/** The stylesheet's text-margin-y and text-outline-width, in model px. */
const MARGIN = 3;
const OUTLINE = 2;
/** Wait this long after the last zoom or pan step before re-deciding: not every frame of a gesture. */
const SETTLE_MS = 60;
/** Room kept between two captions, in screen px: touching names read as one. */
const GAP = 3;

/** How a node matches the search box's text (caption-room.ts's `hit`). */
function searchHit(n: NodeSingular, query: string): CaptionCandidate['hit'] {
  if (query.length < 2) return 0;
  if (nodeCaption(n.data()).toLowerCase().includes(query)) return 2;
  return displayName(n.data()).toLowerCase().includes(query) ? 1 : 0;
}

/**
 * Keeps the canvas's captions readable and uncluttered: after each zoom, pan or change, sizes them for the zoom
 * (caption-room.ts) and hides those that would overlap a more important one. Huge views keep Cytoscape's own
 * behaviour (small captions fade out when zoomed out): measuring thousands of captions each gesture costs too much.
 */
export class CanvasCaptions {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly measure = document.createElement('canvas').getContext('2d');
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly cy: Core,
    private readonly searched: () => string,
  ) {
    cy.on('viewport add remove select unselect layoutstop dragfree', () => this.schedule());
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), SETTLE_MS);
  }

  private update(): void {
    const cy = this.cy;
    const visible = cy.nodes(':visible');
    const huge = visible.length > HUGE_VIEW;
    const zoom = cy.zoom();
    if (sizeCaptionsFor(huge ? 1 : zoom)) cy.style().update();
    const query = this.searched().trim().toLowerCase();
    const width = cy.width();
    const height = cy.height();
    const candidates: CaptionCandidate[] = [];
    if (!huge)
      visible.forEach((n) => {
        const box = this.captionBox(n, zoom);
        if (!box || box.x2 < 0 || box.x1 > width || box.y2 < 0 || box.y1 > height) return;
        candidates.push({
          id: n.id(),
          ...box,
          selected: n.selected(),
          hit: searchHit(n, query),
          degree: n.neighborhood('node:visible').length,
        });
      });
    const kept = captionsThatFit(candidates);
    const onScreen = new Set(candidates.map((c) => c.id));
    cy.batch(() =>
      visible.forEach((n) => void n.toggleClass('caption-yielded', onScreen.has(n.id()) && !kept.has(n.id()))),
    );
    document.body.dataset.captionsDone = String(Date.now());
  }

  /** Where the caption hangs under its node, in screen px, as Cytoscape draws it (outline included). */
  private captionBox(
    n: NodeSingular,
    zoom: number,
  ): Omit<CaptionCandidate, 'id' | 'selected' | 'hit' | 'degree'> | null {
    const text = nodeCaption(n.data());
    if (!text) return null;
    const label = n.data('label');
    const px = captionFont(label) * zoom;
    const w = Math.min(this.textWidth(text) * px, captionMaxWidth(label) * zoom) + 2 * OUTLINE * zoom;
    const p = n.renderedPosition();
    const top = p.y + n.renderedHeight() / 2 + MARGIN * zoom;
    return {
      x1: p.x - w / 2 - GAP,
      x2: p.x + w / 2 + GAP,
      y1: top - OUTLINE * zoom - GAP,
      y2: top + px * 1.25 + OUTLINE * zoom + GAP,
    };
  }

  /** A text's width per px of font size (measured once at 100 px). */
  private textWidth(text: string): number {
    let w = this.widths.get(text);
    if (w === undefined) {
      if (this.measure) {
        this.measure.font = `100px ${FONT_FAMILY}`;
        w = this.measure.measureText(text).width / 100;
      } else w = text.length * 0.6;
      this.widths.set(text, w);
    }
    return w;
  }
}
