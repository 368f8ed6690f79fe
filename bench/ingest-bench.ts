import { Driver } from 'neo4j-driver';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { escapeIdentifier } from '../server/db/cypher-loader';
import { Executor } from '../server/db/executor';
import { extractArticle } from '../server/ingest/extract';
import { articleIdOf, ingestPaths, loadKnownPeople } from '../server/ingest/ingest';
import { batchRows, loadArticles } from '../server/ingest/load/load';
import { ArticleGraph } from '../server/ingest/types';
import { Nlp } from '../server/nlp';
import { generateArticles, writeArticles } from './article-generator';
import { emptyGraph } from './support/neo4j';

export interface IngestFigures {
  nlp: string;
  articles: number;
  endToEndSeconds: number;
  articlesPerSecond: number;
  failed: number;
  facts: number;
  entities: number;
  loadSeconds: number;
  floorSeconds: number;
  batchSize: number;
}

const BATCH = 100;

/**
 * The floor: the same rows through the bare driver, one plain UNWIND … MERGE per row kind and batch (per label
 * and relationship type, as static Cypher needs them), in one transaction per batch.
 */
const FLOOR = {
  articles: `UNWIND $rows AS a MERGE (x:Article {id: a.id})
    SET x.title = a.title, x.url = a.url, x.publishedAt = a.publishedAt, x.file = a.file`,
  sentences: `UNWIND $rows AS s MATCH (a:Article {id: s.article}) MERGE (y:Sentence {id: s.id})
    SET y.text = s.text, y.index = s.index MERGE (a)-[:HAS_SENTENCE]->(y)`,
  entities: (label: string) => `UNWIND $rows AS e MERGE (x:Entity {id: e.id})
    SET x.name = e.name, x.aliases = e.aliases, x += e.props, x:${escapeIdentifier(label)}`,
  mentions: `UNWIND $rows AS m MATCH (s:Sentence {id: m.sentenceId}) MATCH (e:Entity {id: m.entityId})
    MERGE (s)-[x:MENTIONS]->(e) SET x.surface = m.surface`,
  facts: (type: string) => `UNWIND $rows AS f MATCH (a:Entity {id: f.from}) MATCH (b:Entity {id: f.to})
    MERGE (a)-[r:${escapeIdentifier(type)} {key: f.key}]->(b) SET r += f.props, r.evidence = f.evidence, r.articles = [f.articleId]`,
  links: `UNWIND $rows AS l MATCH (a:Article {id: l.articleId}) MATCH (o:Entity {id: l.outletId})
    MERGE (a)-[:PUBLISHED_BY]->(o)`,
};

const groupBy = <T>(rows: T[], key: (row: T) => string) =>
  rows.reduce((m, r) => m.set(key(r), [...(m.get(key(r)) ?? []), r]), new Map<string, T[]>());

async function floorLoad(driver: Driver, graphs: ArticleGraph[]): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < graphs.length; i += BATCH) {
    const rows = batchRows(graphs.slice(i, i + BATCH));
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(FLOOR.articles, { rows: rows.articles });
        const sentences = rows.articles.flatMap((a) => a.sentences.map((s) => ({ ...s, article: a.id })));
        await tx.run(FLOOR.sentences, { rows: sentences });
        for (const [kind, group] of groupBy(rows.entities, (e) => e.kind))
          await tx.run(FLOOR.entities(kind), { rows: group });
        await tx.run(FLOOR.mentions, { rows: rows.mentions });
        for (const [type, group] of groupBy(rows.facts, (f) => f.type))
          await tx.run(FLOOR.facts(type), { rows: group });
        await tx.run(FLOOR.links, { rows: rows.links });
      });
    } finally {
      await session.close();
    }
  }
  return (performance.now() - started) / 1000;
}

async function readoutLoad(executor: Executor, graphs: ArticleGraph[]): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < graphs.length; i += BATCH) await loadArticles(executor, graphs.slice(i, i + BATCH));
  return (performance.now() - started) / 1000;
}

/** Plans compiled and the JVM's JIT warm for both writers, so neither pays the first-query cost in the figures. */
async function warmUp(executor: Executor, raw: Driver, nlp: Nlp, count: number): Promise<void> {
  const articles = generateArticles(count, 99);
  const known = await loadKnownPeople(executor);
  const graphs: ArticleGraph[] = [];
  for (const a of articles)
    graphs.push(await extractArticle(`warm-${articleIdOf(a.file)}`, a.text, nlp, a.meta, a.file, known));
  await readoutLoad(executor, graphs);
  await emptyGraph(raw);
  await floorLoad(raw, graphs);
  await emptyGraph(raw);
}

/**
 * End to end (files → extraction → Neo4j, as `npm run ingest` does) for `count` synthetic articles on an
 * empty graph; then the load phase alone, Readout's loader against the floor, on the same extracted rows.
 */
export async function benchIngest(options: {
  executor: Executor;
  raw: Driver;
  nlp: Nlp;
  count: number;
  log: (s: string) => void;
}): Promise<IngestFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-articles-'));
  try {
    const articles = generateArticles(options.count);
    writeArticles(dir, articles);
    await emptyGraph(options.raw);
    // A fifth of the run, at most 200 articles: enough for plans and JIT, little time in a quick run.
    await warmUp(options.executor, options.raw, options.nlp, Math.min(200, Math.ceil(options.count / 5)));
    options.log(`articles written, writers warm`);
    const summary = await ingestPaths(options.executor, [dir], { nlp: options.nlp });
    options.log(`ingest ${options.count}: ${summary.articles} articles in ${summary.seconds.toFixed(1)} s`);

    // The same articles extracted once (not timed), then written twice into an empty graph.
    const known = await loadKnownPeople(options.executor);
    const graphs: ArticleGraph[] = [];
    for (const a of articles)
      graphs.push(await extractArticle(articleIdOf(a.file), a.text, options.nlp, a.meta, a.file, known));
    await emptyGraph(options.raw);
    const floorSeconds = await floorLoad(options.raw, graphs);
    await emptyGraph(options.raw);
    const loadSeconds = await readoutLoad(options.executor, graphs);
    options.log(`load phase ${options.count}: Readout ${loadSeconds.toFixed(2)} s, floor ${floorSeconds.toFixed(2)} s`);
    return {
      nlp: options.nlp.mode,
      articles: summary.articles,
      endToEndSeconds: summary.seconds,
      articlesPerSecond: summary.articles / summary.seconds,
      failed: summary.failed.length,
      facts: summary.facts,
      entities: summary.entities,
      loadSeconds,
      floorSeconds,
      batchSize: BATCH,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
