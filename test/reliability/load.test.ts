import autocannon from 'autocannon';
import { expect } from 'chai';
import fs from 'node:fs';
import { freePort } from '../support/free-port';
import { getTestNeo4j } from '../support/neo4j';
import { loadSeedGraph } from '../support/seed-graph';
import { startServerProcess } from '../support/server-process';

const SECONDS = 60;

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024;
}

/** 50 clients for 60 s against search and subgraph, on loopback: zero errors, memory flat. */
describe('load', function () {
  this.timeout((SECONDS + 120) * 1000);

  it(`serves 50 concurrent clients for ${SECONDS} s without an error, memory flat`, async () => {
    const neo4j = await getTestNeo4j();
    await loadSeedGraph(neo4j.executor);
    const port = await freePort();
    const server = startServerProcess({
      PORT: String(port),
      NEO4J_URI: neo4j.target.uri,
      NEO4J_PASSWORD: 'unused-auth-is-off',
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const deadline = Date.now() + 60_000;
        const poll = async () => {
          const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
            .then((r) => r.ok)
            .catch(() => false);
          if (ok) return resolve();
          if (Date.now() > deadline) return reject(new Error(server.output()));
          setTimeout(poll, 250);
        };
        void poll();
      });
      const samples: number[] = [];
      const sampler = setInterval(() => samples.push(rssMb(server.child.pid!)), 5000);
      const result = await autocannon({
        url: `http://127.0.0.1:${port}`,
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
