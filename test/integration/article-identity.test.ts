import { expect } from 'chai';
import { Express } from 'express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { Executor } from '../../server/db/executor';
import { ingestPaths } from '../../server/ingest/ingest';
import type { AddedArticle } from '../../server/services/article-writer';
import { appFor } from '../support/app';
import { clearDatabase, getTestNeo4j } from '../support/neo4j';
import { getTestNlp } from '../support/nlp';
import { loadSeedGraph, SEEDS_DIR } from '../support/seed-graph';

const TOKEN = 'a-test-edit-token-of-some-length';
// A seed article: events and facts under either NLP engine.
const ARTICLE = fs.readFileSync(path.join(SEEDS_DIR, '002_198ae831fd13e891.txt'), 'utf8');
/** The CLI names an article after its file; the API after a hash of its text. */
const FILE_ID = 'seed-article-as-another-file';

/** The same text through POST /api/articles and `npm run ingest` is one article, whichever comes first. */
describe('one article whichever door its text comes in by', function () {
  this.timeout(180_000);
  let executor: Executor;
  let app: Express;
  let workDir: string;

  const postText = async (text: string) =>
    (await request(app).post('/api/articles').set('Authorization', `Bearer ${TOKEN}`).send({ text }).expect(201))
      .body as AddedArticle;
  const ingestFile = async (text: string) => {
    const file = path.join(workDir, `${FILE_ID}.txt`);
    fs.writeFileSync(file, text);
    const summary = await ingestPaths(executor, [file], { nlp: getTestNlp() });
    expect(summary.failed).to.deep.equal([]);
  };
  const articleIds = async () =>
    ((await executor.readText('MATCH (a:Article) RETURN collect(a.id) AS ids'))[0].ids as string[]).sort();
  /** For every event: the articles whose sentences mention it (what "from N articles" counts). */
  const eventArticles = async () =>
    (
      await executor.readText(
        `MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Event)
         WITH e, collect(DISTINCT a.id) AS articles
         RETURN e.id AS event, articles ORDER BY event`,
      )
    ).map((r) => ({ event: r.event as string, articles: r.articles as string[] }));
  /** Every fact's list of the articles stating it. */
  const factArticles = async () =>
    (await executor.readText('MATCH ()-[r]->() WHERE r.articles IS NOT NULL RETURN r.articles AS articles')).map(
      (r) => r.articles as string[],
    );
  /** The graph holds exactly one article, `id`, and every event and fact is from it alone. */
  const expectOneArticle = async (id: string) => {
    expect(await articleIds()).to.deep.equal([id]);
    const events = await eventArticles();
    expect(events.length, 'the article has events').to.be.above(0);
    for (const e of events) expect(e.articles, e.event).to.deep.equal([id]);
    const facts = await factArticles();
    expect(facts.length, 'the article has facts').to.be.above(0);
    for (const articles of facts) expect(articles).to.deep.equal([id]);
  };

  before(async () => {
    const neo4j = await getTestNeo4j();
    executor = neo4j.executor;
    app = appFor(neo4j, { editToken: TOKEN, nlp: getTestNlp() });
  });
  beforeEach(async () => {
    await clearDatabase(executor);
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-identity-'));
  });
  afterEach(() => fs.rmSync(workDir, { recursive: true, force: true }));
  // Other files expect exactly the seed graph.
  after(async () => {
    await loadSeedGraph(executor);
  });

  it('the page first, then the CLI: the file is loaded as the article the page added', async () => {
    const added = await postText(ARTICLE);
    expect(added.article.id).to.not.equal(FILE_ID);
    await ingestFile(ARTICLE);
    await expectOneArticle(added.article.id);
  });

  it('the CLI first, then the page: the page answers with the file’s article, written once', async () => {
    await ingestFile(ARTICLE);
    // Line breaks and spacing the page's text area may change do not make it another article.
    const added = await postText(ARTICLE.replace(/\n/g, '\r\n  '));
    expect(added.article.id).to.equal(FILE_ID);
    expect(added.events.length, 'the answer lists what was extracted').to.be.above(0);
    await expectOneArticle(FILE_ID);
  });

  it('a different text is a different article, whatever door', async () => {
    await ingestFile(ARTICLE);
    const added = await postText(`${ARTICLE}\n\nTalks resume on Monday.\n`);
    expect(added.article.id).to.not.equal(FILE_ID);
    expect(await articleIds()).to.deep.equal([FILE_ID, added.article.id].sort());
  });
});
