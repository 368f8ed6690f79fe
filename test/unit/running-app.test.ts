import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localBaseUrl, newIntakeToken, recordPathFor, recordRunningApp } from '../../server/neo4j/running-app';

describe('where `npm run ingest` reaches the running app', () => {
  it('reaches an app bound to every interface on loopback', () => {
    expect(localBaseUrl({ address: '0.0.0.0', port: 3000 })).to.equal('http://127.0.0.1:3000');
    expect(localBaseUrl({ address: '::', port: 3000 })).to.equal('http://[::1]:3000');
  });

  it('reaches an app bound to one address at that address, IPv6 in brackets', () => {
    expect(localBaseUrl({ address: '127.0.0.1', port: 7601 })).to.equal('http://127.0.0.1:7601');
    expect(localBaseUrl({ address: '::1', port: 7601 })).to.equal('http://[::1]:7601');
    expect(localBaseUrl({ address: '192.168.1.5', port: 80 })).to.equal('http://192.168.1.5:80');
  });

  describe('the record, which holds the intake token', () => {
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-record-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('is readable by its user alone, even where an older version left one readable by all', () => {
      const dataDir = path.join(dir, 'data');
      fs.writeFileSync(recordPathFor(dataDir), '{}\n', { mode: 0o644 });
      fs.chmodSync(recordPathFor(dataDir), 0o644);
      const intake = newIntakeToken();
      recordRunningApp(dataDir, 'bolt://127.0.0.1:7687', { api: 'http://127.0.0.1:3000', intake });
      expect(fs.statSync(recordPathFor(dataDir)).mode & 0o777).to.equal(0o600);
      expect(JSON.parse(fs.readFileSync(recordPathFor(dataDir), 'utf8'))).to.include({ pid: process.pid, intake });
    });

    it('gets a new 256-bit token each run', () => {
      const [a, b] = [newIntakeToken(), newIntakeToken()];
      expect(a).to.match(/^[0-9a-f]{64}$/);
      expect(a).to.not.equal(b);
    });
  });
});
