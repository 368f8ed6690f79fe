import { expect } from 'chai';
import { Express } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { REPO_ROOT } from '../../server/config';
import { appFor } from '../support/app';
import { loadMoviesGraph } from '../support/foreign-graphs/movies';
import { startTestNeo4j, TestNeo4j } from '../support/neo4j';

/** A graph Readout has never seen (Neo4j's Movies example), in its own throwaway Neo4j. */
describe('API on a foreign graph (Movies)', function () {
  this.timeout(180_000);
  let neo4j: TestNeo4j;
  let app: Express;

  before(async () => {
    neo4j = await startTestNeo4j('movies', { readoutSchema: false });
    await loadMoviesGraph(neo4j.executor);
    app = appFor(neo4j);
  });
  after(async () => neo4j?.stop());

  it('reads the schema from the database', async () => {
    const res = await request(app).get('/api/schema').expect(200);
    const labels = Object.fromEntries(res.body.labels.map((l: { label: string; count: number }) => [l.label, l.count]));
    expect(labels).to.include({ Movie: 38, Person: 133 });
    expect(res.body.relationshipTypes.map((t: { type: string }) => t.type)).to.include.members([
      'ACTED_IN',
      'DIRECTED',
    ]);
  });

  it('search → subgraph → paths: Keanu Reeves → The Matrix → Lana Wachowski', async () => {
    const search = await request(app).get('/api/search').query({ q: 'keanu' }).expect(200);
    const keanu = search.body.hits[0];
    expect(keanu.name).to.equal('Keanu Reeves');
    const movies = await request(app).get('/api/search').query({ q: 'the matrix', label: 'Movie' }).expect(200);
    expect(movies.body.hits[0].name).to.equal('The Matrix');

    const sub = await request(app).get('/api/subgraph').query({ id: keanu.id }).expect(200);
    const names = sub.body.nodes.map((n: { data: { name: string } }) => n.data.name);
    expect(names).to.include.members(['Keanu Reeves', 'The Matrix']);
    const matrix = sub.body.nodes.find((n: { data: { name: string } }) => n.data.name === 'The Matrix');
    expect(matrix.data).to.include({ label: 'Movie', released: 1999 });
    expect(
      sub.body.edges.some(
        (e: { data: { type: string; source: string; target: string } }) =>
          e.data.type === 'ACTED_IN' && e.data.source === keanu.id && e.data.target === matrix.data.id,
      ),
    ).to.equal(true);

    const lana = (await request(app).get('/api/search').query({ q: 'Lana Wachowski' })).body.hits[0];
    const paths = await request(app).get('/api/paths').query({ from: keanu.id, to: lana.id, maxLength: 2 }).expect(200);
    const viaMatrix = paths.body.paths.some((p: { nodes: string[] }) => p.nodes.includes(matrix.data.id));
    expect(viaMatrix).to.equal(true);
    expect(paths.body.nodes.find((n: { data: { id: string } }) => n.data.id === lana.id).data.name).to.equal(
      'Lana Wachowski',
    );
  });

  it('caps a busy node and counts what it left out', async () => {
    const matrix = (await request(app).get('/api/search').query({ q: 'The Matrix', label: 'Movie' })).body.hits[0];
    const res = await request(app).get('/api/subgraph').query({ id: matrix.id, limit: 4 }).expect(200);
    expect(res.body.nodes).to.have.length(4);
    expect(res.body.more.byType.ACTED_IN).to.be.greaterThan(0);
  });

  it('has no Movies-specific code on the server', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|cypher)$/.test(entry.name)) files.push(full);
      }
    };
    walk(path.join(REPO_ROOT, 'server'));
    walk(path.join(REPO_ROOT, 'cypher'));
    for (const file of files)
      expect(fs.readFileSync(file, 'utf8'), file).to.not.match(/\bMovie\b|ACTED_IN|Keanu|Wachowski/);
  });
});
