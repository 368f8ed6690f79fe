import { expect } from 'chai';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { ConsolePool, DEFAULT_CONSOLE_LIMITS } from '../../server/db/console/console-pool';
import { AppError, ConsoleBusyError, QueryTimeoutError } from '../../server/errors';
import { appFor } from '../support/app';
import { getTestNeo4j, TestNeo4j } from '../support/neo4j';
import { loadSeedGraph } from '../support/seed-graph';

/** Neo4j evaluates this one expression for about 8 s here and ignores its timeout and TERMINATE meanwhile. */
const DEAF_TO_TERMINATE = 'RETURN reduce(s = 0, x IN range(1, 300000000) | s + x) AS n';
/** Stopped by Neo4j at its timeout (it checks between rows). */
const SLOW =
  "MATCH (a), (b), (c), (d) WHERE coalesce(a.name, '') + coalesce(b.name, '') + coalesce(c.name, '') + coalesce(d.name, '') = 'never' RETURN count(*) AS n";

describe('console: no stacking, fair turns, the real client behind a proxy', function () {
  this.timeout(180_000);
  let neo4j: TestNeo4j;
  before(async () => {
    neo4j = await getTestNeo4j();
    await loadSeedGraph(neo4j.executor);
  });

  it('keeps the slot taken while Neo4j still runs a query the console gave up on, and says so in /api/health', async () => {
    const pool = new ConsolePool(neo4j.target, neo4j.executor, {
      ...DEFAULT_CONSOLE_LIMITS,
      timeoutMs: 500,
      graceMs: 300,
      queueMs: 300,
    });
    const app = appFor(neo4j, { console: pool });
    try {
      const error = await pool.run(DEAF_TO_TERMINATE, {}, 10).catch((e: AppError) => e);
      const gaveUp = Date.now();
      expect(error).to.be.instanceOf(QueryTimeoutError);
      const health = await request(app).get('/api/health').expect(200);
      expect(health.body.console).to.deep.include({ state: 'waiting-for-neo4j', slots: 1, busy: 1 });
      expect(health.body.console.abandoned).to.have.length(1);
      // Until Neo4j has stopped computing, nothing else runs: every attempt is a 429 asking for a longer wait.
      let refused = 0;
      let answer: unknown;
      for (;;) {
        answer = await pool.run('RETURN 1 AS one', {}, 10, 'someone-else').catch((e: AppError) => e);
        if (!(answer instanceof ConsoleBusyError)) break;
        expect(answer.retryAfterSeconds).to.equal(10);
        refused++;
        expect(Date.now() - gaveUp, 'the slot was never given back').to.be.below(120_000);
      }
      const heldFor = Date.now() - gaveUp;
      expect((answer as { rows: unknown[] }).rows).to.deep.equal([{ one: 1 }]);
      // Neo4j computes that reduce() for seconds after its timeout: the slot was held through it.
      expect(refused).to.be.above(1);
      expect(heldFor).to.be.above(2_000);
      expect((await request(app).get('/api/health').expect(200)).body.console.state).to.equal('ready');
    } finally {
      await pool.close();
    }
  });

  it('one client sending a slow query back to back cannot keep another out', async () => {
    const pool = new ConsolePool(neo4j.target, neo4j.executor, {
      ...DEFAULT_CONSOLE_LIMITS,
      timeoutMs: 2_000,
      queueMs: 500,
    });
    // Both clients come through a proxy on this machine that names them in X-Forwarded-For.
    const server = http.createServer(appFor(neo4j, { console: pool, trustProxy: 'loopback' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ask = (client: string, query: string) =>
      fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ query }),
      }).then((r) => ({ status: r.status, retryAfter: Number(r.headers.get('retry-after') ?? 0) }));
    try {
      // The first client sends its slow query again the moment each answer comes, until the second is done.
      let hogging = true;
      const hog = (async () => {
        const started = Date.now();
        while (hogging && Date.now() - started < 60_000) await ask('203.0.113.1', SLOW);
      })();
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The second asks as a page would, waiting as long as each 429's Retry-After says.
      const other: number[] = [];
      for (let attempt = 0; attempt < 4 && !other.includes(200); attempt++) {
        const answer = await ask('203.0.113.2', 'RETURN 1 AS one');
        other.push(answer.status);
        if (answer.status === 429) await new Promise((resolve) => setTimeout(resolve, answer.retryAfter * 1000));
      }
      hogging = false;
      await hog;
      expect(other, `the second client's answers: ${other}`).to.include(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.close();
    }
  });

  it('keys the rate limit on the real client only behind a trusted proxy (TRUST_PROXY)', async () => {
    const status = async (trustProxy: string | false, client: string, app: ReturnType<typeof appFor>) =>
      (await request(app).post('/api/cypher').set('X-Forwarded-For', client).send({ query: 'RETURN 1 AS one' })).status;
    for (const trustProxy of [false, 'loopback'] as const) {
      const app = appFor(neo4j, { consoleRequestsPerMinute: 2, trustProxy });
      expect(await status(trustProxy, '198.51.100.1', app)).to.equal(200);
      expect(await status(trustProxy, '198.51.100.1', app)).to.equal(200);
      expect(await status(trustProxy, '198.51.100.1', app)).to.equal(429);
      // Another client behind the same proxy: its own bucket only when the proxy is trusted to say so.
      expect(await status(trustProxy, '198.51.100.2', app), String(trustProxy)).to.equal(trustProxy ? 200 : 429);
    }
  });
});
