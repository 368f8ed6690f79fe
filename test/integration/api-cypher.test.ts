import { expect } from 'chai';
import { Express } from 'express';
import request from 'supertest';
import { Executor } from '../../server/db/executor';
import { ForbiddenQueryError } from '../../server/errors';
import { appFor } from '../support/app';
import { getTestNeo4j } from '../support/neo4j';
import { loadSeedGraph } from '../support/seed-graph';

/** Node and relationship counts and a checksum of every node's id, labels and properties. */
async function graphState(executor: Executor) {
  const [row] = await executor.readText(`
    MATCH (n)
    WITH n ORDER BY elementId(n)
    WITH count(n) AS nodes, collect(coalesce(n.id, '') + labels(n)[0] + toString(size(keys(n))) + coalesce(toString(n.name), '')) AS keys
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    RETURN nodes, relationships, reduce(h = 0, k IN keys | (h * 31 + size(k)) % 1000000007) AS checksum, keys[0..3] AS sample`);
  const [schema] = await executor.readText('SHOW INDEXES YIELD name RETURN count(name) AS indexes');
  return { ...row, ...schema };
}

const HOSTILE: string[] = [
  "CREATE (n:Person {name: 'Mallory'})",
  "MERGE (n:Person {name: 'Mallory'}) RETURN n",
  "MATCH (n:Person) SET n.name = 'pwned'",
  'MATCH (n) DETACH DELETE n',
  'MATCH (n) DELETE n',
  'MATCH (n:Person) REMOVE n.name',
  'MATCH (n:Person) REMOVE n:Person',
  'CREATE INDEX evil FOR (n:Person) ON (n.evil)',
  'DROP INDEX entity_name',
  'CREATE CONSTRAINT evil FOR (n:X) REQUIRE n.id IS UNIQUE',
  'DROP CONSTRAINT entity_id',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS line RETURN line",
  'CALL dbms.listConfig()',
  "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
  'CALL dbms.security.listUsers()',
  'CALL db.clearQueryCaches()',
  "CALL apoc.load.json('file:///etc/passwd')",
  "CALL apoc.cypher.runWrite('CREATE (n)', {})",
  "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n', {})",
  'USE system SHOW USERS',
  'SHOW USERS',
  'SHOW TRANSACTIONS',
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "CREATE USER mallory SET PASSWORD 'secret123'",
  'GRANT ROLE admin TO mallory',
  'CREATE DATABASE evil',
  'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
  'MATCH (n) CALL (n) { SET n.x = 1 } RETURN count(*)',
  "MATCH (n) RETURN n.name AS x UNION CREATE (m {name: 'x'}) RETURN m.name AS x",
  'MATCH (n) FOREACH (x IN [1] | SET n.flag = true)',
  'MATCH (n) /* harmless */ DETACH /* comment */ DELETE n',
  'match (n) detach delete n',
  'MaTcH (n) DeTaCh DeLeTe n',
  'MATCH (n) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n',
  'MATCH (n) DE\u200bTACH DELETE n',
  "MATCH (n) WHERE n.name = 'x' // comment\nSET n.name = 'y'",
  'MATCH (n) RETURN n; MATCH (m) DETACH DELETE m',
  "CALL db.createLabel('Evil')",
  "CALL db.index.fulltext.drop('entity_search')",
  'CALL { CREATE (n:Evil) } RETURN 1',
  'ALTER DATABASE neo4j SET ACCESS READ ONLY',
  'STOP DATABASE neo4j',
];

const LEGITIMATE: [string, Record<string, unknown>][] = [
  ['MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event) RETURN p, r, e LIMIT 5', {}],
  ["MATCH (n:Person) WHERE n.name CONTAINS 'CREATE' OR n.name = 'DELETE me' RETURN count(n) AS n", {}],
  ['CALL db.labels() YIELD label RETURN label', {}],
  ['MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.offset AS offset', { id: 'person:xi-jinping' }],
  ['MATCH p = (:Person {name: "Xi Jinping"})-[:PARTICIPATED_IN]->(:Event) RETURN p LIMIT 3', {}],
];

describe('POST /api/cypher (read-only console)', function () {
  this.timeout(120_000);
  let app: Express;
  let executor: Executor;
  before(async () => {
    const neo4j = await getTestNeo4j();
    executor = neo4j.executor;
    await loadSeedGraph(executor);
    app = appFor(neo4j);
  });

  it(`refuses all ${HOSTILE.length} hostile queries with a 4xx and a clear message, and the graph is unchanged`, async () => {
    expect(HOSTILE.length).to.be.at.least(30);
    const before = await graphState(executor);
    const accepted: string[] = [];
    for (const query of HOSTILE) {
      const res = await request(app).post('/api/cypher').send({ query });
      if (res.status < 400 || res.status >= 500) accepted.push(`${res.status} ${query}`);
      else
        expect(res.body.error.message, query)
          .to.be.a('string')
          .and.not.match(/at \w+ \(|\.ts:\d+/);
    }
    expect(accepted).to.deep.equal([]);
    expect(await graphState(executor)).to.deep.equal(before);
  });

  it('still refuses writes and unlisted procedures past the lexical guard: the plan and the READ transaction', async () => {
    const before = await graphState(executor);
    for (const query of [
      "CREATE (n:Evil {name: 'x'})",
      'MATCH (n:Person) SET n.flag = 1',
      'CALL dbms.listConfig()',
      'CALL db.clearQueryCaches()',
    ]) {
      let error: unknown;
      await executor.consoleRead(query, {}, { rowLimit: 10 }).catch((e) => (error = e));
      expect(error, query).to.be.instanceOf(ForbiddenQueryError);
    }
    expect(await graphState(executor)).to.deep.equal(before);
  });

  it('runs legitimate reads, including strings that spell write keywords', async () => {
    for (const [query, params] of LEGITIMATE) {
      const res = await request(app).post('/api/cypher').send({ query, params });
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).to.equal(200);
    }
  });

  it('returns rows as a table and graph values as Cytoscape elements', async () => {
    const res = await request(app)
      .post('/api/cypher')
      .send({
        query:
          "MATCH (p:Person {name: 'Xi Jinping'})-[r:PARTICIPATED_IN]->(e:Event {date: '2022-06-15'}) RETURN p.name AS name, r, e",
      })
      .expect(200);
    expect(res.body.columns).to.deep.equal(['name', 'r', 'e']);
    expect(res.body.rows[0].name).to.equal('Xi Jinping');
    expect(res.body.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).to.include(
      'event:call:2022-06-15:vladimir-putin-xi-jinping',
    );
    expect(res.body.elements.edges).to.have.length(1);
    expect(res.body.truncated).to.equal(false);
  });

  it('cuts rows at the row cap and says so', async () => {
    const capped = appFor(await getTestNeo4j(), { cypherRowLimit: 7 });
    const res = await request(capped)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 100000) AS i RETURN i' })
      .expect(200);
    expect(res.body.rows).to.have.length(7);
    expect(res.body.truncated).to.equal(true);
    expect(res.body.rowLimit).to.equal(7);
  });

  it('explains Cypher syntax errors plainly, and refuses bad bodies', async () => {
    const syntax = await request(app).post('/api/cypher').send({ query: 'MATCH (n RETURN n' }).expect(400);
    expect(syntax.body.error.code).to.equal('cypher_error');
    expect((await request(app).post('/api/cypher').send({})).status).to.equal(400);
    expect(
      (
        await request(app)
          .post('/api/cypher')
          .send({ query: 'RETURN 1', params: { 'a-b': 1 } })
      ).status,
    ).to.equal(400);
    expect(
      (
        await request(app)
          .post('/api/cypher')
          .send({ query: 'x'.repeat(10_001) })
      ).status,
    ).to.equal(400);
    const notJson = await request(app).post('/api/cypher').set('Content-Type', 'application/json').send('{"query": ');
    expect(notJson.status).to.equal(400);
  });
});
