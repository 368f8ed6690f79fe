import { expect } from 'chai';
import { Express } from 'express';
import request from 'supertest';
import { appFor } from '../support/app';
import { clearDatabase, getTestNeo4j } from '../support/neo4j';

const EVENTS = 2500;
const SENTENCES = 600;
const YEAR_2020 = (i: number) => i % 10 === 0; // every tenth event is dated in 2020

interface Body {
  nodes: { data: { id: string; labels: string[]; date?: string } }[];
  edges: { data: { type: string } }[];
  truncated: boolean;
  more: { total: number; byType: Record<string, number>; byLabel: Record<string, number> | null };
}

/** A person with 3,100 neighbours: past the point where neighbours are counted one by one. */
describe('API on a supernode', function () {
  this.timeout(120_000);
  let app: Express;

  before(async () => {
    const neo4j = await getTestNeo4j();
    await clearDatabase(neo4j.executor);
    await neo4j.executor.write(async (tx) => {
      await tx.run(`CREATE (:Entity:Person {id: 'person:hub', name: 'Hub'})`);
      await tx.run(
        `MATCH (h:Person {id: 'person:hub'})
         UNWIND range(0, $events - 1) AS i
         CREATE (e:Entity:Event {id: 'event:' + i, kind: 'meeting', name: 'Meeting ' + i,
                 date: CASE WHEN i % 10 = 0 THEN '2020-03-' + right('0' + toString(1 + i % 28), 2)
                            ELSE '2016-01-' + right('0' + toString(1 + i % 28), 2) END})
         CREATE (h)-[:PARTICIPATED_IN {key: 'participant'}]->(e)`,
        { events: EVENTS },
      );
      await tx.run(
        `MATCH (h:Person {id: 'person:hub'})
         UNWIND range(0, $sentences - 1) AS i
         CREATE (s:Sentence {id: 'hub-article:' + i, text: 'Hub spoke.', index: i})-[:MENTIONS]->(h)`,
        { sentences: SENTENCES },
      );
      // Someone only ever mentioned in the same sentence as the hub, in an article.
      await tx.run(
        `MATCH (s:Sentence {id: 'hub-article:0'})
         CREATE (:Article {id: 'hub-article'})-[:HAS_SENTENCE]->(s)
         CREATE (s)-[:MENTIONS]->(:Entity:Person {id: 'person:bystander', name: 'Bystander'})`,
      );
      // One ordinary neighbour of an event, for depth 2.
      await tx.run(
        `MATCH (e:Event {id: 'event:5'}) CREATE (:Entity:Person {id: 'person:guest', name: 'Guest'})-[:PARTICIPATED_IN {key: 'participant'}]->(e)`,
      );
    });
    app = appFor(neo4j);
  });
  after(async () => clearDatabase((await getTestNeo4j()).executor));

  it('expands within the limit, shares it between types, and counts exactly what it left out per type', async () => {
    const res = await request(app).get('/api/subgraph').query({ id: 'person:hub', limit: 100 }).expect(200);
    const body = res.body as Body;
    expect(body.nodes.length).to.equal(100);
    const shown = (type: string) => body.edges.filter((e) => e.data.type === type).length;
    expect(shown('PARTICIPATED_IN') + shown('MENTIONS')).to.equal(99);
    // Neither type crowds out the other.
    expect(shown('MENTIONS')).to.be.within(45, 54);
    expect(body.truncated).to.equal(true);
    expect(body.more.byType).to.deep.equal({
      PARTICIPATED_IN: EVENTS - shown('PARTICIPATED_IN'),
      MENTIONS: SENTENCES - shown('MENTIONS'),
    });
    expect(body.more.total).to.equal(EVENTS + SENTENCES - 99);
    // Per-label counts would need a walk over every relationship: not given rather than guessed.
    expect(body.more.byLabel).to.equal(null);
    const dates = body.nodes.filter((n) => n.data.labels.includes('Event')).map((n) => n.data.date!);
    expect(dates).to.deep.equal([...dates].sort().reverse());
  });

  it('"+N more" of one type returns that type only, up to the new limit', async () => {
    const res = await request(app)
      .get('/api/subgraph')
      .query({ id: 'person:hub', types: 'MENTIONS', limit: 300 })
      .expect(200);
    const body = res.body as Body;
    expect(body.edges.every((e) => e.data.type === 'MENTIONS')).to.equal(true);
    expect(body.nodes.length).to.equal(300);
    expect(body.more.byType).to.deep.equal({ MENTIONS: SENTENCES - 299 });
  });

  it('with a date filter, counts neighbour by neighbour: exact per type and per label', async () => {
    const res = await request(app)
      .get('/api/subgraph')
      .query({ id: 'person:hub', from: '2020', to: '2020', labels: 'Event', limit: 100 })
      .expect(200);
    const body = res.body as Body;
    const inRange = Array.from({ length: EVENTS }, (_, i) => i).filter(YEAR_2020).length;
    const events = body.nodes.filter((n) => n.data.labels.includes('Event'));
    expect(events.length).to.equal(99);
    expect(events.every((e) => e.data.date!.startsWith('2020'))).to.equal(true);
    expect(body.more.byType).to.deep.equal({ PARTICIPATED_IN: inRange - 99 });
    expect(body.more.byLabel).to.deep.equal({ Event: inRange - 99 });
  });

  it('finds paths through facts, never through a sentence that merely mentions both', async () => {
    const viaEvent = await request(app).get('/api/paths').query({ from: 'person:hub', to: 'person:guest' }).expect(200);
    expect(viaEvent.body.paths.map((p: { nodes: string[] }) => p.nodes)).to.deep.equal([
      ['person:hub', 'event:5', 'person:guest'],
    ]);
    const viaMention = await request(app)
      .get('/api/paths')
      .query({ from: 'person:hub', to: 'person:bystander', maxLength: 6 })
      .expect(200);
    expect(viaMention.body.paths).to.deep.equal([]);
  });

  it('returns a small neighbourhood whole, and reaches past an event at depth 2', async () => {
    const res = await request(app).get('/api/subgraph').query({ id: 'event:5', depth: 2, limit: 50 }).expect(200);
    const body = res.body as Body;
    const ids = body.nodes.map((n) => n.data.id);
    expect(ids).to.include.members(['event:5', 'person:hub', 'person:guest']);
    // The guest has nothing new to add: the budget it leaves goes to the hub.
    expect(body.nodes.length).to.be.within(48, 50);
    expect(body.more.total).to.equal(0); // the event itself has only two neighbours: nothing of it left out
  });
});
