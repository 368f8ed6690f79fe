import { expect } from 'chai';
import request from 'supertest';
import { ConsolePool, DEFAULT_CONSOLE_LIMITS } from '../../server/db/console/console-pool';
import { createExecutor } from '../../server/db/executor';
import { appFor, appWithExecutor } from '../support/app';
import { getTestNeo4j } from '../support/neo4j';
import { loadSeedGraph } from '../support/seed-graph';

describe('limits and web security', function () {
  this.timeout(120_000);
  before(async () => loadSeedGraph((await getTestNeo4j()).executor));

  it('cancels a pathological query at the timeout while other requests stay fast', async () => {
    const neo4j = await getTestNeo4j();
    const { driver, executor } = createExecutor(neo4j.target, { queryTimeoutMs: 2000 });
    const console = new ConsolePool(neo4j.target, executor, { ...DEFAULT_CONSOLE_LIMITS, timeoutMs: 2000 });
    const app = appWithExecutor(executor, neo4j.target.uri, console);
    try {
      const started = Date.now();
      const slow = request(app).post('/api/cypher').send({
        query:
          "MATCH (a), (b), (c), (d) WHERE coalesce(a.name, '') + coalesce(b.name, '') + coalesce(c.name, '') + coalesce(d.name, '') = 'never' RETURN count(*) AS n",
      });
      await new Promise((r) => setTimeout(r, 300));
      const quickStarted = Date.now();
      await request(app).get('/api/search').query({ q: 'Putin' }).expect(200);
      const quickMs = Date.now() - quickStarted;
      const res = await slow;
      const slowMs = Date.now() - started;
      expect(res.status).to.equal(504);
      expect(res.body.error.code).to.equal('query_timeout');
      expect(slowMs).to.be.below(8000);
      expect(quickMs).to.be.below(1500);
      const unbounded = await request(app).post('/api/cypher').send({ query: 'MATCH p = (a)-[*]-(b) RETURN count(p)' });
      expect(unbounded.status).to.equal(504);
    } finally {
      await console.close();
      await driver.close();
    }
  });

  it('refuses oversized bodies with 413 and rate-limits the console with 429', async () => {
    const neo4j = await getTestNeo4j();
    const big = await request(appFor(neo4j))
      .post('/api/cypher')
      .send({ query: 'RETURN 1', params: { x: 'y'.repeat(70_000) } });
    expect(big.status).to.equal(413);
    expect(big.body.error.code).to.equal('payload_too_large');
    const limited = appFor(neo4j, { consoleRequestsPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await request(limited).post('/api/cypher').send({ query: 'RETURN 1 AS one' })).status);
    expect(statuses).to.deep.equal([200, 200, 200, 429, 429]);
  });

  it('keeps CORS closed unless an origin is configured', async () => {
    const neo4j = await getTestNeo4j();
    const closed = await request(appFor(neo4j)).get('/api/health').set('Origin', 'https://evil.example');
    expect(closed.headers['access-control-allow-origin']).to.equal(undefined);
    const open = appFor(neo4j, { corsOrigins: ['https://newsroom.example'] });
    const allowed = await request(open).get('/api/health').set('Origin', 'https://newsroom.example');
    expect(allowed.headers['access-control-allow-origin']).to.equal('https://newsroom.example');
    const other = await request(open).get('/api/health').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).to.equal(undefined);
  });

  it('the embedded Neo4j itself refuses LOAD CSV from files', async () => {
    const neo4j = await getTestNeo4j();
    if (neo4j.mode !== 'embedded') return;
    let error: Error | undefined;
    await neo4j.executor
      .readText("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1")
      .catch((e) => (error = e));
    expect(error?.message).to.match(/allow_csv_import_from_file_urls|Cannot load from URL/);
  });
});
