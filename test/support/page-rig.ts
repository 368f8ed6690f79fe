import http from 'node:http';
import net from 'node:net';
import type { Browser, Page } from 'playwright-core';
import type { AppDependencies } from '../../server/app';
import { appFor } from './app';
import { launchChromium } from './browser';
import { getTestNeo4j, TestNeo4j } from './neo4j';
import { loadSeedGraph } from './seed-graph';

/** A page and what went wrong in it: console errors and warnings, uncaught errors, HTTP answers ≥ 400. */
export interface WatchedPage {
  page: Page;
  problems: string[];
}

/**
 * The explorer served from a real Neo4j to a real Chromium, for the page tests: one server and one browser per
 * test file, a fresh page per test.
 */
export class PageRig {
  private constructor(
    readonly base: string,
    readonly browser: Browser,
    private readonly server: http.Server,
  ) {}

  /** `overrides`: what the app gets beyond the test Neo4j (an edit token and an NLP engine, to add articles). */
  static async start(neo4j: TestNeo4j, overrides: Partial<AppDependencies> = {}): Promise<PageRig> {
    const server = http.createServer(appFor(neo4j, overrides));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    return new PageRig(base, await launchChromium(), server);
  }

  /** The shared test Neo4j holding the seed graph. */
  static async seeded(overrides: Partial<AppDependencies> = {}): Promise<PageRig> {
    const neo4j = await getTestNeo4j();
    await loadSeedGraph(neo4j.executor);
    return PageRig.start(neo4j, overrides);
  }

  async newPage(viewport = { width: 1440, height: 900 }): Promise<WatchedPage> {
    const page = await this.browser.newPage({ viewport });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    return { page, problems };
  }

  /** Opens the explorer afresh (a new document, not a hash change) and waits until it is ready. */
  async open(page: Page, hash = ''): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${this.base}/${hash}`);
    // A thousand-node view takes seconds to lay out on a busy machine: a generous wait, not a budget.
    await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 120_000 });
  }

  async stop(): Promise<void> {
    await this.browser.close();
    const closed = new Promise((resolve) => this.server.close(resolve));
    // A page of another browser may still hold the change stream (GET /api/changes) open: close it, or wait for ever.
    this.server.closeAllConnections();
    await closed;
  }
}
