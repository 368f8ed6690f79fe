import { expect } from 'chai';
import path from 'node:path';
import request from 'supertest';
import { REPO_ROOT } from '../../server/config';
import { Executor } from '../../server/db/executor';
import { ingestPaths } from '../../server/ingest/ingest';
import { appFor } from '../support/app';
import { graphFingerprint } from '../support/graph-fingerprint';
import { clearDatabase, getTestNeo4j, TestNeo4j } from '../support/neo4j';
import { getTestNlp } from '../support/nlp';

const NEWSROOM = path.join(REPO_ROOT, 'test/fixtures/newsroom');
const TOKEN = 'corrections-test-token-0123456789';

describe('corrections survive re-ingestion and can be undone', function () {
  this.timeout(180_000);
  let neo4j: TestNeo4j;
  let executor: Executor;
  let app: ReturnType<typeof appFor>;
  const ingest = async () => {
    const summary = await ingestPaths(executor, [NEWSROOM], { nlp: getTestNlp() });
    expect(summary.failed).to.deep.equal([]);
  };
  const idOf = async (where: string) => {
    const rows = await executor.readText(`MATCH (n:Entity) WHERE ${where} RETURN n.id AS id`);
    expect(rows, where).to.have.length(1);
    return String(rows[0].id);
  };
  const node = async (id: string) =>
    (await executor.readText(`MATCH (n:Entity {id: $id}) RETURN n {.*} AS n`, { id }))[0]?.n as
      Record<string, unknown> | undefined;
  const correct = (body: object) =>
    request(app)
      .post('/api/corrections')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send({ who: 'Desk editor', ...body });
  const undo = (id: string) =>
    request(app)
      .post(`/api/corrections/${id}/undo`)
      .set('Authorization', `Bearer ${TOKEN}`)
      .send({ who: 'Night editor', why: 'test undo' });

  before(async () => {
    neo4j = await getTestNeo4j();
    executor = neo4j.executor;
    app = appFor(neo4j, { editToken: TOKEN });
    await clearDatabase(executor);
    // Twice: an article ingested before the one that introduces "Dick Schoof" only resolves the bare "Schoof" on
    // the second pass, so the graph's fixed point is what re-ingestion is compared with.
    await ingest();
    await ingest();
  });
  after(() => clearDatabase(executor));

  it('refuses corrections without the token (401), on a read-only server (403), and bad ones (400, 404, 409)', async () => {
    const body = { kind: 'rename', entity: 'country:be', name: 'X', who: 'a', why: 'b' };
    expect((await request(app).post('/api/corrections').send(body)).status).to.equal(401);
    expect((await request(appFor(neo4j)).post('/api/corrections').send(body)).status).to.equal(403);
    expect((await correct({ kind: 'delete-everything', why: 'x' })).status).to.equal(400);
    expect((await correct({ kind: 'rename', entity: 'person:nobody', name: 'X', why: 'x' })).status).to.equal(404);
    const schoof = await idOf(`n.name = 'Dick Schoof'`);
    const res = await correct({ kind: 'merge', keep: schoof, absorb: schoof, why: 'x' });
    expect(res.status).to.equal(409);
    expect((await correct({ kind: 'rename', entity: schoof, name: 'X' })).status, 'a reason is required').to.equal(400);
    expect((await request(app).get('/api/corrections')).body.corrections).to.deep.equal([]);
  });

  it('merge, split, reject, fix an event and rename: each holds after the same articles are ingested again, and each undo restores the graph', async () => {
    const before = await graphFingerprint(executor);
    const schoof = await idOf(`n.name = 'Dick Schoof'`);
    const meeting = await idOf(`n:Event AND n.kind = 'meeting'`);
    const call = await idOf(`n:Event AND n.kind = 'call'`);
    const signing = await idOf(`n:Event AND n.kind = 'signing'`);
    const hague = await idOf(`n:Place AND n.name = 'The Hague'`);
    const reported = await executor.readText(
      `MATCH (e:Event {id: $signing})-[r:REPORTED_BY]->(o) RETURN o.id AS outlet, r.key AS key`,
      { signing },
    );
    expect(reported).to.have.length.greaterThan(0);

    const made: string[] = [];
    const apply = async (body: object) => {
      const res = await correct(body);
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
      made.push(res.body.correction.id);
      return res.body;
    };
    const merged = await apply({ kind: 'merge', keep: meeting, absorb: call, why: 'one contact, told twice' });
    expect(merged.reloaded).to.be.greaterThan(0);
    await apply({ kind: 'split', entity: schoof, alias: 'Schoof', why: 'the surname alone is his brother here' });
    await apply({
      kind: 'reject',
      fact: { type: 'REPORTED_BY', from: signing, to: reported[0].outlet },
      why: 'the dateline is not a source',
    });
    await apply({ kind: 'fix-event', event: signing, date: '2025-03-08', why: 'signed on Saturday' });
    await apply({ kind: 'rename', entity: hague, name: 'Den Haag', why: 'the city in its own language' });

    const check = async () => {
      expect(await node(call), 'the call folded into the meeting').to.equal(undefined);
      const parties = await executor.readText(
        `MATCH (p:Person)-[r:PARTICIPATED_IN]->(:Event {id: $meeting}) RETURN p.name AS name, r.articles AS articles`,
        { meeting },
      );
      expect(parties.flatMap((p) => p.articles as string[])).to.include('wind-accord');
      const split = await node(`person:schoof`);
      expect(split?.name).to.equal('Schoof');
      expect((await node(schoof))?.aliases).to.not.include('Schoof');
      const stillReported = await executor.readText(
        `MATCH (:Event {id: $signing})-[r:REPORTED_BY]->(:Entity {id: $outlet}) RETURN count(r) AS n`,
        { signing, outlet: reported[0].outlet },
      );
      expect(stillReported[0].n).to.equal(0);
      expect(await node(signing)).to.include({ date: '2025-03-08', dateRule: 'corrected' });
      expect(String((await node(signing))?.name)).to.match(/, 2025-03-08$/);
      expect((await node(hague))?.name).to.equal('Den Haag');
      expect((await node(hague))?.aliases).to.include('The Hague');
      const evidence = await executor.readText(
        `MATCH ()-[r]->() WHERE any(e IN r.evidence WHERE NOT EXISTS { MATCH (:Sentence {id: e}) }) RETURN count(r) AS n`,
      );
      expect(evidence[0].n, 'no fact left pointing at a missing sentence').to.equal(0);
    };
    await check();
    const corrected = await graphFingerprint(executor);

    await ingest();
    await check();
    expect(await graphFingerprint(executor), 're-ingesting the same articles changes nothing').to.deep.equal(corrected);

    const listed = (await request(app).get('/api/corrections').query({ entity: schoof })).body.corrections;
    expect(listed.map((c: { kind: string }) => c.kind)).to.deep.equal(['split']);
    expect(listed[0]).to.include({ who: 'Desk editor', why: 'the surname alone is his brother here' });
    expect(listed[0].replaced.entity.aliases).to.include('Schoof');

    for (const id of [...made].reverse()) {
      const res = await undo(id);
      expect(res.status, JSON.stringify(res.body)).to.equal(200);
      expect(res.body.correction).to.include({ undoneBy: 'Night editor' });
    }
    expect((await undo(made[0])).status, 'undone twice').to.equal(409);
    expect(await graphFingerprint(executor)).to.deep.equal(before);
    expect((await node(hague))?.name).to.equal('The Hague');
    expect((await node(signing))?.date).to.equal('2025-03-07');
    const all = (await request(app).get('/api/corrections').query({ undone: 'true' })).body.corrections;
    expect(all, 'undone corrections stay on record').to.have.length(5);
  });

  it('undoing one correction of several leaves the others in force, in any order', async () => {
    const schoof = await idOf(`n.name = 'Dick Schoof'`);
    const wever = await idOf(`n.name = 'Bart De Wever'`);
    const rename = (await correct({ kind: 'rename', entity: wever, name: 'Bart de Wever', why: 'house style' })).body;
    const merge = (await correct({ kind: 'merge', keep: wever, absorb: schoof, why: 'wrong on purpose' })).body;
    expect(await node(schoof)).to.equal(undefined);
    expect((await undo(rename.correction.id)).status).to.equal(200);
    expect((await node(wever))?.name).to.equal('Bart De Wever');
    expect(await node(schoof), 'the merge still holds').to.equal(undefined);
    await ingest();
    expect(await node(schoof), 'and still after ingesting again').to.equal(undefined);
    expect((await undo(merge.correction.id)).status).to.equal(200);
    expect((await node(schoof))?.name).to.equal('Dick Schoof');
  });
});
