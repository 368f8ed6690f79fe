import fs from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';

/**
 * The page benchmark (issue 6): in headless Chromium, the time from clicking Run in the Cypher console to a
 * laid-out view of about N nodes, and frames per second while the user pans (mouse drag) and zooms (wheel),
 * with Cytoscape's canvas renderer and its WebGL renderer.
 *
 * Frames are counted with requestAnimationFrame in the page while real input (Chromium input events, as a
 * mouse would send them) moves the view: every frame repaints the graph, so a slow repaint shows as fewer
 * frames. (Cytoscape's `render` event is not emitted by the WebGL renderer, so it can not be the measure; on
 * canvas both counts agree.) Real input rather than `cy.panBy`, because Cytoscape's viewport optimisations
 * (`textureOnViewport`, `hideEdgesOnViewport`) only engage during user gestures.
 *
 * The server must allow enough console rows for the largest size (CYPHER_ROW_LIMIT ≈ 4 × nodes) and a
 * few console requests (1 + sizes × renderers) within its per-minute rate limit.
 */
export type Renderer = 'canvas' | 'webgl';

export interface PageFigure {
  nodes: number;
  edges: number;
  renderer: Renderer;
  /** Click on Run → `document.body.dataset.layoutDone`: request, drawing, table and layout. */
  layoutMs: number;
  panFps: number;
  zoomFps: number;
  /** Click on Run → the console's answer fully received (the server's share of layoutMs). */
  requestMs?: number;
  /** The layout the page chose for this size (from `document.body.dataset.layoutName`). */
  layoutName: string;
}

export interface PageBenchOptions {
  baseUrl: string;
  sizes: number[];
  renderers?: Renderer[];
  /** Sizes above this are drawn with the canvas renderer only (a quick run's shortcut). */
  webglUpTo?: number;
  /** How long each of pan and zoom is driven. */
  gestureMs?: number;
  log?: (s: string) => void;
}

export const CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = { width: 1440, height: 900 };

/** WebGL 2 in headless Chromium comes from SwiftShader (software), on the CPU like the canvas renderer. */
export async function launchBenchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Headless tabs are never hidden, but keep timers and frames at full rate regardless.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  });
}

/** Events in id order, the first k of them with every entity they touch: about `nodes` entities in all. */
export function viewQuery(events: number): string {
  return `MATCH (e:Event) WITH e ORDER BY e.id LIMIT ${events}\nOPTIONAL MATCH (e)-[r]-(x:Entity)\nRETURN e, r, x`;
}

async function cypher(
  baseUrl: string,
  query: string,
): Promise<{ rows: Record<string, unknown>[]; truncated: boolean }> {
  const res = await fetch(`${baseUrl}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  if (!res.ok) throw new Error(`POST /api/cypher: ${res.status} ${await res.text()}`);
  return (await res.json()) as { rows: Record<string, unknown>[]; truncated: boolean };
}

/**
 * How many events (in id order) give about `size` distinct entities each, from one console request: the
 * events' neighbour ids, accumulated in order.
 */
export async function eventsForSizes(baseUrl: string, sizes: number[]): Promise<Map<number, number>> {
  const max = Math.max(...sizes);
  const answer = await cypher(
    baseUrl,
    `MATCH (e:Event) WITH e ORDER BY e.id LIMIT ${max}
     OPTIONAL MATCH (e)--(x:Entity)
     WITH e, collect(x.id) AS xs
     RETURN e.id AS id, xs ORDER BY id`,
  );
  const seen = new Set<string>();
  const result = new Map<number, number>();
  const wanted = [...sizes].sort((a, b) => a - b);
  answer.rows.forEach((row, i) => {
    seen.add(String(row.id));
    for (const x of row.xs as string[]) seen.add(x);
    while (wanted.length && seen.size >= wanted[0]) result.set(wanted.shift()!, i + 1);
  });
  for (const size of wanted) result.set(size, answer.rows.length); // the graph is smaller than asked
  return result;
}

interface Frames {
  fps: number;
  renders: number;
  seconds: number;
}

interface Counter {
  n: number;
  renders: number;
  t0: number;
  on: boolean;
  onRender: () => void;
}

/** Starts counting animation frames (and Cytoscape `render` events) in the page. */
async function startCounting(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { cy: import('cytoscape').Core; __frames: Counter };
    const f: Counter = (w.__frames = {
      n: 0,
      renders: 0,
      t0: performance.now(),
      on: true,
      onRender: () => f.renders++,
    });
    const tick = () => {
      if (!f.on) return;
      f.n++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    w.cy.on('render', f.onRender);
  });
}

async function stopCounting(page: Page): Promise<Frames> {
  return page.evaluate(() => {
    const w = window as unknown as { cy: import('cytoscape').Core; __frames: Counter };
    const f = w.__frames;
    f.on = false;
    w.cy.off('render', f.onRender);
    const seconds = (performance.now() - f.t0) / 1000;
    return { fps: f.n / seconds, renders: f.renders / seconds, seconds };
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Drags the background in circles (a pan, as a mouse does it) for `ms`. */
async function pan(page: Page, ms: number): Promise<Frames> {
  const box = (await page.locator('#cy').boundingBox())!;
  // After a fit the corner is inside the fit padding: background, so the drag pans rather than moves a node.
  const start = { x: box.x + 8, y: box.y + 8 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await startCounting(page);
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    const a = ((Date.now() - t0) / 1000) * 2 * Math.PI;
    await page.mouse.move(start.x + 120 + 120 * Math.cos(a + Math.PI), start.y + 120 + 120 * Math.sin(a + Math.PI));
    await sleep(8);
  }
  const frames = await stopCounting(page);
  await page.mouse.up();
  return frames;
}

/** Wheel zooms in and out around the centre for `ms`. */
async function zoom(page: Page, ms: number): Promise<Frames> {
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await startCounting(page);
  const t0 = Date.now();
  let i = 0;
  while (Date.now() - t0 < ms) {
    // Eight notches in, eight out: the zoom stays between the fitted view and a few times closer.
    await page.mouse.wheel(0, i++ % 16 < 8 ? -60 : 60);
    await sleep(16);
  }
  return stopCounting(page);
}

async function measureOne(
  browser: Browser,
  baseUrl: string,
  events: number,
  renderer: Renderer,
  gestureMs: number,
): Promise<PageFigure> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(`${baseUrl}/?renderer=${renderer}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.fill('#cypher-input', viewQuery(events));
    const before = await page.evaluate(() => {
      const run = document.getElementById('cypher-run')!;
      run.addEventListener('click', () => (document.body.dataset.clickedAt = String(Date.now())), { capture: true });
      return document.body.dataset.layoutDone ?? '';
    });
    let answeredAt = 0;
    page.on('requestfinished', (req) => {
      if (req.url().endsWith('/api/cypher')) answeredAt = Date.now();
    });
    await page.click('#cypher-run');
    await page.waitForFunction((prev) => (document.body.dataset.layoutDone ?? '') !== prev, before, {
      timeout: 180_000,
      polling: 50,
    });
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const d = document.body.dataset;
      return {
        clickedAt: d.clickedAt,
        layoutMs: Number(d.layoutDone) - Number(d.clickedAt),
        nodes: cy.nodes(':visible').length,
        edges: cy.edges(':visible').length,
        layoutName: d.layoutName ?? 'fcose default',
        webgl: Boolean((cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl),
        error: document.getElementById('cypher-error')!.hidden
          ? ''
          : document.getElementById('cypher-error')!.textContent,
      };
    });
    if (renderer === 'webgl' && !drawn.webgl) throw new Error('the page did not use the WebGL renderer');
    if (drawn.error && !/first \d+ rows/.test(drawn.error)) throw new Error(`the console said: ${drawn.error}`);
    // Let the first paint after the fit land before measuring.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const clickedAt = drawn.clickedAt;
    const panned = await pan(page, gestureMs);
    const zoomed = await zoom(page, gestureMs);
    return {
      nodes: drawn.nodes,
      edges: drawn.edges,
      renderer,
      layoutMs: drawn.layoutMs,
      panFps: Math.round(panned.fps * 10) / 10,
      zoomFps: Math.round(zoomed.fps * 10) / 10,
      layoutName: drawn.layoutName,
      requestMs: answeredAt ? answeredAt - Number(clickedAt) : undefined,
    };
  } finally {
    await page.close();
  }
}

export async function benchPage(options: PageBenchOptions): Promise<PageFigure[]> {
  const log = options.log ?? (() => {});
  const renderers = options.renderers ?? ['canvas', 'webgl'];
  const gestureMs = options.gestureMs ?? 3000;
  const eventCounts = await eventsForSizes(options.baseUrl, options.sizes);
  const browser = await launchBenchChromium();
  const figures: PageFigure[] = [];
  try {
    for (const size of options.sizes) {
      for (const renderer of renderers) {
        if (renderer === 'webgl' && size > (options.webglUpTo ?? Infinity)) continue;
        const figure = await measureOne(browser, options.baseUrl, eventCounts.get(size)!, renderer, gestureMs);
        log(
          `page ${size} (${figure.nodes} nodes, ${figure.edges} edges) ${renderer}: laid out in ${figure.layoutMs} ms (answer after ${figure.requestMs} ms; ${figure.layoutName}), pan ${figure.panFps} fps, zoom ${figure.zoomFps} fps`,
        );
        figures.push(figure);
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}

export function pageTable(figures: PageFigure[]): string {
  const head = ['nodes', 'edges', 'renderer', 'layout', 'layout ms', 'of which answer ms', 'pan fps', 'zoom fps'];
  const rows = figures.map((f) =>
    [f.nodes, f.edges, f.renderer, f.layoutName, f.layoutMs, f.requestMs ?? '', f.panFps, f.zoomFps].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

// Run directly (`ts-node bench/page.ts`); not when bundled into bench/run.ts, where `module` is the bundle's.
if (require.main === module && /page\.[jt]s$/.test(process.argv[1] ?? '')) {
  void (async () => {
    const { startBenchNeo4j } = await import('./support/neo4j');
    const { startBenchServer } = await import('./support/server');
    const { loadSyntheticGraph } = await import('./synthetic-graph');
    const quick = process.argv.includes('--quick');
    const sizes = quick ? [200, 1000] : [200, 1000, 5000];
    // --base-url URL measures a Readout that is already running (with enough CYPHER_ROW_LIMIT) instead.
    const given = process.argv[process.argv.indexOf('--base-url') + 1];
    const log = (s: string) => console.log(s);
    const stops: (() => Promise<void>)[] = [];
    let failed = false;
    try {
      if (process.argv.includes('--base-url')) {
        console.log(`\n${pageTable(await benchPage({ baseUrl: given, sizes, log }))}`);
        return process.exit(0);
      }
      log('starting Neo4j…');
      const db = await startBenchNeo4j('page', { heapMb: 1024, pageCache: '256m' });
      stops.push(db.stop);
      const graph = await loadSyntheticGraph(db.raw, { nodes: 20_000 });
      log(
        `synthetic graph: ${graph.nodes} nodes, ${graph.relationships} relationships in ${graph.loadSeconds.toFixed(1)} s`,
      );
      const server = await startBenchServer(db.target, { CYPHER_ROW_LIMIT: '20000', CONSOLE_RATE_LIMIT: '600' });
      stops.push(server.stop);
      const figures = await benchPage({ baseUrl: server.baseUrl, sizes, log });
      console.log(`\n${pageTable(figures)}`);
    } catch (e) {
      failed = true;
      console.error(e);
    } finally {
      for (const stop of stops.reverse()) await stop().catch((e) => console.error(e));
    }
    process.exit(failed ? 1 : 0);
  })();
}
