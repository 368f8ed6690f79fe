import { expect } from 'chai';
import request from 'supertest';
import { MAX_VALUE_DEPTH, TOO_DEEP } from '../../server/db/to-plain';
import { appFor } from '../support/app';
import { getTestNeo4j, TestNeo4j } from '../support/neo4j';
import { loadSeedGraph } from '../support/seed-graph';

/** Maps shaped like the driver's nodes, relationships and paths (issue 21, finding 4): values, never elements. */
const FORGED: [string, string][] = [
  ['a path of numbers', 'RETURN {nodes: 1, relationships: 1} AS p'],
  ['a node with numeric labels', "RETURN {elementId: 'x', labels: 1} AS n"],
  ['a node of nulls', 'RETURN {elementId: null, labels: null} AS n'],
  ['a path with a number for a node', 'RETURN {nodes: [1], relationships: []} AS p'],
  ['a relationship of odd types', "RETURN {elementId: 'r', startElementId: 1, endElementId: [], type: {}} AS r"],
  ['a node whose properties are a number', "RETURN {elementId: 'x', labels: ['Person'], properties: 1} AS n"],
  [
    'a path to a node that is not there',
    "RETURN [{nodes: [{elementId: 'a', labels: ['X'], properties: {}}], relationships: [{elementId: 'r', startElementId: 'a', endElementId: 'zz', type: 'T', properties: {}}]}] AS paths",
  ],
];

/** How deeply lists and maps nest in a JSON value. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    deepest = Math.max(deepest, d);
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

describe('console results: only what the driver made is a graph element', function () {
  this.timeout(120_000);
  let neo4j: TestNeo4j;
  before(async () => {
    neo4j = await getTestNeo4j();
    await loadSeedGraph(neo4j.executor);
  });

  it(`answers the ${FORGED.length} forged shapes with 200, as the values they are`, async () => {
    const app = appFor(neo4j);
    for (const [name, query] of FORGED) {
      const res = await request(app).post('/api/cypher').send({ query });
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).to.equal(200);
      expect(res.body.elements, name).to.deep.equal({ nodes: [], edges: [] });
      expect(res.body.rows, name).to.have.length(1);
      expect(Object.values(res.body.rows[0])[0], name).to.not.equal(null);
    }
  });

  it('still draws real nodes and paths next to a forged one', async () => {
    const res = await request(appFor(neo4j))
      .post('/api/cypher')
      .send({
        query:
          "MATCH p = (x:Person {name: 'Xi Jinping'})-[:PARTICIPATED_IN]->(:Event) WITH p, x LIMIT 1 RETURN p, x, {elementId: elementId(x), labels: 7} AS fake",
      })
      .expect(200);
    expect(res.body.elements.nodes).to.have.length(2);
    expect(res.body.elements.edges).to.have.length(1);
    expect(res.body.rows[0].fake.labels).to.equal(7);
  });

  it('cuts a value nested 3,000 deep instead of overflowing the stack', async () => {
    const res = await request(appFor(neo4j))
      .post('/api/cypher')
      .send({ query: 'RETURN reduce(l = [], i IN range(1, 3000) | [l]) AS deep' });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).to.equal(200);
    expect(depthOf(res.body.rows[0].deep)).to.equal(MAX_VALUE_DEPTH);
    expect(JSON.stringify(res.body.rows[0].deep)).to.include(TOO_DEEP);
  });
});
