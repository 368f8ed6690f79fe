import { expect } from 'chai';
import request from 'supertest';
import { createExecutor } from '../../server/db/executor';
import { applySchema } from '../../server/db/schema';
import { appFor } from '../support/app';
import { startTestNeo4j } from '../support/neo4j';

/**
 * Another door into the same Neo4j (`npm run ingest` into a running app, a script) writes while the app serves:
 * the app's next search finds what was written, at once, whatever the app cached before.
 */
describe('search after another process writes into the graph', function () {
  this.timeout(120_000);
  it('finds what `npm run ingest` wrote into a new store the app serves without a graph yet', async () => {
    // A new store, never written: no labels, no schema, as `npm start` with SEED_ON_EMPTY=false leaves it.
    const neo4j = await startTestNeo4j('readout-other-writer', { readoutSchema: false });
    const elsewhere = createExecutor(neo4j.target, { queryTimeoutMs: 30_000 });
    try {
      const app = appFor(neo4j);
      const names = async (q: string) =>
        ((await request(app).get('/api/search').query({ q }).expect(200)).body.hits as { name: string }[]).map(
          (h) => h.name,
        );
      expect(await names('Frederiksen')).to.deep.equal([]);
      // What the CLI's ingest leaves, through a driver of its own: Readout's schema, an article, its entity.
      await applySchema(elsewhere.executor);
      await elsewhere.executor.write((tx) =>
        tx.run(
          `CREATE (a:Article {id: 'article:other-door', title: 'Leaders meet'})
           CREATE (s:Sentence {id: 'sentence:other-door:0', text: 'Mette Frederiksen met Olaf Scholz.'})
           CREATE (e:Entity:Person {id: 'person:mette-frederiksen', name: 'Mette Frederiksen', aliasText: 'Mette Frederiksen'})
           CREATE (a)-[:HAS_SENTENCE]->(s), (s)-[:MENTIONS]->(e)`,
        ),
      );
      expect((await names('Frederiksen')).join(' | ')).to.match(/Frederiksen/);
    } finally {
      await elsewhere.driver.close();
      await neo4j.stop();
    }
  });
});
