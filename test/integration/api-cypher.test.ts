import { expect } from 'chai';
import { Express } from 'express';
import request from 'supertest';
import { Executor } from '../../server/db/executor';
import { AppError, ForbiddenQueryError } from '../../server/errors';
import { appFor } from '../support/app';
import { graphFingerprint } from '../support/graph-fingerprint';
import { listeningTarget } from '../support/listening-target';
import { getTestNeo4j, TestNeo4j } from '../support/neo4j';
import {
  COMMENT_TERMINATORS,
  LOAD_CSV,
  MULTI_STATEMENT,
  PREFIXES,
  PROCEDURES,
  SHOW_AND_TERMINATE,
  WRITES,
} from '../support/hostile-cypher';
import { loadSeedGraph } from '../support/seed-graph';

/** The graph and the schema as a comparable whole. */
async function graphState(executor: Executor) {
  const [schema] = await executor.readText('SHOW INDEXES YIELD name RETURN count(name) AS indexes');
  return { graph: await graphFingerprint(executor), ...schema };
}

const LEGITIMATE: [string, Record<string, unknown>][] = [
  ['MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event) RETURN p, r, e LIMIT 5', {}],
  ["MATCH (n:Person) WHERE n.name CONTAINS 'CREATE' OR n.name = 'DELETE me' RETURN count(n) AS n", {}],
  ["RETURN 'it\\'s // not a comment' AS a, \"/* nor this */\" AS b, '＂fullwidth＂' AS c", {}],
  ['CALL db.labels() YIELD label RETURN label', {}],
  ["CALL db.index.fulltext.queryNodes('entity_search', 'Putin') YIELD node, score RETURN node.name, score LIMIT 3", {}],
  ['MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.offset AS offset', { id: 'person:xi-jinping' }],
  ['MATCH p = (:Person {name: "Xi Jinping"})-[:PARTICIPATED_IN]->(:Event) RETURN p LIMIT 3', {}],
  ['MATCH p = shortestPath((a:Person)-[*..4]-(b:Country)) RETURN length(p) LIMIT 1', {}],
  ["MATCH (e:Event) WHERE e.date STARTS WITH '2022' RETURN e.kind, count(*) ORDER BY count(*) DESC", {}],
  ['MATCH (n:Person) RETURN n.name, COUNT { (n)--() } AS degree ORDER BY degree DESC LIMIT 3', {}],
  ['UNWIND [1, 2, 3] AS x CALL (x) { RETURN x * 2 AS y } RETURN sum(y) AS total', {}],
  ['MATCH p = (a)-->(b) WITH p LIMIT 1 UNWIND range(0, size(nodes(p)) - 1) AS i RETURN i', {}],
  ['RETURN date.truncate("month", date("2022-06-15")) AS month, duration.between(date("2022-01-01"), date()) AS d', {}],
  ['MATCH (n:Person) RETURN [x IN labels(n) WHERE x <> "Entity" | toLower(x)] AS kinds LIMIT 2', {}],
  ['MATCH (c:Country) OPTIONAL MATCH (c)<-[:HOLDS_ROLE]-(p) RETURN c.name, collect(p.name)[..3] LIMIT 5', {}],
  ['RETURN 1 AS one;', {}],
];

describe('POST /api/cypher (read-only console)', function () {
  this.timeout(300_000);
  let app: Express;
  let neo4j: TestNeo4j;
  before(async () => {
    neo4j = await getTestNeo4j();
    await loadSeedGraph(neo4j.executor);
    app = appFor(neo4j);
  });

  /** Sends every query; each must be refused with a 4xx and a plain message. Returns the statuses seen. */
  async function expectAllRefused(queries: string[], params: Record<string, unknown> = {}) {
    const accepted: string[] = [];
    for (const query of queries) {
      const res = await request(app).post('/api/cypher').send({ query, params });
      if (res.status < 400 || res.status >= 500) accepted.push(`${res.status} ${JSON.stringify(query)}`);
      else
        expect(res.body.error.message, query)
          .to.be.a('string')
          .and.not.match(/at \w+ \(|\.ts:\d+/);
    }
    expect(accepted).to.deep.equal([]);
  }

  it(`refuses every SHOW and TERMINATE form (${SHOW_AND_TERMINATE.length}), however commented`, async () => {
    const before = await graphState(neo4j.executor);
    await expectAllRefused([...SHOW_AND_TERMINATE, ...COMMENT_TERMINATORS]);
    expect(await graphState(neo4j.executor)).to.deep.equal(before);
  });

  it(`refuses writes, schema and admin commands (${WRITES.length}), multiple statements and query prefixes`, async () => {
    const before = await graphState(neo4j.executor);
    await expectAllRefused([...WRITES, ...MULTI_STATEMENT, ...PREFIXES]);
    expect(await graphState(neo4j.executor)).to.deep.equal(before);
  });

  it(`refuses procedures and functions outside the allow-list (${PROCEDURES.length}), however spelled`, async () => {
    const before = await graphState(neo4j.executor);
    await expectAllRefused(PROCEDURES);
    expect(await graphState(neo4j.executor)).to.deep.equal(before);
  });

  it(`refuses LOAD CSV in every form and scheme (${LOAD_CSV.length}), and nothing is fetched`, async () => {
    const target = await listeningTarget();
    try {
      const started = Date.now();
      await expectAllRefused(
        LOAD_CSV.map((q) => q.replaceAll('{url}', target.url)),
        { url: target.url },
      );
      expect(target.hits()).to.equal(0);
      expect(Date.now() - started, 'no scheme hangs').to.be.below(20_000);
    } finally {
      await target.close();
    }
  });

  it('the plan check alone refuses what the lexical guard would: Neo4j’s own parse decides', async () => {
    const target = await listeningTarget();
    const before = await graphState(neo4j.executor);
    const refusedByPlan: string[] = [];
    try {
      // Straight to the console pool, past the lexical guard.
      for (const query of [
        ...SHOW_AND_TERMINATE.slice(0, 12),
        ...COMMENT_TERMINATORS.filter((q) => !q.includes('\\u')),
        ...WRITES.slice(0, 8),
        ...PROCEDURES.slice(0, 12),
        ...LOAD_CSV.slice(0, 3).map((q) => q.replaceAll('{url}', target.url)),
      ]) {
        const error = await neo4j.console.run(query, {}, 10).then(
          () => null,
          (e: AppError) => e,
        );
        expect(error, query).to.be.instanceOf(AppError);
        expect(error!.status, `${query}: ${error!.message}`).to.be.within(400, 499);
        if (error instanceof ForbiddenQueryError) refusedByPlan.push(query);
      }
      expect(target.hits()).to.equal(0);
    } finally {
      await target.close();
    }
    // Most of them Neo4j parses fine: the plan (not a syntax error) is what refuses them.
    expect(refusedByPlan.length).to.be.at.least(25);
    expect(await graphState(neo4j.executor)).to.deep.equal(before);
  });

  it('names what it refused: the operator, procedure or function the plan holds', async () => {
    const show = await neo4j.console.run('// x\rSHOW SETTINGS', {}, 10).catch((e: AppError) => e);
    expect((show as AppError).message).to.include('ShowSettings');
    const load = await neo4j.console
      .run("LOAD CSV FROM 'http://127.0.0.1:1/x' AS l RETURN l", {}, 10)
      .catch((e: AppError) => e);
    expect((load as AppError).message).to.include('LoadCSV');
    const res = await request(app).post('/api/cypher').send({ query: 'CALL dbms.listConfig()' }).expect(403);
    expect(res.body.error.message).to.include('dbms.listConfig');
  });

  it(`runs legitimate reads (${LEGITIMATE.length}), including strings that spell keywords, comments and look-alikes`, async () => {
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
    expect(res.body.cutBy).to.equal(null);
  });

  it('cuts rows at the row cap and says so', async () => {
    const capped = appFor(await getTestNeo4j(), { cypherRowLimit: 7 });
    const res = await request(capped)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 100000) AS i RETURN i' })
      .expect(200);
    expect(res.body.rows).to.have.length(7);
    expect(res.body.truncated).to.equal(true);
    expect(res.body.cutBy).to.equal('rows');
    expect(res.body.rowLimit).to.equal(7);
  });

  it('explains Cypher errors plainly, positioned in the query as written, and refuses bad bodies', async () => {
    const syntax = await request(app).post('/api/cypher').send({ query: 'MATCH (n RETURN n' }).expect(400);
    expect(syntax.body.error.code).to.equal('cypher_error');
    expect(syntax.body.error.message).to.match(/\(line 1, column 10 \(offset: 9\)\)/);
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
    const runtime = await request(app).post('/api/cypher').send({ query: 'RETURN 1 / 0 AS x' });
    expect(runtime.status).to.equal(400);
  });
});
