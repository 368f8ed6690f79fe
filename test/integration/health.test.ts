import { expect } from 'chai';
import request from 'supertest';
import { createApp } from '../../server/app';
import { ConsolePool } from '../../server/db/console/console-pool';
import { createExecutor } from '../../server/db/executor';
import { createLogger } from '../../server/logger';
import { appFor, appWithExecutor } from '../support/app';
import { freePort } from '../support/free-port';
import { getTestNeo4j } from '../support/neo4j';

describe('GET /api/health', () => {
  it('reports Neo4j 5.26, its edition, database, location and counts', async () => {
    const neo4j = await getTestNeo4j();
    await neo4j.executor.write((tx) => tx.run("CREATE (:HealthProbe {id: 'a'})-[:PROBES]->(:HealthProbe {id: 'b'})"));
    try {
      const res = await request(appFor(neo4j)).get('/api/health').expect(200);
      expect(res.body.status).to.equal('ok');
      expect(res.body.neo4j.version).to.match(/^5\.26\./);
      expect(res.body.neo4j.edition).to.be.oneOf(['community', 'enterprise']);
      expect(res.body.neo4j.database).to.equal('neo4j');
      expect(res.body.neo4j.uri).to.equal(neo4j.target.uri);
      expect(res.body.neo4j.nodes).to.be.a('number').that.is.at.least(2);
      expect(res.body.neo4j.relationships).to.be.a('number').that.is.at.least(1);
    } finally {
      await neo4j.executor.write((tx) => tx.run('MATCH (n:HealthProbe) DETACH DELETE n'));
    }
  });

  it('answers 503 with a clear message, quickly, when Neo4j is unreachable', async () => {
    const port = await freePort();
    const { driver, executor } = createExecutor(
      { uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'not-a-real-secret', database: 'neo4j' },
      { queryTimeoutMs: 2000 },
    );
    try {
      const started = Date.now();
      const res = await request(appWithExecutor(executor, `bolt://reader:not-a-real-secret@127.0.0.1:${port}`)).get(
        '/api/health',
      );
      expect(res.status).to.equal(503);
      expect(res.headers['retry-after']).to.equal('5');
      expect(res.body.error.code).to.equal('database_unavailable');
      expect(res.body.error.message).to.match(/Neo4j is unreachable/);
      expect(JSON.stringify(res.body)).to.not.include('not-a-real-secret');
      expect(Date.now() - started).to.be.below(10_000);
    } finally {
      await driver.close();
    }
  });

  it('keeps credentials out of responses and log lines when Neo4j fails', async () => {
    const port = await freePort();
    const secret = 'hunter2-not-a-real-secret';
    const { driver, executor } = createExecutor(
      { uri: `bolt://127.0.0.1:${port}`, username: 'reader', password: secret, database: 'neo4j' },
      { queryTimeoutMs: 2000 },
    );
    let logged = '';
    const logger = createLogger('debug', 'test', { write: (line: string) => void (logged += line) });
    const console = new ConsolePool(
      { uri: `bolt://127.0.0.1:${port}`, username: 'reader', password: secret, database: 'neo4j' },
      executor,
    );
    const app = createApp({
      executor,
      console,
      neo4j: { uri: `bolt://reader:${secret}@127.0.0.1:${port}`, mode: 'external' },
      logger,
    });
    try {
      for (const path of ['/api/health', '/api/search?q=x', '/api/subgraph?id=x']) {
        const res = await request(app).get(path);
        expect(res.status).to.equal(503);
        expect(JSON.stringify(res.body) + JSON.stringify(res.headers)).to.not.include(secret);
      }
      const consoleRes = await request(app).post('/api/cypher').send({ query: 'RETURN 1 AS one' });
      expect(consoleRes.status).to.equal(503);
      expect(JSON.stringify(consoleRes.body) + JSON.stringify(consoleRes.headers)).to.not.include(secret);
      expect(logged).to.include('database_unavailable');
      expect(logged).to.not.include(secret);
      expect(logged).to.not.match(/at \w+ \(.*:\d+:\d+\)/);
    } finally {
      await console.close();
      await driver.close();
    }
  });

  it('keeps credentials out of the reported URI', async () => {
    const neo4j = await getTestNeo4j();
    const withCredentials = neo4j.target.uri.replace('://', '://someone:hunter2@');
    const res = await request(appWithExecutor(neo4j.executor, withCredentials)).get('/api/health').expect(200);
    expect(res.body.neo4j.uri).to.equal(neo4j.target.uri);
  });

  it('works through a neo4j:// routing URI (reads routed as READ), as for a cluster or Aura', async () => {
    const neo4j = await getTestNeo4j();
    const routingUri = neo4j.target.uri.replace(/^bolt:/, 'neo4j:');
    const { driver, executor } = createExecutor({ ...neo4j.target, uri: routingUri }, { queryTimeoutMs: 5000 });
    try {
      const res = await request(appWithExecutor(executor, routingUri)).get('/api/health').expect(200);
      expect(res.body.neo4j.uri).to.equal(routingUri);
      expect(res.body.neo4j.version).to.match(/^5\.26\./);
    } finally {
      await driver.close();
    }
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await request(appFor(await getTestNeo4j()))
      .get('/api/nope')
      .expect(404);
    expect(res.body.error.code).to.equal('not_found');
  });
});
