import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { unpackLink } from '../../client/src/compact-link';
import { DecodedView, decodeView } from '../../client/src/url-state';

/** The page exposes its Cytoscape instance as window.cy. */
export type PageWindow = Window & { cy: Core };

/**
 * Runs `act` in the page and keeps its result there. Playwright serialises whatever an evaluated function
 * returns, and Cytoscape's calls return their collection, i.e. the whole graph and renderer: seconds and gigabytes
 * per call on a large view (it crashed the page on CI). A handle is not serialised; it is released at once.
 */
export async function inPage<A>(page: Page, act: (arg: A) => unknown, arg: A): Promise<void> {
  const handle = await page.evaluateHandle(act as Parameters<Page['evaluateHandle']>[0], arg);
  await handle.dispose();
}

/** Fires a Cytoscape event (dbltap, cxttap, taphold, tap) on a node, or selects it ('select'). */
export function onNode(page: Page, id: string, event: string): Promise<void> {
  return inPage(
    page,
    ([nodeId, name]) => {
      const node = (window as unknown as PageWindow).cy.getElementById(nodeId);
      if (name === 'select') {
        (window as unknown as PageWindow).cy.elements().unselect();
        node.select();
      } else node.emit(name);
    },
    [id, event] as [string, string],
  );
}

export interface NodeBox {
  id: string;
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The drawn circles of the visible nodes, in model coordinates. */
export function visibleNodeBoxes(page: Page): Promise<NodeBox[]> {
  return page.evaluate(() =>
    (window as unknown as PageWindow).cy.nodes(':visible').map((n) => {
      const b = n.boundingBox({ includeLabels: false, includeOverlays: false });
      return { id: n.id(), label: String(n.data('label')), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    }),
  );
}

/** The first pair of boxes that overlap, or null. */
export function firstOverlap(boxes: NodeBox[]): [string, string] | null {
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a];
      const q = boxes[b];
      if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) return [p.id, q.id];
    }
  return null;
}

/**
 * Positions of every node by id, rounded to the pixel. `+ 0` turns Math.round's -0 (for -0.4) into 0: deep equality
 * tells -0 from 0, and a node at -0.4 on one page and 0.3 on another is at the same pixel.
 */
export function positions(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() =>
    Object.fromEntries(
      (window as unknown as PageWindow).cy
        .nodes()
        .map((n) => [n.id(), [Math.round(n.position().x) + 0, Math.round(n.position().y) + 0]]),
    ),
  );
}

/** The page's address once it has caught up with the view (it is written shortly after each change). */
export async function settledAddress(page: Page): Promise<string> {
  await page.waitForFunction(() => document.body.dataset.linkPending === 'false');
  return page.url();
}

/** The view the page's address holds, decoded as the page decodes it. */
export async function addressView(page: Page): Promise<DecodedView> {
  const url = new URL(await settledAddress(page));
  const { plain, damaged } = await unpackLink(url.hash);
  if (damaged) throw new Error(`the page wrote a damaged link: ${url.hash}`);
  return decodeView(plain);
}
