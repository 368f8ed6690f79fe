import { expect } from 'chai';
import request from 'supertest';
import { appFor } from '../support/app';
import { WALKAROUNDS } from '../support/console-walkarounds';
import { getTestNeo4j, TestNeo4j } from '../support/neo4j';
import { loadSeedGraph } from '../support/seed-graph';

describe('console: the walk-arounds of issue 21 are refused on the syntax tree', function () {
  this.timeout(120_000);
  let neo4j: TestNeo4j;
  before(async () => {
    neo4j = await getTestNeo4j();
    await loadSeedGraph(neo4j.executor);
  });

  it(`refuses all ${WALKAROUNDS.length} with a 422 naming the rule, before Neo4j runs any of them`, async () => {
    const app = appFor(neo4j);
    for (const w of WALKAROUNDS) {
      const res = await request(app)
        .post('/api/cypher')
        .send({ query: w.query, params: w.params ?? {} });
      expect(res.status, `${w.name}: ${JSON.stringify(res.body)}`).to.equal(422);
      expect(res.body.error.code, w.name).to.equal('query_too_costly');
      expect(res.body.error.rule, w.name).to.equal(w.rule);
      expect(res.body.error.message, w.name).to.match(/^Refused \(/);
    }
    const running = await neo4j.executor.readText(
      'SHOW TRANSACTIONS YIELD metaData WHERE metaData.readoutConsole IS NOT NULL RETURN count(*) AS n',
    );
    expect(running[0].n).to.equal(0);
  });

  it('runs the ordinary forms of the same things', async () => {
    const app = appFor(neo4j);
    for (const query of [
      'RETURN size(`range`(1, 1000)) AS n',
      'MATCH (a)-/* a comment */->(b) RETURN count(*) AS n',
      "MATCH (n:Person) WHERE n.name =~ '(?i).*putin.*' RETURN n.name AS name",
      "RETURN reduce(s = '', x IN ['Xi', 'Putin'] | s + x + ' ') AS joined",
      'RETURN true XOR false AS x',
      'RETURN [x IN range(1, 10)[0..] | x * 2] AS l',
    ]) {
      const res = await request(app).post('/api/cypher').send({ query });
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).to.equal(200);
    }
  });
});
