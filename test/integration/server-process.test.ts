import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { ChangeStream } from '../support/change-stream';
import { freePort } from '../support/free-port';
import { childPids, isAlive, javaProcessesMentioning, startServerProcess } from '../support/server-process';

/** The README's `npm start`, end to end: embedded Neo4j, explorer, health, clean shutdown, no orphan JVM. */
describe('server process (npm start)', function () {
  this.timeout(180_000);
  let dataDir: string;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-start-'));
  });
  afterEach(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.app.json`, { force: true });
  });

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
      // It serves before the seeds are in: their ingest follows the first answer from Neo4j.
      await server.waitFor(/seeded 5 articles/, 150_000);
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

  it('serves while a first start seeds, and an open page hears of the seeds as they land', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const server = startServerProcess({
      PORT: String(port),
      NEO4J_EMBEDDED_BOLT_PORT: String(boltPort),
      NEO4J_EMBEDDED_DATA_DIR: dataDir,
      READOUT_NLP: 'rules',
      LOG_LEVEL: 'info',
    });
    try {
      const stream = await ChangeStream.openWhenServing(`http://127.0.0.1:${port}`, server.exited);
      const change = await stream.nth(1);
      expect(change.type).to.equal('articles');
      expect(change.articleIds).to.have.length(5);
      expect(change.entityIds.length).to.be.greaterThan(20);
      // The change can reach the stream before the child's stdout reaches this process: wait for the line itself.
      await server.waitFor(/seeded 5 articles/, 30_000);
      const output = server.output();
      expect(output.indexOf('Readout explorer on')).to.be.greaterThan(-1);
      expect(output.indexOf('Readout explorer on')).to.be.lessThan(output.indexOf('seeded 5 articles'));
      const [articles] = (await cypher(port, 'MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n', {
        ids: change.articleIds,
      })) as { n: number }[];
      expect(articles.n).to.equal(5);
      stream.close();
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).to.equal(0);
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

  it('lets `npm run ingest` send to the running app, and says in one line when the store is held', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const env = { NEO4J_EMBEDDED_DATA_DIR: dataDir, SEED_ON_EMPTY: 'false', READOUT_NLP: 'rules' };
    const server = startServerProcess({ ...env, PORT: String(port), NEO4J_EMBEDDED_BOLT_PORT: String(boltPort) });
    const article = path.join(dataDir, '..', `${path.basename(dataDir)}-story.txt`);
    fs.writeFileSync(
      article,
      'Chancellor Olaf Scholz met Prime Minister Mette Frederiksen in Copenhagen on Monday, Reuters reported.\n',
    );
    const ingest = (extra: Record<string, string> = {}) =>
      spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/server/ingest/cli.js'), article], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, ...extra },
        encoding: 'utf8',
        timeout: 120_000,
      });
    try {
      await server.waitFor(/Readout explorer on http:\/\/localhost:\d+/, 150_000);
      const run = ingest({ NEO4J_EMBEDDED_BOLT_PORT: String(await freePort()) });
      expect(run.status, run.stderr).to.equal(0);
      // Without an edit token too, the app takes articles with the intake token it recorded: no read-only-app notice.
      expect(run.stderr).to.match(/Sending to the running Readout \(pid \d+, http:\/\/127\.0\.0\.1:\d+\)/);
      expect(run.stderr).to.not.match(/takes no edits|open pages are not told/);
      expect(run.stdout).to.match(/^1 articles ingested, 0 failed/m);
      expect(javaProcessesMentioning(dataDir)).to.have.length(1);
      const hits = await (await fetch(`http://127.0.0.1:${port}/api/search?q=Frederiksen`)).json();
      expect(hits.hits.map((h: { name: string }) => h.name).join(' | ')).to.match(/Frederiksen/);
      // Without the record (an app from before it existed), a second Neo4j on the held store: one clear line.
      fs.rmSync(`${dataDir}.app.json`);
      const refused = ingest({ NEO4J_EMBEDDED_BOLT_PORT: '0' });
      expect(refused.status).to.equal(1);
      const lines = refused.stderr.trim().split('\n');
      expect(lines[lines.length - 1]).to.match(/^ingest failed: the database in .* is in use by another process/);
      expect(refused.stderr).to.not.match(/\tat org\.neo4j|Exception in thread/);
    } finally {
      server.child.kill('SIGTERM');
      fs.rmSync(article, { force: true });
    }
    expect(await server.exited).to.equal(0);
    expect(fs.existsSync(`${dataDir}.app.json`)).to.equal(false);
  });

  /**
   * A service manager or a container sends one signal to one process. Whichever process of Readout's gets
   * SIGTERM or SIGINT (the npm process, the server, the Neo4j JVM, the CoreNLP JVM), everything stops and no
   * process is left.
   */
  describe('stops everything on a stop signal to any of its processes', () => {
    const cases: { to: 'npm' | 'bin' | 'server' | 'neo4j' | 'corenlp'; signal: NodeJS.Signals }[] = [
      { to: 'npm', signal: 'SIGTERM' },
      { to: 'bin', signal: 'SIGTERM' },
      { to: 'npm', signal: 'SIGINT' },
      { to: 'server', signal: 'SIGINT' },
      { to: 'neo4j', signal: 'SIGTERM' },
      { to: 'corenlp', signal: 'SIGTERM' },
    ];
    for (const { to, signal } of cases) {
      it(`${signal} to the ${to} process`, async () => {
        const [port, boltPort] = [await freePort(), await freePort()];
        const server = startServerProcess(
          {
            PORT: String(port),
            NEO4J_EMBEDDED_BOLT_PORT: String(boltPort),
            NEO4J_EMBEDDED_DATA_DIR: dataDir,
            SEED_ON_EMPTY: 'false',
            READOUT_NLP: to === 'corenlp' ? 'corenlp' : 'rules',
            LOG_LEVEL: 'info',
          },
          to === 'npm' || to === 'bin' ? to : 'node',
        );
        const top = server.child.pid!;
        await server.waitFor(/Readout explorer on http:\/\/localhost:\d+/, 150_000);
        if (to === 'corenlp') await server.waitFor(/CoreNLP ready/, 150_000);
        // npm start execs the server in its shell: the server is npm's child, the JVMs are the server's.
        const serverPid = to === 'npm' ? childPids(top)[0] : top;
        const jvms = childPids(serverPid);
        const neo4j = javaProcessesMentioning(dataDir);
        expect(neo4j).to.have.length(1);
        expect(jvms).to.include(neo4j[0]);
        const target =
          to === 'npm' || to === 'bin' || to === 'server'
            ? top
            : to === 'neo4j'
              ? neo4j[0]
              : jvms.find((p) => p !== neo4j[0])!;
        expect(target, `the ${to} process`).to.be.a('number');
        // CoreNLP reads at a lower CPU priority than Neo4j and the server (they serve the readers).
        if (to === 'corenlp') expect(os.getPriority(target)).to.equal(os.getPriority(neo4j[0]) + 10);
        process.kill(target, signal);
        const code = await Promise.race([
          server.exited,
          new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 60_000)),
        ]);
        expect(code, server.output().slice(-2000)).to.not.equal('hung');
        for (const pid of [serverPid, ...jvms]) expect(isAlive(pid), `process ${pid} still running`).to.equal(false);
        expect(javaProcessesMentioning(dataDir)).to.deep.equal([]);
      });
    }
  });
});

async function cypher(port: number, query: string, params: Record<string, unknown>): Promise<unknown[]> {
  const response = await fetch(`http://127.0.0.1:${port}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  expect(response.status).to.equal(200);
  return ((await response.json()) as { rows: unknown[] }).rows;
}
