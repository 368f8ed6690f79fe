import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { onNode, PageWindow } from '../support/page-graph';
import { getTestNeo4j, TestNeo4j } from '../support/neo4j';
import { PageRig } from '../support/page-rig';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');
const XI = 'person:xi-jinping';

interface CaptionReport {
  zoom: number;
  nodes: number;
  /** Drawn captions: id, on-screen font size, box in screen px. */
  shown: { id: string; px: number; x1: number; y1: number; x2: number; y2: number }[];
  hub: string;
}

/** What the canvas draws as captions, as Cytoscape itself measures them. */
function captions(page: Page): Promise<CaptionReport> {
  return page.evaluate(() => {
    const cy = (window as unknown as PageWindow).cy;
    const zoom = cy.zoom();
    const nodes = cy.nodes(':visible');
    const shown = nodes
      .filter((n) => {
        const px = parseFloat(n.style('font-size')) * zoom;
        // Cytoscape does not draw a caption smaller on screen than min-zoomed-font-size.
        return n.style('label') !== '' && px >= parseFloat(n.style('min-zoomed-font-size'));
      })
      .map((n) => {
        const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return { id: n.id(), px: parseFloat(n.style('font-size')) * zoom, x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      });
    const hub = nodes.max((n) => n.neighborhood('node:visible').length).ele.id();
    return { zoom, nodes: nodes.length, shown, hub };
  });
}

/** Issue 22, finding 4: names that stay legible after Fit, in real Chromium against the seed graph. */
describe('captions legible at every zoom (Chromium)', function () {
  this.timeout(240_000);
  let rig: PageRig;
  let neo4j: TestNeo4j;
  let page: Page;
  let problems: string[];
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `captions-${name}.png`) });
  const settled = async (after: () => Promise<void>) => {
    const before = await page.evaluate(() => document.body.dataset.captionsDone ?? '');
    await after();
    await page.waitForFunction((b) => (document.body.dataset.captionsDone ?? '') !== b, before);
  };

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    rig = await PageRig.seeded();
    neo4j = await getTestNeo4j();
  });
  beforeEach(async () => ({ page, problems } = await rig.newPage({ width: 1440, height: 900 })));
  afterEach(async () => {
    await page?.close();
    expect(problems, 'errors in the page').to.deep.equal([]);
  });
  after(async () => rig?.stop());

  it('keeps names readable after Fit, the selection, the hubs and the search’s hits first, none over another', async () => {
    // Forty of the seed's people, places, outlets and events on the canvas, as a shared link would put them.
    const rows = await neo4j.executor.readText(
      `MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Sentence AND NOT n:Article
       RETURN n.id AS id ORDER BY n.id = $xi DESC, COUNT { (n)--() } DESC, n.id LIMIT 40`,
      { xi: XI },
    );
    await rig.open(page, `#ids=${rows.map((r) => String(r.id)).join('|')}`);
    await page.waitForFunction(() => (window as unknown as PageWindow).cy.nodes().length >= 25);
    await onNode(page, XI, 'select');
    await settled(() => page.getByRole('button', { name: 'Fit' }).click());
    await shot('01-xi-fitted');

    const fitted = await captions(page);
    // The case: a few dozen nodes fitted, zoomed out so far that 11 px captions would draw at under 10 px.
    expect(fitted.nodes, 'nodes on the canvas').to.be.within(20, 80);
    expect(fitted.zoom, 'zoomed out by Fit').to.be.below(0.9);
    const ids = fitted.shown.map((s) => s.id);
    expect(ids, 'the selected node is named').to.include(XI);
    expect(ids, 'the best-connected node is named').to.include(fitted.hub);
    expect(fitted.shown.length, 'most names still show').to.be.at.least(fitted.nodes / 4);
    for (const s of fitted.shown) expect(s.px, `${s.id}'s caption on screen`).to.be.at.least(9.99);
    // No name drawn over another (a pixel of outline may touch).
    for (const a of fitted.shown)
      for (const b of fitted.shown) {
        if (a.id >= b.id || a.id === XI || b.id === XI) continue;
        const apart = a.x2 - 1 <= b.x1 || b.x2 - 1 <= a.x1 || a.y2 - 1 <= b.y1 || b.y2 - 1 <= a.y1;
        expect(apart, `${a.id} and ${b.id} drawn over each other`).to.equal(true);
      }

    // Typing in the search box names what it matches on the canvas, before anything but the selection: the
    // unnamed person farthest from Xi, so that Xi's caption (the selection's, always drawn) cannot be in the way.
    const hidden = (
      await page.evaluate((xi) => {
        const cy = (window as unknown as PageWindow).cy;
        const at = cy.getElementById(xi).renderedPosition();
        return cy
          .nodes(':visible')
          .map((n) => ({ id: n.id(), away: Math.hypot(n.renderedPosition().x - at.x, n.renderedPosition().y - at.y) }))
          .sort((a, b) => b.away - a.away)
          .map((n) => n.id);
      }, XI)
    ).filter((id) => !ids.includes(id) && id.startsWith('person:'));
    if (hidden.length) {
      const name = await page.evaluate(
        (id) => (window as unknown as PageWindow).cy.getElementById(id).data('name'),
        hidden[0],
      );
      await page.keyboard.press('Escape');
      await settled(async () => {
        await page.getByTestId('search-input').fill(String(name));
      });
      await shot('02-search-named');
      expect(
        (await captions(page)).shown.map((s) => s.id),
        `${name}, searched for, is named`,
      ).to.include(hidden[0]);
    }
  });
});
