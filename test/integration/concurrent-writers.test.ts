import { expect } from 'chai';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { createExecutor, Executor } from '../../server/db/executor';
import { extractArticle } from '../../server/ingest/extract';
import { articleIdOf, listArticleFiles, readFolderMetadata } from '../../server/ingest/ingest';
import { loadArticle } from '../../server/ingest/load/load';
import { readArticleFile } from '../../server/ingest/read/read-article';
import { ArticleGraph, EntityRef, Fact } from '../../server/ingest/types';
import { graphFingerprint } from '../support/graph-fingerprint';
import { clearDatabase, getTestNeo4j } from '../support/neo4j';
import { getTestNlp } from '../support/nlp';
import { SEEDS_DIR } from '../support/seed-graph';

const NEWSROOM = path.join(REPO_ROOT, 'test/fixtures/newsroom');

async function extractAll(folder: string): Promise<ArticleGraph[]> {
  const meta = readFolderMetadata(folder);
  const graphs: ArticleGraph[] = [];
  for (const { file } of listArticleFiles([folder])) {
    const name = path.basename(file);
    graphs.push(await extractArticle(articleIdOf(file), readArticleFile(file), getTestNlp(), meta[name] ?? {}, name));
  }
  return graphs;
}

/**
 * Two writers (the app adding an article, `npm run ingest` into the running app) on their own connections at the
 * same moment, with articles that name the same people, countries, outlets and events and one article both send:
 * the graph must be the one a single writer makes from the same articles, with no duplicate and no fact lost.
 */
/** An article telling of a call between two people, dated as precisely as `date` (its id carries the date). */
function callArticle(id: string, pair: number, date: string): ArticleGraph {
  const person = (n: number): EntityRef => ({
    id: `person:p${pair}-${n}`,
    kind: 'Person',
    name: `Person ${pair}-${n}`,
  });
  const [a, b] = [person(1), person(2)];
  const event: EntityRef = {
    id: `event:call:${date}:p${pair}`,
    kind: 'Event',
    name: `Call: ${a.name} – ${b.name}, ${date}`,
    props: { kind: 'call', date, dateRule: 'test', planned: null, sequence: null },
  };
  const fact = (from: string): Fact => ({
    type: 'PARTICIPATED_IN',
    from,
    to: event.id,
    key: 'participant',
    props: { role: 'participant' },
    rule: 'test',
    sentences: [0],
  });
  return {
    article: { id, file: null, title: id, url: null, publishedAt: '2025-03-20', outlet: null },
    sentences: [`${a.name} spoke with ${b.name} by phone.`],
    entities: [a, b, event],
    mentions: [a, b].map((entity, i) => ({
      sentence: 0,
      start: i * 20,
      end: i * 20 + 10,
      text: entity.name,
      entity,
      rule: 'test',
    })),
    facts: [fact(a.id), fact(b.id)],
  };
}

describe('concurrent writers', function () {
  this.timeout(180_000);
  let executor: Executor;
  let first: ArticleGraph[];
  let second: ArticleGraph[];

  before(async () => {
    const neo4j = await getTestNeo4j();
    executor = neo4j.executor;
    const seeds = await extractAll(SEEDS_DIR);
    const newsroom = await extractAll(NEWSROOM);
    // Every article by both writers, in opposite orders: each writes what the other is writing at some point.
    first = [...seeds, ...newsroom];
    second = [...first].reverse();
  });
  after(() => clearDatabase(executor));

  it('two ingesters writing overlapping entities at once make the same graph as one writer', async () => {
    await clearDatabase(executor);
    for (const graph of [...first, ...second]) await loadArticle(executor, graph);
    const single = await graphFingerprint(executor);

    await clearDatabase(executor);
    const other = createExecutor((await getTestNeo4j()).target, { queryTimeoutMs: 30_000 });
    try {
      const write = async (exec: Executor, graphs: ArticleGraph[]) => {
        for (const graph of graphs) await loadArticle(exec, graph);
      };
      await Promise.all([write(executor, first), write(other.executor, second)]);
    } finally {
      await other.driver.close();
    }
    const together = await graphFingerprint(executor);
    expect(together).to.deep.equal(single);
    const duplicates = await executor.readText(
      `MATCH (n:Entity) WITH toLower(n.name) AS name, labels(n) AS kinds, count(*) AS n WHERE n > 1 RETURN name, n`,
    );
    expect(duplicates).to.deep.equal([]);
  });

  it('one writer telling a call by its month and the other by its day at the same moment make one event', async () => {
    await clearDatabase(executor);
    const other = createExecutor((await getTestNeo4j()).target, { queryTimeoutMs: 30_000 });
    const pairs = [...Array(12).keys()];
    try {
      await Promise.all(
        pairs.flatMap((pair) => [
          loadArticle(executor, callArticle(`vague-${pair}`, pair, '2025-03')),
          loadArticle(other.executor, callArticle(`precise-${pair}`, pair, '2025-03-06')),
        ]),
      );
    } finally {
      await other.driver.close();
    }
    const events = await executor.readText(`MATCH (e:Event) RETURN e.id AS id ORDER BY id`);
    expect(events.map((e) => e.id)).to.deep.equal(pairs.map((p) => `event:call:2025-03-06:p${p}`).sort());
  });
});
