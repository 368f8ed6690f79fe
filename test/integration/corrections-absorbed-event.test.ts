import { config, expect } from 'chai';
import request from 'supertest';
import { Executor } from '../../server/db/executor';
import { ingestPaths } from '../../server/ingest/ingest';
import type { AddedArticle } from '../../server/services/article-writer';
import { appFor } from '../support/app';
import { correctionsClient } from '../support/corrections-client';
import { graphFingerprint } from '../support/graph-fingerprint';
import { getTestNeo4j } from '../support/neo4j';
import { getTestNlp } from '../support/nlp';
import { loadSeedGraph, SEEDS_DIR } from '../support/seed-graph';

const TOKEN = 'corrections-absorbed-event-token-0123456789';
config.truncateThreshold = 0;

const changes = (before: string[], after: string[]) => ({
  gone: before.filter((line) => !after.includes(line)),
  added: after.filter((line) => !before.includes(line)),
});
const unchanged = { gone: [], added: [] };

/**
 * A sixth article, not in the seeds, telling the 15 June call as some seeds do: dated to the month only, so that
 * its telling has the id of one the call was folded from, not the call's.
 */
const LATE_ARTICLE = `Chinese President Xi Jinping told Russian President Vladimir Putin in a phone call in June that China would keep supporting Russia on sovereignty and security, Xinhua reported.
`;

/**
 * Issue 22, the last gap: a merge whose absorbed side is the seeds' 15 June call (an event folded from several
 * articles' tellings) must hold through a plain ingest of the seeds, not only through the correction's own reload:
 * the tellings folded into the call are the call, so the merge takes every one of them to the kept event.
 */
describe('a merge absorbing an event several articles tell (the seeds 15 June call)', function () {
  this.timeout(900_000);
  let executor: Executor;
  let app: ReturnType<typeof appFor>;
  let call: string;
  let folded: string[];
  let other: string;
  const { correct, undo } = correctionsClient(() => app, TOKEN);
  const ingestSeeds = async () =>
    expect((await ingestPaths(executor, [SEEDS_DIR], { nlp: getTestNlp() })).failed).to.deep.equal([]);
  /** The call events the articles telling either call now mention, with Xi and Putin taking part. */
  const callsToldBy = async (articles: string[]) =>
    (
      await executor.readText(
        `MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Event)
         WHERE a.id IN $articles AND e.kind = 'call'
           AND (:Person {id: 'person:xi-jinping'})-[:PARTICIPATED_IN]->(e)
           AND (:Person {id: 'person:vladimir-putin'})-[:PARTICIPATED_IN]->(e)
         RETURN DISTINCT e.id AS id ORDER BY id`,
        { articles },
      )
    ).map((r) => String(r.id));
  const tellers = async (event: string) =>
    (
      await executor.readText(
        `MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Event {id: $event}) RETURN DISTINCT a.id AS id`,
        { event },
      )
    ).map((t) => String(t.id));
  /** An event's facts (either direction) with their evidence and articles, keyed by type and other end. */
  const factsOf = async (event: string) =>
    executor.readText(
      `MATCH (e:Event {id: $event})-[r]-(x:Entity) WHERE type(r) IN ['REPORTED_BY', 'PARTICIPATED_IN', 'TOOK_PLACE_IN', 'CONCERNS']
       RETURN type(r) + ' ' + x.id + ' ' + coalesce(r.key, '') AS fact, r.evidence AS evidence, r.articles AS articles
       ORDER BY fact`,
      { event },
    );
  const nodesWithIds = async (ids: string[]) =>
    (await executor.readText(`MATCH (n) WHERE n.id IN $ids RETURN n.id AS id`, { ids })).map((r) => String(r.id));

  beforeEach(async () => {
    const neo4j = await getTestNeo4j();
    executor = neo4j.executor;
    expect((await loadSeedGraph(executor)).failed).to.deep.equal([]);
    app = appFor(neo4j, { editToken: TOKEN, nlp: getTestNlp() });
    const calls = await executor.readText(
      `MATCH (e:Event {kind: 'call', date: '2022-06-15'}) RETURN e.id AS id, e.mergedFrom AS mergedFrom`,
    );
    expect(calls, 'one 15 June call').to.have.length(1);
    call = String(calls[0].id);
    folded = (calls[0].mergedFrom as string[] | null) ?? [];
    expect(folded, 'folded from tellings under other ids').to.not.deep.equal([]);
    const later = await executor.readText(
      `MATCH (e:Event {kind: 'call'}) WHERE e.id <> $call AND e.date IS NOT NULL RETURN e.id AS id ORDER BY e.id LIMIT 1`,
      { call },
    );
    expect(later, 'another dated call between them').to.have.length(1);
    other = String(later[0].id);
  });
  // Other files expect exactly the seed graph.
  after(async () => {
    await loadSeedGraph(executor);
  });

  it('holds through plain re-ingests of the seeds, with every fact of the call on the kept event, and undoes', async () => {
    const told = await tellers(call);
    const otherTold = await tellers(other);
    expect(told.length, 'the call is told by several articles').to.be.greaterThan(1);
    const callFacts = await factsOf(call);
    const before = await graphFingerprint(executor);

    const res = await correct({ kind: 'merge', keep: other, absorb: call, why: 'wrong on purpose' });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(res.body.notReloaded).to.deep.equal([]);

    const held = async (when: string) => {
      expect(await callsToldBy([...told, ...otherTold]), `one event for every telling, ${when}`).to.deep.equal([other]);
      expect(await nodesWithIds([call, ...folded]), `no node of the absorbed call, ${when}`).to.deep.equal([]);
      const kept = new Map((await factsOf(other)).map((f) => [String(f.fact), f]));
      for (const f of callFacts) {
        const on = kept.get(String(f.fact));
        expect(on, `${String(f.fact)} on the kept event, ${when}`).to.not.equal(undefined);
        expect(on!.evidence, `${String(f.fact)}'s sentences, ${when}`).to.include.members(f.evidence as string[]);
        expect(on!.articles, `${String(f.fact)}'s articles, ${when}`).to.include.members(f.articles as string[]);
      }
    };
    await held('once merged');
    const merged = await graphFingerprint(executor);
    await ingestSeeds();
    await held('after ingesting the seeds again');
    expect(changes(merged, await graphFingerprint(executor)), 're-ingesting changes nothing').to.deep.equal(unchanged);
    await ingestSeeds();
    await held('after ingesting them a third time');

    const undone = await undo(res.body.correction.id);
    expect(undone.status, JSON.stringify(undone.body)).to.equal(200);
    expect(changes(before, await graphFingerprint(executor)), 'undoing it gives the graph back').to.deep.equal(
      unchanged,
    );
    await ingestSeeds();
    expect(changes(before, await graphFingerprint(executor)), 'and ingesting again keeps it so').to.deep.equal(
      unchanged,
    );
  });

  it('takes a new article telling the absorbed call to the kept event, and gives it back on undo', async () => {
    const res = await correct({ kind: 'merge', keep: other, absorb: call, why: 'wrong on purpose' });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);

    // Through the other door, the API's: every load applies the corrections in force the same way.
    const added = await request(app)
      .post('/api/articles')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send({ text: LATE_ARTICLE, title: 'Xi and Putin spoke again', publishedAt: '2022-06-19' });
    expect(added.status, JSON.stringify(added.body)).to.equal(201);
    const late = String((added.body as AddedArticle).article.id);
    const [extracted] = await executor.readText(`MATCH (x:Extraction {article: $late}) RETURN x.entityIds AS ids`, {
      late,
    });
    const ids = extracted.ids as string[];
    expect(ids, 'the new article does not name the call by its own id').to.not.include(call);
    expect(
      ids.filter((id) => folded.includes(id)),
      'but by a telling the call was folded from',
    ).to.not.deep.equal([]);
    expect(await callsToldBy([late]), 'its telling is in the kept event').to.deep.equal([other]);
    expect(await nodesWithIds([call, ...folded]), 'no node of the absorbed call').to.deep.equal([]);

    const undone = await undo(res.body.correction.id);
    expect(undone.status, JSON.stringify(undone.body)).to.equal(200);
    expect(await callsToldBy([late]), 'undone, its telling is the 15 June call again').to.deep.equal([call]);
  });
});
