import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isNewStore, startingMessage } from '../../server/neo4j/embedded';

/** "A new store takes longer" is said only where a store is created, not on every restart of an existing one. */
describe("Neo4j's starting progress line", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-store-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('says a new store takes longer for a missing or empty data directory', () => {
    expect(startingMessage(isNewStore(path.join(dataDir, 'not-yet')))).to.match(/a new store takes longer/);
    expect(startingMessage(isNewStore(dataDir))).to.match(/a new store takes longer/);
  });

  it('says only that Neo4j is starting for a store written before', () => {
    fs.mkdirSync(path.join(dataDir, 'databases'));
    expect(startingMessage(isNewStore(dataDir))).to.equal('Neo4j still starting');
  });
});
