import { expect } from 'chai';
import { Express } from 'express';
import request from 'supertest';
import type { ArticleAnswer } from '../../server/services/article-service';
import type { ReadoutsAnswer } from '../../server/services/readouts-service';
import { seededApp } from '../support/seed-graph';

const CALL = 'event:call:2022-06-15:vladimir-putin-xi-jinping';
const readoutsOf = (app: Express, id: string) => request(app).get(`/api/events/${encodeURIComponent(id)}/readouts`);
const articleOf = (app: Express, id: string) => request(app).get(`/api/articles/${encodeURIComponent(id)}`);

describe('the reader API on the seed graph: articles in full, readouts side by side', function () {
  this.timeout(180_000);
  let app: Express;
  let neo4j: Awaited<ReturnType<typeof seededApp>>['neo4j'];
  const cypher = (q: string, params: Record<string, unknown> = {}) => neo4j.executor.readText(q, params);
  before(async () => {
    ({ app, neo4j } = await seededApp());
  });

  describe('GET /api/articles/:id', () => {
    it('gives every article its sentences in order, meta as the graph holds it, an outlet where one published it', async () => {
      const articles = await cypher(
        `MATCH (a:Article) OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
         RETURN a.id AS id, a.title AS title, a.publishedAt AS publishedAt, a.url AS url, o.name AS outlet,
                [(a)-[:HAS_SENTENCE]->(s) | s] AS sentences`,
      );
      expect(articles.length).to.be.greaterThan(1);
      for (const a of articles) {
        const res = await articleOf(app, String(a.id)).expect(200);
        const body = res.body as ArticleAnswer;
        expect(body.article).to.include({ id: a.id, title: a.title ?? null, publishedAt: a.publishedAt ?? null });
        expect(body.article.outlet?.name ?? null).to.equal(a.outlet ?? null);
        expect(body.article.url).to.equal(a.url ?? null); // the seed's one address is https
        const stored = (a.sentences as { properties: { index: number; text: string } }[])
          .map((s) => s.properties)
          .sort((x, y) => x.index - y.index);
        expect(body.sentences.map((s) => [s.index, s.text])).to.deep.equal(stored.map((s) => [s.index, s.text]));
      }
    });

    it('locates every mention in its sentence by the words that named it, none overlapping', async () => {
      const rows = await cypher(
        `MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s)-[m:MENTIONS]->(x)
         RETURN s.id AS sentence, x.id AS entity, [n IN coalesce(m.surface, []) + [x.name] + coalesce(x.aliases, []) | toLower(n)] AS names`,
        { id: '001_cd2d930251a88537' },
      );
      const body = (await articleOf(app, '001_cd2d930251a88537').expect(200)).body as ArticleAnswer;
      let located = 0;
      for (const s of body.sentences) {
        const mentioned = rows.filter((r) => r.sentence === s.id);
        // Every mentioned entity is either placed in the text or said to be unplaced; nothing else is.
        const placed = new Set(s.mentions.map((m) => m.entityId));
        expect([...placed, ...s.unplaced.map((u) => u.id)].sort()).to.have.members(
          [...new Set(mentioned.map((r) => String(r.entity)))].sort(),
        );
        let end = 0;
        for (const m of s.mentions) {
          expect(m.start, `${s.id}: in order, apart`).to.be.at.least(end);
          end = m.end;
          const names = mentioned.find((r) => r.entity === m.entityId)!.names as string[];
          expect(names, `${s.id}: "${s.text.slice(m.start, m.end)}"`).to.include(
            s.text.slice(m.start, m.end).toLowerCase().replace(/'/g, '’').replace(/\s+/g, ' '),
          );
          located++;
        }
      }
      expect(located).to.be.greaterThan(20);
    });

    it('lists under each sentence exactly the facts whose evidence names it', async () => {
      const id = '001_cd2d930251a88537';
      const truth = await cypher(
        `MATCH (a)-[r]->(b) WHERE any(e IN coalesce(r.evidence, []) WHERE e STARTS WITH $prefix)
         UNWIND r.evidence AS sentence
         RETURN sentence, collect(elementId(r)) AS facts`,
        { prefix: `${id}:` },
      );
      const body = (await articleOf(app, id).expect(200)).body as ArticleAnswer;
      const facts = body.sentences.filter((s) => s.facts.length);
      expect(facts.length).to.be.greaterThan(3);
      for (const s of body.sentences) {
        const expected = (truth.find((t) => t.sentence === s.id)?.facts as string[] | undefined) ?? [];
        expect(s.facts.map((f) => f.id).sort(), s.id).to.deep.equal([...expected].sort());
      }
      const reported = facts.flatMap((s) => s.facts).find((f) => f.type === 'REPORTED_BY')!;
      expect(reported.source.id).to.equal(CALL);
      expect(reported.target.label).to.equal('Outlet');
    });

    it('never links to an address that is not http or https', async () => {
      await neo4j.executor.write((tx) =>
        tx.run(`CREATE (:Article {id: 'test:unsafe-url', title: 'Unsafe', url: 'javascript:alert(1)'})`),
      );
      try {
        const body = (await articleOf(app, 'test:unsafe-url').expect(200)).body as ArticleAnswer;
        expect(body.article).to.include({ title: 'Unsafe', url: null });
        expect(body.sentences).to.deep.equal([]);
      } finally {
        await neo4j.executor.write((tx) => tx.run(`MATCH (a:Article {id: 'test:unsafe-url'}) DELETE a`));
      }
    });

    it('answers an unknown article with a 404, a malformed id with a 400', async () => {
      const missing = await articleOf(app, 'no-such-article').expect(404);
      expect(missing.body.error).to.include({ code: 'not_found' });
      expect(missing.body.error.message).to.include('no-such-article');
      for (const bad of ['x'.repeat(501), 'line\nbreak', 'nul\u0000']) {
        const res = await articleOf(app, bad).expect(400);
        expect(res.body.error.code).to.equal('bad_request');
        expect(res.body.error.message.startsWith('id:')).to.equal(true);
      }
    });
  });

  describe('GET /api/events/:id/readouts', () => {
    let answer: ReadoutsAnswer;
    before(async () => {
      answer = (await readoutsOf(app, CALL).expect(200)).body;
    });
    const cards = () => [...answer.columns, ...answer.context].flatMap((c) => c.cards);

    it('names the event and gives its readouts in several columns', () => {
      expect(answer.event).to.include({ id: CALL, kind: 'call', date: '2022-06-15' });
      expect(answer.columns.length).to.be.at.least(2);
      expect(answer.sentences).to.equal(cards().length);
    });

    it('shows each sentence once: no sentence id or text in two columns', () => {
      const ids = cards().flatMap((c) => [c.sentenceId, ...c.copies.map((x) => x.sentenceId)]);
      expect(new Set(ids).size).to.equal(ids.length);
      const texts = cards().map((c) => c.text);
      expect(new Set(texts).size).to.equal(texts.length);
    });

    it('shows every sentence the graph holds about the event: its mentions and its facts’ evidence', async () => {
      const [row] = await cypher(
        `MATCH (e:Event {id: $id})
         RETURN [(s:Sentence)-[:MENTIONS]->(e) | s.id] + reduce(acc = [], r IN [(e)-[r]-() WHERE r.evidence IS NOT NULL | r] | acc + r.evidence) AS ids`,
        { id: CALL },
      );
      const shown = cards().flatMap((c) => [c.sentenceId, ...c.copies.map((x) => x.sentenceId)]);
      expect(shown.sort()).to.deep.equal([...new Set(row.ids as string[])].sort());
    });

    it('gives a sentence the graph credits to several sources to one column, the others alongside it', async () => {
      const [shared] = await cypher(
        `MATCH (:Event {id: $id})-[r:REPORTED_BY]->(o) UNWIND r.evidence AS sentence
         WITH sentence, collect(o.name) AS sources WHERE size(sources) > 2
         RETURN sentence, sources ORDER BY size(sources) DESC LIMIT 1`,
        { id: CALL },
      );
      expect(shared, 'the seed has a sentence credited to several outlets').to.not.equal(undefined);
      const holding = answer.columns.filter((c) =>
        c.cards.some((card) =>
          [card.sentenceId, ...card.copies.map((x) => x.sentenceId)].includes(shared.sentence as string),
        ),
      );
      expect(holding).to.have.length(1);
      const card = holding[0].cards.find((c) => c.sentenceId === shared.sentence)!;
      expect([holding[0].source.name, ...card.alongside.map((a) => a.source.name)]).to.have.members(
        shared.sources as string[],
      );
    });

    it('marks in every column a claim inside the text, and orders publishers, then agencies, then officials', () => {
      for (const column of answer.columns) {
        const claimed = column.cards.filter((c) => c.claim.length > 0);
        expect(claimed.length, column.source.name).to.be.greaterThan(0);
        for (const card of column.cards)
          for (const span of [...card.claim, ...card.onlyHere]) {
            expect(span.start).to.be.at.least(0);
            expect(span.end).to.be.within(span.start + 1, card.text.length);
          }
      }
      const rank = answer.columns.map((c) => ['publisher', 'agency', 'official'].indexOf(c.group));
      expect(rank).to.deep.equal([...rank].sort((a, b) => a - b));
    });

    it('shelves as publishers only outlets that published an article (or none recorded)', async () => {
      const publishers = (await cypher('MATCH (:Article)-[:PUBLISHED_BY]->(o:Outlet) RETURN collect(o.id) AS ids'))[0]
        .ids as string[];
      for (const c of [...answer.columns, ...answer.context].filter((c) => c.group === 'publisher'))
        expect(c.source.id === null || publishers.includes(c.source.id), c.source.name).to.equal(true);
    });

    it('answers a node that is no event, or no node, with a 404, a malformed id with a 400', async () => {
      expect((await readoutsOf(app, 'person:xi-jinping').expect(404)).body.error.message).to.include('No event');
      await readoutsOf(app, 'event:none').expect(404);
      await readoutsOf(app, 'bad\u0001id').expect(400);
    });
  });
});
