import { expect } from 'chai';
import request from 'supertest';
import { Express } from 'express';
import { seededApp } from '../support/seed-graph';

describe('API on the seed graph', function () {
  this.timeout(120_000);
  let app: Express;
  let neo4j: Awaited<ReturnType<typeof seededApp>>['neo4j'];
  before(async () => {
    ({ app, neo4j } = await seededApp());
  });

  it('GET /api/schema lists labels and types with counts and property keys', async () => {
    const res = await request(app).get('/api/schema').expect(200);
    const person = res.body.labels.find((l: { label: string }) => l.label === 'Person');
    expect(person.count).to.be.greaterThan(5);
    expect(person.properties.map((p: { key: string }) => p.key)).to.include.members(['id', 'name', 'aliases']);
    const reported = res.body.relationshipTypes.find((t: { type: string }) => t.type === 'REPORTED_BY');
    const [direct] = await neo4j.executor.readText('MATCH ()-[r:REPORTED_BY]->() RETURN count(r) AS n', {});
    expect(reported.count).to.be.greaterThan(0).and.to.equal(direct.n);
  });

  it('GET /api/search finds Xi Jinping from "Xi", and from a typo', async () => {
    const res = await request(app).get('/api/search').query({ q: 'Xi' }).expect(200);
    expect(res.body.hits[0]).to.include({ id: 'person:xi-jinping', name: 'Xi Jinping' });
    expect(res.body.hits[0].labels).to.include('Person');
    const typo = await request(app).get('/api/search').query({ q: 'Zelensky' }).expect(200);
    expect(typo.body.hits.map((h: { name: string }) => h.name)).to.include('Volodymyr Zelenskiy');
    const outlets = await request(app).get('/api/search').query({ q: 'xinhua', label: 'Outlet' }).expect(200);
    expect(outlets.body.hits.every((h: { labels: string[] }) => h.labels.includes('Outlet'))).to.equal(true);
  });

  it('GET /api/node returns one node by stable id or by elementId', async () => {
    const byId = await request(app).get('/api/node').query({ id: 'person:xi-jinping' }).expect(200);
    expect(byId.body.data).to.include({ id: 'person:xi-jinping', label: 'Person', name: 'Xi Jinping' });
    expect(byId.body.data).to.not.have.property('aliasText');
    const byElementId = await request(app).get('/api/node').query({ id: byId.body.data.elementId }).expect(200);
    expect(byElementId.body.data.id).to.equal('person:xi-jinping');
  });

  it('GET /api/subgraph returns Cytoscape elements around Xi, with the 15 June 2022 call and Putin two hops out', async () => {
    const res = await request(app)
      .get('/api/subgraph')
      .query({ id: 'person:xi-jinping', depth: 2, limit: 200 })
      .expect(200);
    const ids = res.body.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(ids).to.include.members([
      'person:xi-jinping',
      'event:call:2022-06-15:vladimir-putin-xi-jinping',
      'person:vladimir-putin',
    ]);
    const call = res.body.nodes.find(
      (n: { data: { id: string } }) => n.data.id === 'event:call:2022-06-15:vladimir-putin-xi-jinping',
    );
    expect(call.data).to.include({ label: 'Event', kind: 'call', date: '2022-06-15' });
    for (const edge of res.body.edges) {
      expect(ids).to.include(edge.data.source);
      expect(ids).to.include(edge.data.target);
    }
    expect(
      res.body.edges.some(
        (e: { data: { type: string; source: string } }) =>
          e.data.type === 'PARTICIPATED_IN' && e.data.source === 'person:xi-jinping',
      ),
    ).to.equal(true);
  });

  it('GET /api/subgraph caps a neighbourhood and says what was left out, per type and label', async () => {
    const res = await request(app).get('/api/subgraph').query({ id: 'country:cn', limit: 5 }).expect(200);
    expect(res.body.nodes.length).to.be.at.most(5);
    expect(res.body.truncated).to.equal(true);
    expect(res.body.more.total).to.be.greaterThan(0);
    const leftByType = Object.values(res.body.more.byType as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(leftByType).to.equal(res.body.more.total);
    expect(Object.keys(res.body.more.byLabel).length).to.be.greaterThan(0);
  });

  it('GET /api/subgraph filters by type and by event date', async () => {
    const typed = await request(app)
      .get('/api/subgraph')
      .query({ id: 'person:xi-jinping', types: 'HOLDS_ROLE' })
      .expect(200);
    expect(typed.body.edges.every((e: { data: { type: string } }) => e.data.type === 'HOLDS_ROLE')).to.equal(true);
    const dated = await request(app)
      .get('/api/subgraph')
      .query({ id: 'person:xi-jinping', types: 'PARTICIPATED_IN', from: '2025', to: '2025-12' })
      .expect(200);
    const events = dated.body.nodes.filter((n: { data: { label: string } }) => n.data.label === 'Event');
    expect(events.map((n: { data: { date: string } }) => n.data.date)).to.deep.equal(['2025-02-24']);
    // A month-precise event overlapping the range's start is kept (as the page's filter keeps it); undated ones go.
    const overlapping = await request(app)
      .get('/api/subgraph')
      .query({ id: 'person:xi-jinping', types: 'PARTICIPATED_IN', from: '2022-02-10', to: '2022-06-30' })
      .expect(200);
    const kept = overlapping.body.nodes.filter((n: { data: { label: string } }) => n.data.label === 'Event');
    expect(kept.map((n: { data: { date: string } }) => n.data.date).sort()).to.deep.equal(['2022-02', '2022-06-15']);
  });

  it('GET /api/paths links Xi Jinping to Vladimir Putin, each hop with its evidence', async () => {
    const res = await request(app)
      .get('/api/paths')
      .query({ from: 'person:xi-jinping', to: 'person:vladimir-putin', maxLength: 2 })
      .expect(200);
    expect(res.body.paths.length).to.be.greaterThan(0);
    for (const p of res.body.paths) {
      expect(p.nodes[0]).to.equal('person:xi-jinping');
      expect(p.nodes[p.nodes.length - 1]).to.equal('person:vladimir-putin');
    }
    const participation = res.body.edges.find((e: { data: { type: string } }) => e.data.type === 'PARTICIPATED_IN');
    expect(res.body.evidence[participation.data.id][0].text).to.match(/Xi|Putin/);
  });

  it('GET /api/paths reaches an outlet through who reported what, and goes through sources only when asked', async () => {
    const toXinhua = await request(app)
      .get('/api/paths')
      .query({ from: 'person:xi-jinping', to: 'outlet:xinhua', maxLength: 3 })
      .expect(200);
    expect(toXinhua.body.through, 'an outlet is reached through sources').to.equal('sources');
    expect(toXinhua.body.paths.length).to.be.greaterThan(0);
    const types = toXinhua.body.edges.map((e: { data: { type: string } }) => e.data.type);
    expect(types).to.include('REPORTED_BY');
    expect(types).to.not.include('MENTIONS');
    // Between two people, facts only unless asked: "who reported both" is a path through an outlet.
    const facts = await request(app)
      .get('/api/paths')
      .query({ from: 'person:xi-jinping', to: 'person:vladimir-putin', maxLength: 4 })
      .expect(200);
    expect(facts.body.through).to.equal('facts');
    for (const e of facts.body.edges) expect(['REPORTED_BY', 'PUBLISHED_BY', 'MENTIONS']).to.not.include(e.data.type);
    await request(app)
      .get('/api/paths')
      .query({ from: 'person:xi-jinping', to: 'outlet:xinhua', through: 'everything' })
      .expect(400);
  });

  it('GET /api/evidence gives the readouts of the call side by side, and the sentences behind a fact', async () => {
    const res = await request(app)
      .get('/api/evidence')
      .query({ node: 'event:call:2022-06-15:vladimir-putin-xi-jinping' })
      .expect(200);
    const reporters = res.body.byReporter.map((r: { reporter: { name: string } }) => r.reporter.name);
    expect(reporters).to.include.members(['Xinhua', 'CCTV', 'Kremlin']);
    const xinhua = res.body.byReporter.find((r: { reporter: { name: string } }) => r.reporter.name === 'Xinhua');
    expect(xinhua.sentences[0].text).to.include('Xinhua');
    expect(xinhua.sentences[0].article).to.include({ publishedAt: '2022-06-19' });
    expect(xinhua.sentences[0].highlights).to.include('Xinhua');

    // The mentions say which rule found them, and facts which rule made them.
    const xi = await request(app).get('/api/evidence').query({ node: 'person:xi-jinping' }).expect(200);
    const rules = xi.body.sentences.flatMap((s: { rules?: string[] }) => s.rules ?? []);
    expect(rules).to.include.members(['ner-person']);
    expect(
      rules.some((r: string) => r.includes('identity') || r === 'descriptor' || r.startsWith('name-echo')),
    ).to.equal(true);
    const sub = await request(app).get('/api/subgraph').query({ id: 'person:xi-jinping', types: 'HOLDS_ROLE' });
    const edge = sub.body.edges[0];
    expect(edge.data.rule).to.match(/^title-|^counterpart|^possessive/);
    const fact = await request(app).get('/api/evidence').query({ rel: edge.data.id }).expect(200);
    expect(fact.body.sentences.length).to.be.greaterThan(0);
    expect(fact.body.sentences[0].text).to.include('Xi');
  });

  it('serves the page with a Content-Security-Policy that allows only its own scripts', async () => {
    const res = await request(app).get('/').expect(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).to.include("script-src 'self'");
    expect(csp).to.not.include('unsafe-inline');
    expect(csp).to.not.include('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).to.equal('nosniff');
    expect(res.text).to.not.match(/<script>[^<]/); // no inline script
  });

  it('answers bad parameters with a 400 naming the parameter, unknown ids with a 404', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['/api/search', {}, 'q'],
      ['/api/search', { q: 'Xi', limit: '0' }, 'limit'],
      ['/api/subgraph', { id: 'x', depth: '9' }, 'depth'],
      ['/api/subgraph', { id: 'x', direction: 'sideways' }, 'direction'],
      ['/api/subgraph', { id: 'x', from: 'last week' }, 'from'],
      ['/api/subgraph', { id: 'x', types: 'A) DETACH DELETE (n' }, 'types'],
      ['/api/paths', { from: 'a' }, 'to'],
      ['/api/evidence', {}, 'rel'],
    ];
    for (const [path, query, parameter] of cases) {
      const res = await request(app).get(path).query(query);
      expect(res.status, `${path} ${JSON.stringify(query)}`).to.equal(400);
      expect(res.body.error.code).to.equal('bad_request');
      expect(res.body.error.message.startsWith(`${parameter}:`), res.body.error.message).to.equal(true);
    }
    const missing = await request(app).get('/api/subgraph').query({ id: 'person:nobody' }).expect(404);
    expect(missing.body.error.message).to.include('person:nobody');
  });
});
