import { expect } from 'chai';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';
import { javaProcessesMentioning, startServerProcess } from '../support/server-process';

/** The README's `npm start`, end to end: embedded Neo4j, explorer, health, clean shutdown, no orphan JVM. */
describe('server process (npm start)', function () {
  this.timeout(180_000);
  let dataDir: string;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-start-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('serves the explorer and /api/health on its own Neo4j, seeded, then stops leaving no java process', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const server = startServerProcess({
      PORT: String(port),
      NEO4J_EMBEDDED_BOLT_PORT: String(boltPort),
      NEO4J_EMBEDDED_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    });
    try {
      await server.waitFor(/Readout explorer on http:\/\/localhost:\d+/, 150_000);
      expect(javaProcessesMentioning(dataDir)).to.have.length(1);
      const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
      expect(health.neo4j.version).to.match(/^5\.26\./);
      expect(health.neo4j.mode).to.equal('embedded');
      expect(health.neo4j.uri).to.equal(`bolt://127.0.0.1:${boltPort}`);
      expect(server.output()).to.match(/seeded 5 articles/);
      expect(health.neo4j.nodes).to.be.greaterThan(100);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).to.equal(200);
      expect(await page.text()).to.match(/<title>Readout/);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).to.equal(0);
    expect(javaProcessesMentioning(dataDir)).to.deep.equal([]);
  });

  it('says clearly that the HTTP port is taken, and still stops its Neo4j', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const server = startServerProcess({
        PORT: String(port),
        NEO4J_EMBEDDED_BOLT_PORT: String(await freePort()),
        NEO4J_EMBEDDED_DATA_DIR: dataDir,
        SEED_ON_EMPTY: 'false',
      });
      expect(await server.exited).to.equal(1);
      expect(server.output()).to.match(new RegExp(`port ${port} is already in use`));
      expect(javaProcessesMentioning(dataDir)).to.deep.equal([]);
    } finally {
      blocker.close();
    }
  });

  it('refuses to start on a bad environment, naming the variable', async () => {
    const server = startServerProcess({ PORT: 'http', NEO4J_EMBEDDED_DATA_DIR: dataDir });
    expect(await server.exited).to.equal(2);
    expect(server.output()).to.match(/PORT/);
  });
});
