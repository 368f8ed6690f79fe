import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createExecutor } from '../../server/db/executor';
import { applySchema } from '../../server/db/schema';
import { startEmbeddedNeo4j } from '../../server/neo4j/embedded';
import { appWithExecutor } from '../support/app';
import { freePort } from '../support/free-port';

/** Neo4j goes away while the app runs: clear 503s, then recovery by itself when it is back. */
describe('Neo4j outage', function () {
  this.timeout(180_000);

  it('answers 503 while Neo4j is down and recovers without a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-outage-'));
    const port = await freePort();
    let neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port });
    const target = { uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j' };
    const { driver, executor } = createExecutor(target, { queryTimeoutMs: 3000 });
    const app = appWithExecutor(executor, target.uri);
    try {
      await applySchema(executor);
      await executor.write((tx) =>
        tx.run("CREATE (:Entity:Person {id: 'person:probe', name: 'Probe Person', aliasText: 'Probe Person'})"),
      );
      await request(app).get('/api/health').expect(200);
      await request(app).get('/api/search').query({ q: 'probe' }).expect(200);

      await neo4j.stop();
      for (const [p, q] of [
        ['/api/health', {}],
        ['/api/search', { q: 'probe' }],
        ['/api/subgraph', { id: 'person:probe' }],
      ] as const) {
        const started = Date.now();
        const res = await request(app).get(p).query(q);
        expect(res.status, p).to.equal(503);
        expect(res.body.error.message).to.match(/Neo4j is unreachable/);
        expect(Date.now() - started, p).to.be.below(15_000);
      }
      const down = await request(app).post('/api/cypher').send({ query: 'RETURN 1' });
      expect(down.status).to.equal(503);

      neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port });
      const back = Date.now();
      let status = 0;
      while (Date.now() - back < 30_000) {
        status = (await request(app).get('/api/health')).status;
        if (status === 200) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(status).to.equal(200);
      const recoveryMs = Date.now() - back;
      const hits = await request(app).get('/api/search').query({ q: 'probe' }).expect(200);
      expect(hits.body.hits[0].name).to.equal('Probe Person');
      fs.mkdirSync('test-artifacts', { recursive: true });
      fs.writeFileSync('test-artifacts/outage-recovery-ms.txt', `${recoveryMs}\n`);
    } finally {
      await driver.close();
      await neo4j.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
