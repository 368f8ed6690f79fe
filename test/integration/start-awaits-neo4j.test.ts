import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../server/neo4j/embedded';
import { freePort } from '../support/free-port';
import { startServerProcess } from '../support/server-process';

/**
 * A start on a busy machine: Neo4j may not answer the first query yet. The start waits for it rather than
 * crashing, and a Neo4j that refuses for good ends the process with one line, no stack trace, exit code 1.
 */
describe('a start waits for Neo4j to answer', function () {
  this.timeout(240_000);
  let dataDir: string;
  let neo4j: EmbeddedNeo4j | undefined;

  before(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-await-'));
  });
  after(async () => {
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('retries while Neo4j does not accept yet, then serves once it does', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    // Nothing listens on the Bolt port yet: the first query fails, as on a Neo4j still starting.
    const server = startServerProcess({
      PORT: String(port),
      NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
      NEO4J_PASSWORD: 'unused-auth-is-off',
      SEED_ON_EMPTY: 'false',
      READOUT_NLP: 'rules',
      LOG_LEVEL: 'info',
    });
    try {
      await server.waitFor(/Neo4j not answering yet/, 60_000);
      neo4j = await startEmbeddedNeo4j({ dataDir, boltPort });
      await server.waitFor(/Readout explorer on http:\/\/localhost:\d+/, 150_000);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).to.equal(200);
      expect((await health.json()).neo4j.uri).to.equal(`bolt://127.0.0.1:${boltPort}`);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited, server.output().slice(-2000)).to.equal(0);
  });

  it('ends in one clear line, without a stack trace, with exit code 1 when Neo4j refuses for good', async () => {
    neo4j ??= await startEmbeddedNeo4j({ dataDir, boltPort: await freePort() });
    const server = startServerProcess({
      PORT: String(await freePort()),
      NEO4J_URI: neo4j.uri,
      NEO4J_PASSWORD: 'unused-auth-is-off',
      NEO4J_DATABASE: 'nosuchdb',
      SEED_ON_EMPTY: 'false',
      READOUT_NLP: 'rules',
      LOG_LEVEL: 'info',
    });
    expect(await server.exited).to.equal(1);
    const output = server.output();
    const fatal = output.split('\n').filter((line) => line.includes('"level":60'));
    expect(fatal, output).to.have.length(1);
    expect(JSON.parse(fatal[0]).msg).to.match(/^Neo4j refused the first query: .*nosuchdb/);
    expect(output).to.not.match(/"stack"|\n\s+at |uncaught exception/);
  });
});
