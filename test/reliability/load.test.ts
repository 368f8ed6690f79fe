import autocannon from 'autocannon';
import { expect } from 'chai';
import fs from 'node:fs';
import { getTestNeo4j } from '../support/neo4j';
import { loadSeedGraph } from '../support/seed-graph';
import { rssMb, startServerOn } from '../support/server-process';

const SECONDS = 60;

/** 50 clients for 60 s against search and subgraph, on loopback: zero errors, memory flat. */
describe('load', function () {
  this.timeout((SECONDS + 120) * 1000);

  it(`serves 50 concurrent clients for ${SECONDS} s without an error, memory flat`, async () => {
    const neo4j = await getTestNeo4j();
    await loadSeedGraph(neo4j.executor);
    const { server, base } = await startServerOn(neo4j.target);
    try {
      const samples: number[] = [];
      const sampler = setInterval(() => samples.push(rssMb(server.child.pid!)), 5000);
      const result = await autocannon({
        url: base,
        connections: 50,
        duration: SECONDS,
        requests: [
          { method: 'GET', path: '/api/search?q=Xi' },
          { method: 'GET', path: '/api/subgraph?id=person%3Axi-jinping&limit=50' },
          { method: 'GET', path: '/api/search?q=Putin&label=Person' },
          { method: 'GET', path: '/api/subgraph?id=country%3Acn&depth=2&limit=100' },
        ],
      });
      clearInterval(sampler);
      const summary = {
        requests: result.requests.total,
        perSecond: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        rssMb: samples.map((s) => Math.round(s)),
      };
      fs.mkdirSync('test-artifacts', { recursive: true });
      fs.writeFileSync('test-artifacts/load.json', JSON.stringify(summary, null, 1));
      console.log(`      load: ${JSON.stringify(summary)}`);
      expect(summary.errors + summary.timeouts + summary.non2xx).to.equal(0);
      expect(summary.requests).to.be.greaterThan(1000);
      // Flat: after a 15 s warm-up, the second half's mean resident memory is within 20% of the first half's.
      const settled = samples.slice(3);
      const half = Math.floor(settled.length / 2);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(settled.slice(half))).to.be.below(mean(settled.slice(0, half)) * 1.2);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
