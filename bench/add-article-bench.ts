import type { AddedArticle } from '../server/services/article-writer';
import { generateArticles, GeneratedArticle } from './article-generator';
import { launchBenchChromium } from './page';
import { startBenchServer } from './support/server';
import type { BenchNeo4j } from './support/neo4j';

export interface AddArticleFigures {
  /** The first add, PLANNING_WAIT_MS after the server seeded and serves. */
  firstMs: number;
  api: number[];
  /** Server-side seconds of each timed add, as its answer reports them. */
  serverMs: number[];
  /** Click on Add → every entity of the answer on the canvas. */
  page: number[];
  /** A merge of two people of different added articles (both articles loaded again), then its undo. */
  merge: number[];
  undo: number[];
  /** How many articles each merge loaded again. */
  reloaded: number[];
}

async function correction(
  baseUrl: string,
  path: string,
  body: object,
): Promise<{ ms: number; reloaded: number; id: string }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ who: 'bench', why: 'bench', ...body }),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  const answer = (await response.json()) as { reloaded: number; correction: { id: string } };
  return { ms: performance.now() - started, reloaded: answer.reloaded, id: answer.correction.id };
}

/** Merges the first person of each added article into the next one's, then undoes each: what a correction costs. */
async function timeCorrections(baseUrl: string, added: AddedArticle[]) {
  const people = added.map((a) => a.entities.find((e) => e.kind === 'Person')?.id).filter((id): id is string => !!id);
  const merge: number[] = [];
  const undo: number[] = [];
  const reloaded: number[] = [];
  for (let i = 0; i + 1 < people.length && merge.length < 5; i += 2) {
    if (people[i] === people[i + 1]) continue;
    const made = await correction(baseUrl, '/api/corrections', {
      kind: 'merge',
      keep: people[i + 1],
      absorb: people[i],
    });
    merge.push(made.ms);
    reloaded.push(made.reloaded);
    undo.push((await correction(baseUrl, `/api/corrections/${made.id}/undo`, {})).ms);
  }
  return { merge, undo, reloaded };
}

const TOKEN = 'bench-edit-token-0123456789';
/** How long after the app serves the first add comes (the app plans the loader's queries in that time). */
export const PLANNING_WAIT_MS = 5000;

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};

async function post(baseUrl: string, article: GeneratedArticle): Promise<AddedArticle> {
  const response = await fetch(`${baseUrl}/api/articles`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: article.text, ...article.meta }),
  });
  if (response.status !== 201) throw new Error(`POST /api/articles: ${response.status} ${await response.text()}`);
  return (await response.json()) as AddedArticle;
}

/**
 * Adding one article end to end on the seed graph, as `npm start` serves it (CoreNLP, its own process): the POST
 * alone (upload → extracted → loaded → answered), then in the page (click Add → its entities on the canvas).
 * Distinct generated articles each time, so nothing is a replacement.
 */
export async function benchAddArticle(options: {
  db: BenchNeo4j;
  apiArticles: number;
  pageArticles: number;
  log: (s: string) => void;
}): Promise<AddArticleFigures> {
  const articles = generateArticles(1 + options.apiArticles + options.pageArticles, 23);
  const server = await startBenchServer(options.db.target, { READOUT_EDIT_TOKEN: TOKEN, SEED_ON_EMPTY: 'true' });
  try {
    // A person adds the first article some seconds after the page is up, by when the loader's queries are planned.
    await new Promise((resolve) => setTimeout(resolve, PLANNING_WAIT_MS));
    let started = performance.now();
    await post(server.baseUrl, articles[0]);
    const firstMs = performance.now() - started;
    options.log(`first add after seeding: ${firstMs.toFixed(0)} ms`);
    const api: number[] = [];
    const serverMs: number[] = [];
    const added: AddedArticle[] = [];
    for (const article of articles.slice(1, 1 + options.apiArticles)) {
      started = performance.now();
      const summary = await post(server.baseUrl, article);
      api.push(performance.now() - started);
      serverMs.push(summary.seconds * 1000);
      added.push(summary);
    }
    options.log(`POST /api/articles p50 ${percentile(api, 50).toFixed(0)} ms over ${api.length}`);
    const corrections = await timeCorrections(server.baseUrl, added);
    options.log(
      `merge p50 ${percentile(corrections.merge, 50).toFixed(0)} ms, undo p50 ${percentile(corrections.undo, 50).toFixed(0)} ms`,
    );

    const browser = await launchBenchChromium();
    const page: number[] = [];
    try {
      const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await tab.goto(server.baseUrl);
      await tab.waitForFunction(() => document.body.dataset.ready === 'true');
      await tab.getByTestId('add-article').click();
      await tab.getByTestId('add-article-token').fill(TOKEN);
      for (const article of articles.slice(1 + options.apiArticles)) {
        await tab.getByTestId('add-article-text').fill(article.text);
        const answered = tab.waitForResponse((r) => r.url().endsWith('/api/articles'));
        const clicked = performance.now();
        await tab.getByTestId('add-article-submit').click();
        const summary = (await (await answered).json()) as AddedArticle;
        const ids = [...summary.events, ...summary.entities].map((e) => e.id).slice(0, 80);
        await tab.waitForFunction(
          (wanted) =>
            wanted.every((id) =>
              (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById(id).nonempty(),
            ),
          ids,
        );
        page.push(performance.now() - clicked);
        await tab.getByTestId('add-article-submit').isEnabled();
      }
    } finally {
      await browser.close();
    }
    options.log(`page: click → on the canvas p50 ${percentile(page, 50).toFixed(0)} ms over ${page.length}`);
    return { firstMs, api, serverMs, page, ...corrections };
  } finally {
    await server.stop();
  }
}
