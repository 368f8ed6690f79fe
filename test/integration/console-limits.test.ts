import { expect } from 'chai';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { ConsolePool, DEFAULT_CONSOLE_LIMITS } from '../../server/db/console/console-pool';
import { AppError, QueryTimeoutError } from '../../server/errors';
import { appFor, appWithExecutor } from '../support/app';
import { getTestNeo4j, TestNeo4j } from '../support/neo4j';
import { loadSeedGraph } from '../support/seed-graph';

const A73 = 'a'.repeat(73);

/** The bombs and more of the same families: each must be refused before Neo4j runs it. */
const BOMBS: [string, string][] = [
  ['a 4M-element range', 'RETURN range(1, 4000000) AS r'],
  ['a 167 MB string by doubling', `WITH '${A73}' AS s RETURN reduce(a = s, i IN range(1, 21) | a + a) AS big`],
  ['a list comprehension over 1e8', 'RETURN [x IN range(1,100000000) | [x]] AS r'],
  ['a reduce over 6e8', 'RETURN reduce(s = 0, x IN range(1, 600000000) | s + x) AS r'],
  ['a matrix (neo4j/neo4j#13848)', 'WITH range(1, 100000) AS axis RETURN [x IN axis | [y IN axis | 1]] AS m'],
  ['a literal-list matrix', `WITH [${'1,'.repeat(999)}1] AS l RETURN [x IN l | [y IN l | [z IN l | 1]]] AS m`],
  ['a list nested 4,990 deep', `RETURN ${'['.repeat(4990)}1${']'.repeat(4990)} AS x`],
  ['parentheses 4,900 deep', `RETURN ${'('.repeat(4900)}1${')'.repeat(4900)} AS x`],
  ['NOT ×2,400', `RETURN ${'NOT '.repeat(2400)}true AS x`],
  [
    'a 90-node cyclic pattern',
    `MATCH ${Array.from({ length: 90 }, (_, i) => `(a${i})--`).join('')}(a0) RETURN count(*)`,
  ],
  ['doubling through WITH', `WITH '${A73}' AS a ${'WITH a + a AS a '.repeat(24)}RETURN size(a)`],
  ['replace() chains', `WITH 'aaaa' AS s ${"WITH replace(s, 'a', 'aaaaaaaaaa') AS s ".repeat(9)}RETURN size(s)`],
  ['a computed range bound', "RETURN size(range(1, toInteger('1' + '000000000'))) AS n"],
];

describe('console limits: abuse is refused or contained', function () {
  this.timeout(300_000);
  let neo4j: TestNeo4j;
  before(async () => {
    neo4j = await getTestNeo4j();
    await loadSeedGraph(neo4j.executor);
  });

  it(`refuses ${BOMBS.length} resource bombs with a 4xx before Neo4j sees them`, async () => {
    const app = appFor(neo4j);
    for (const [name, query] of BOMBS) {
      const started = Date.now();
      const res = await request(app).post('/api/cypher').send({ query });
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).to.be.within(400, 499);
      expect(res.body.error.message, name).to.match(/Refused|longer than/);
      // A liveness bound, not a budget: refused before Neo4j runs it (the guard's thread may still be loading).
      expect(Date.now() - started, name).to.be.below(10_000);
    }
    // Still answering, and nothing was left running.
    await request(app).post('/api/cypher').send({ query: 'RETURN 1 AS one' }).expect(200);
  });

  it('refuses parameters nested 10,000 deep with a 400', async () => {
    const body = `{"query": "RETURN $p AS p", "params": {"p": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}}`;
    const res = await request(appFor(neo4j)).post('/api/cypher').set('Content-Type', 'application/json').send(body);
    expect(res.status).to.equal(400);
    expect(res.body.error.message).to.match(/params: nested deeper/);
  });

  it('stops streaming at the byte cap: many large rows, and one value larger than the cap', async () => {
    const pool = new ConsolePool(neo4j.target, neo4j.executor, { ...DEFAULT_CONSOLE_LIMITS, byteLimit: 1024 * 1024 });
    try {
      const s = 'x'.repeat(40_000);
      // 1,000 rows of 320 kB each: the first few arrive, then the cap.
      const rows = await pool.run(
        'WITH $s AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s UNWIND range(1, 1000) AS i RETURN i, s',
        { s },
        1000,
      );
      expect(rows.cutBy).to.equal('bytes');
      expect(rows.truncated).to.equal(true);
      expect(rows.rows.length).to.be.within(1, 4);
      // One 10 MB value: cut off while it streams, not decoded whole.
      const one = await pool.run(`WITH $s AS s ${'WITH s + s AS s '.repeat(8)}RETURN s`, { s }, 1000);
      expect(one.cutBy).to.equal('bytes');
      expect(one.rows).to.deep.equal([]);
      // The pool carries on with a fresh connection.
      expect((await pool.run('RETURN 1 AS one', {}, 10)).rows).to.deep.equal([{ one: 1 }]);
    } finally {
      await pool.close();
    }
  });

  it('a query Neo4j does not stop in time loses its worker at the deadline, and Neo4j is told to end it', async () => {
    const pool = new ConsolePool(neo4j.target, neo4j.executor, {
      ...DEFAULT_CONSOLE_LIMITS,
      timeoutMs: 1000,
      graceMs: 500,
    });
    try {
      const started = Date.now();
      const error = await pool
        .run('UNWIND range(1, 50000) AS a UNWIND range(1, 50000) AS b RETURN count(*) AS n', {}, 10)
        .catch((e: AppError) => e);
      expect(error).to.be.instanceOf(QueryTimeoutError);
      expect(Date.now() - started).to.be.below(4000);
      // Its slot frees only once Neo4j no longer runs it: the next query waits for that, then runs.
      const next = await pool.run('RETURN 1 AS one', {}, 10);
      expect(next.rows).to.deep.equal([{ one: 1 }]);
      const still = await neo4j.executor.readText(
        'SHOW TRANSACTIONS YIELD metaData WHERE metaData.readoutConsole IS NOT NULL RETURN count(*) AS n',
      );
      expect(still[0].n).to.equal(0);
    } finally {
      await pool.close();
    }
  });

  it('Neo4j’s own memory limit on a query is a 422, and the server carries on', async function () {
    if (neo4j.mode !== 'embedded') this.skip(); // The limit is set on the embedded server only.
    const pool = new ConsolePool(neo4j.target, neo4j.executor, { ...DEFAULT_CONSOLE_LIMITS, timeoutMs: 60_000 });
    try {
      const error = await pool
        .run('UNWIND range(1, 50000) AS a UNWIND range(1, 50000) AS b WITH collect(a) AS c RETURN size(c)', {}, 10)
        .catch((e: AppError) => e);
      expect((error as AppError).status, (error as AppError).message).to.equal(422);
      expect((error as AppError).code).to.equal('query_too_costly');
      expect((await pool.run('RETURN 1 AS one', {}, 10)).rows).to.deep.equal([{ one: 1 }]);
    } finally {
      await pool.close();
    }
  });

  it('console queries cannot take the connections search needs; a full console says 429 with Retry-After', async () => {
    const pool = new ConsolePool(neo4j.target, neo4j.executor, {
      ...DEFAULT_CONSOLE_LIMITS,
      concurrency: 1,
      queueMs: 500,
      timeoutMs: 1500,
    });
    const server = http.createServer(appWithExecutor(neo4j.executor, neo4j.target.uri, pool));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const slow =
      "MATCH (a), (b), (c), (d) WHERE coalesce(a.name, '') + coalesce(b.name, '') + coalesce(c.name, '') + coalesce(d.name, '') = 'never' RETURN count(*) AS n";
    try {
      const consoleCalls = Array.from({ length: 100 }, () =>
        fetch(`${base}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: slow }),
        }).then(async (r) => ({ status: r.status, retryAfter: r.headers.get('retry-after') })),
      );
      const searches: number[] = [];
      const searchStatuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = Date.now();
        for (const path of ['/api/search?q=Putin', '/api/health'])
          searchStatuses.push((await fetch(base + path)).status);
        searches.push(Date.now() - started);
      }
      const console = await Promise.all(consoleCalls);
      expect(searchStatuses.every((s) => s === 200)).to.equal(true);
      expect(Math.max(...searches)).to.be.below(3000);
      const statuses = new Set(console.map((c) => c.status));
      expect(
        [...statuses].every((s) => s === 429 || s === 504),
        [...statuses].join(','),
      ).to.equal(true);
      expect(console.find((c) => c.status === 429)?.retryAfter).to.equal('2');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await pool.close();
    }
  });
});
