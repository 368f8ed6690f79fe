import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { appFor } from '../support/app';
import { getTestNeo4j, TestNeo4j } from '../support/neo4j';

/** A page folder like client/ after a build: the page, its bundle and map, and its TypeScript sources. */
function pageFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardening-page-'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>page</title>');
  fs.writeFileSync(path.join(dir, 'src/api.ts'), 'export const secret = 1;');
  fs.writeFileSync(path.join(dir, 'dist/app.js'), 'console.log(1);\n//# sourceMappingURL=app.js.map');
  fs.writeFileSync(path.join(dir, 'dist/app.js.map'), '{"version":3}');
  return dir;
}

const SOURCES = ['/src/api.ts', '/dist/app.js.map', '/src/', '/%73rc/api.ts', '/dist/../src/api.ts', '/SRC/api.ts'];

describe('what the server publishes: no sources, no Java', function () {
  this.timeout(60_000);
  let neo4j: TestNeo4j;
  let dir: string;
  before(async () => {
    neo4j = await getTestNeo4j();
    dir = pageFolder();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves the page and its bundle, but not its TypeScript or source maps', async () => {
    const app = appFor(neo4j, { clientDir: dir });
    await request(app).get('/').expect(200);
    await request(app).get('/dist/app.js').expect(200);
    for (const source of SOURCES) {
      const res = await request(app).get(source);
      expect(res.status, source).to.equal(404);
      expect(res.text, source).to.not.include('secret');
    }
  });

  it('serves them when SERVE_SOURCES asks for it (debugging the page)', async () => {
    const app = appFor(neo4j, { clientDir: dir, serveSources: true });
    await request(app).get('/src/api.ts').expect(200);
    await request(app).get('/dist/app.js.map').expect(200);
  });

  it('names no Java class in an error: a malformed full-text query', async () => {
    const res = await request(appFor(neo4j)).post('/api/cypher').send({
      query: "CALL db.index.fulltext.queryNodes('entity_search', 'AND OR (') YIELD node RETURN node.name LIMIT 1",
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(400);
    expect(res.body.error.message).to.match(/queryNodes.*Encountered/);
    expect(res.body.error.message).to.not.match(/\b(?:[a-z_][a-z0-9_]*\.){2,}[A-Z]|Exception|java/);
  });
});
