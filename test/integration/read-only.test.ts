import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createExecutor } from '../../server/db/executor';
import { startEmbeddedNeo4j } from '../../server/neo4j/embedded';
import { buildRetailGraph, RetailFacts } from '../support/foreign-graphs/retail';
import { startServerOn } from '../support/server-process';

/**
 * Community edition has no roles, so a read-only account is stood in for by a database nobody may write to
 * (`server.databases.default_to_read_only`): the app must start on it and explore it without writing anything.
 */
describe('explorer on a read-only database', function () {
  this.timeout(300_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-read-only-'));
  let facts: RetailFacts;

  before(async () => {
    const writable = await startEmbeddedNeo4j({ dataDir, boltPort: 0, heapMb: 512, pageCache: '64m' });
    const { driver, executor } = createExecutor(
      { uri: writable.uri, username: 'neo4j', password: '', database: 'neo4j' },
      { queryTimeoutMs: 30_000 },
    );
    try {
      facts = await buildRetailGraph(executor);
    } finally {
      await driver.close();
      await writable.stop();
    }
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts, searches, expands and runs console queries; nothing can be written', async () => {
    const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, heapMb: 512, pageCache: '64m', readOnly: true });
    const { server, base } = await startServerOn({ uri: neo4j.uri }, { LOG_LEVEL: 'info' });
    try {
      const search = await fetch(`${base}/api/search?q=${encodeURIComponent(facts.busyCustomer.companyName)}`);
      expect(search.status).to.equal(200);
      const hit = ((await search.json()) as { hits: { id: string; name: string }[] }).hits[0];
      expect(hit.name).to.equal(facts.busyCustomer.companyName);
      const sub = await fetch(`${base}/api/subgraph?id=${encodeURIComponent(hit.id)}&limit=50`);
      expect(sub.status).to.equal(200);
      expect(((await sub.json()) as { nodes: unknown[] }).nodes).to.have.length(50);
      const schema = await fetch(`${base}/api/schema`);
      expect(((await schema.json()) as { news: boolean }).news).to.equal(false);
      const cypher = await fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'MATCH (p:Product) RETURN count(p) AS n' }),
      });
      expect(cypher.status).to.equal(200);
      expect(server.output()).to.match(/without adding Readout's schema/);
      // The database really refuses writes: the app wrote nothing because it never tried.
      const { driver, executor } = createExecutor(
        { uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j' },
        { queryTimeoutMs: 10_000 },
      );
      try {
        let refused = false;
        await executor.write((tx) => tx.run('CREATE (:Probe)')).catch(() => (refused = true));
        expect(refused, 'the database is read-only').to.equal(true);
        const constraints = await executor.readText('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
        expect(constraints[0].names).to.deep.equal(['product_productID']);
      } finally {
        await driver.close();
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await neo4j.stop();
    }
  });
});
