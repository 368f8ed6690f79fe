import { expect } from 'chai';
import { Express } from 'express';
import request from 'supertest';
import { seededApp } from '../support/seed-graph';

type Row = { date: string | null; events: number };

/** GET /api/event-dates: the whole graph's events per date, for the timeline, against the seed graph. */
describe('API: events per date', function () {
  this.timeout(120_000);
  let app: Express;
  let neo4j: Awaited<ReturnType<typeof seededApp>>['neo4j'];
  before(async () => {
    ({ app, neo4j } = await seededApp());
  });
  after(async () => {
    await neo4j.executor.write((tx) => tx.run("MATCH (e:Event) WHERE e.id STARTS WITH 'event:probe:' DETACH DELETE e"));
  });

  it('counts every event once, each stored date as the graph holds it, the undated under null', async () => {
    const res = await request(app).get('/api/event-dates').expect(200);
    expect(res.body.precision).to.equal('day');
    const rows: Row[] = res.body.dates;
    const [all] = await neo4j.executor.readText('MATCH (e:Event) RETURN count(e) AS n');
    expect(rows.reduce((n, r) => n + r.events, 0))
      .to.equal(all.n)
      .and.to.be.greaterThan(0);
    const direct = await neo4j.executor.readText(
      'MATCH (e:Event) RETURN e.date AS date, count(*) AS events ORDER BY date',
    );
    expect(rows).to.deep.equal(direct);
    // The card's call is among them, to the day.
    expect(rows.find((r) => r.date === '2022-06-15')?.events).to.be.at.least(1);
  });

  it('cuts days to their month or year when asked', async () => {
    const days: Row[] = (await request(app).get('/api/event-dates').expect(200)).body.dates;
    for (const [precision, length] of [
      ['month', 7],
      ['year', 4],
    ] as const) {
      const res = await request(app).get('/api/event-dates').query({ precision }).expect(200);
      const expected = new Map<string | null, number>();
      for (const r of days) {
        const key = r.date === null ? null : r.date.slice(0, length);
        expected.set(key, (expected.get(key) ?? 0) + r.events);
      }
      expect(new Map(res.body.dates.map((r: Row) => [r.date, r.events]))).to.deep.equal(expected);
    }
  });

  it('reads a native date or a date-time as its day, and a list as no date', async () => {
    const before: Row[] = (await request(app).get('/api/event-dates').expect(200)).body.dates;
    await neo4j.executor.write((tx) =>
      tx.run(`CREATE (:Event:Entity {id: 'event:probe:native', date: date('1999-12-31')}),
                     (:Event:Entity {id: 'event:probe:time', date: '1999-12-31T23:00:00Z'}),
                     (:Event:Entity {id: 'event:probe:list', date: ['1999']})`),
    );
    const after: Row[] = (await request(app).get('/api/event-dates').expect(200)).body.dates;
    const count = (rows: Row[], date: string | null) => rows.find((r) => r.date === date)?.events ?? 0;
    expect(count(after, '1999-12-31') - count(before, '1999-12-31')).to.equal(2);
    expect(count(after, null) - count(before, null)).to.equal(1);
  });

  it('refuses a precision it does not know, naming the parameter', async () => {
    const res = await request(app).get('/api/event-dates').query({ precision: 'week' }).expect(400);
    expect(res.body.error.message).to.match(/^precision:/);
  });
});
