import { expect } from 'chai';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { PortInUseError, startEmbeddedNeo4j } from '../../server/neo4j/embedded';
import { javaProcessesMentioning } from '../support/server-process';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return condition();
}

/** Bolt handshake: magic preamble, four version proposals; a server answers with the version it chose. */
function boltHandshake(port: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      const proposals = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]);
      socket.write(proposals);
    });
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data);
    });
    socket.once('error', reject);
  });
}

describe('embedded Neo4j', function () {
  this.timeout(120_000);
  let dataDir: string;
  beforeEach(() => (dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-embedded-'))));
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('answers Bolt on a free port, keeps its data, and stops without leaving a process', async () => {
    const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0 });
    try {
      expect(neo4j.version).to.match(/^5\.26\.\d+$/);
      expect(neo4j.uri).to.equal(`bolt://127.0.0.1:${neo4j.boltPort}`);
      const answer = await boltHandshake(neo4j.boltPort);
      expect(answer.length).to.equal(4);
      expect(answer.readUInt32BE(0)).to.not.equal(0);
    } finally {
      await neo4j.stop();
    }
    expect(isAlive(neo4j.pid)).to.equal(false);
    expect(fs.readdirSync(dataDir)).to.include('data');
  });

  it('builds a class archive after a first start, maps it on the next, and starts without it when it is bad', async function () {
    this.timeout(420_000);
    // Its own cache, holding the classpath already resolved (no Maven) and nothing else: no archive yet.
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-cds-'));
    const shared = path.join(REPO_ROOT, '.readout/neo4j');
    for (const file of fs.existsSync(shared) ? fs.readdirSync(shared) : [])
      if (file.startsWith('classpath-')) fs.copyFileSync(path.join(shared, file), path.join(cacheDir, file));
    const archives = () => fs.readdirSync(cacheDir).filter((f) => f.endsWith('.jsa'));
    const mapped = (pid: number, file: string) => fs.readFileSync(`/proc/${pid}/maps`, 'utf8').includes(file);
    try {
      const first = await startEmbeddedNeo4j({ dataDir, boltPort: 0, cacheDir, classArchiveAfterMs: 0 });
      try {
        expect(await waitUntil(() => archives().length === 1, 300_000), 'an archive written').to.equal(true);
        expect(mapped(first.pid, archives()[0])).to.equal(false);
      } finally {
        await first.stop();
      }
      const archive = path.join(cacheDir, archives()[0]);
      const second = await startEmbeddedNeo4j({ dataDir, boltPort: 0, cacheDir });
      try {
        expect(mapped(second.pid, archive), 'the second start maps the archive').to.equal(true);
        expect((await boltHandshake(second.boltPort)).readUInt32BE(0)).to.not.equal(0);
      } finally {
        await second.stop();
      }
      // A damaged archive (or one from another JDK) is passed over: the start loads its classes as before.
      fs.chmodSync(archive, 0o644);
      fs.writeFileSync(archive, Buffer.alloc(4096, 7));
      const third = await startEmbeddedNeo4j({ dataDir, boltPort: 0, cacheDir });
      try {
        expect(mapped(third.pid, archive)).to.equal(false);
        expect((await boltHandshake(third.boltPort)).readUInt32BE(0)).to.not.equal(0);
      } finally {
        await third.stop();
      }
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('says clearly when the Bolt port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      let error: unknown;
      await startEmbeddedNeo4j({ dataDir, boltPort: port }).catch((e) => (error = e));
      expect(error).to.be.instanceOf(PortInUseError);
      expect((error as Error).message).to.match(new RegExp(`port ${port} .* already in use.*NEO4J_EMBEDDED_BOLT_PORT`));
    } finally {
      blocker.close();
    }
  });

  it('exits by itself when its parent is killed with SIGKILL (no orphan JVM)', async () => {
    const script = `
      require('ts-node/register/transpile-only');
      const { startEmbeddedNeo4j } = require(${JSON.stringify(path.join(REPO_ROOT, 'server/neo4j/embedded'))});
      startEmbeddedNeo4j({ dataDir: ${JSON.stringify(dataDir)}, boltPort: 0 }).then((n) => console.log('PID ' + n.pid));
    `;
    const parent = spawn(process.execPath, ['-e', script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const javaPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      parent.stdout!.on('data', (d) => {
        out += d;
        const match = out.match(/PID (\d+)/);
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', () => reject(new Error(`parent exited early: ${out}`)));
    });
    expect(isAlive(javaPid)).to.equal(true);
    parent.kill('SIGKILL');
    expect(await waitUntil(() => !isAlive(javaPid), 30_000), 'JVM still running after its parent died').to.equal(true);
    expect(javaProcessesMentioning(dataDir)).to.deep.equal([]);
  });
});
