import { expect } from 'chai';
import { Express } from 'express';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { REPO_ROOT } from '../../server/config';
import { Executor } from '../../server/db/executor';
import type { ArticleAnswer } from '../../server/services/article-service';
import type { AddedArticle } from '../../server/services/article-writer';
import { appFor } from '../support/app';
import { getTestNeo4j } from '../support/neo4j';
import { getTestNlp } from '../support/nlp';
import { loadSeedGraph } from '../support/seed-graph';

const TOKEN = 'a-test-edit-token-of-some-length';
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/articles');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const PORT_TALKS = fixture('port-talks.txt').toString('utf8');

describe('POST /api/articles: adding an article from the API', function () {
  this.timeout(180_000);
  let executor: Executor;
  let app: Express;
  const post = () => request(app).post('/api/articles').set('Authorization', `Bearer ${TOKEN}`);
  const counts = async () => {
    const [row] = await executor.readText(
      'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    );
    return { nodes: Number(row.nodes), rels: Number(row.rels) };
  };
  const articlesNamed = async (title: string) =>
    Number((await executor.readText('MATCH (a:Article {title: $title}) RETURN count(a) AS n', { title }))[0].n);

  before(async () => {
    const neo4j = await getTestNeo4j();
    executor = neo4j.executor;
    await loadSeedGraph(executor);
    app = appFor(neo4j, { editToken: TOKEN, nlp: getTestNlp() });
  });
  // Other files expect exactly the seed graph.
  after(async () => {
    await loadSeedGraph(executor);
  });

  describe('the edit token', () => {
    it('is refused on a server without one (403 editing_disabled), whatever the request carries', async () => {
      const closed = appFor(await getTestNeo4j(), { nlp: getTestNlp() });
      const res = await request(closed)
        .post('/api/articles')
        .set('Authorization', `Bearer ${TOKEN}`)
        .send({ text: PORT_TALKS })
        .expect(403);
      expect(res.body.error.code).to.equal('editing_disabled');
    });

    it('answers 401 with a Bearer challenge without the header or with a wrong token, and writes nothing', async () => {
      const before = await counts();
      const none = await request(app).post('/api/articles').send({ text: PORT_TALKS }).expect(401);
      expect(none.headers['www-authenticate']).to.match(/^Bearer/);
      const wrong = await request(app)
        .post('/api/articles')
        .set('Authorization', 'Bearer not-the-token-at-all')
        .send({ text: PORT_TALKS })
        .expect(401);
      expect(wrong.body.error.message).to.match(/wrong/);
      expect(await counts()).to.deep.equal(before);
    });
  });

  describe('with the token', () => {
    let added: AddedArticle;

    it('adds a JSON article and says what was extracted; the article reads back through GET /api/articles/:id', async () => {
      const res = await post()
        .send({ text: PORT_TALKS, url: 'https://news.example/rail-link', publishedAt: '2026-11-17' })
        .expect(201);
      added = res.body as AddedArticle;
      expect(added.article).to.include({
        title: 'Kenya and Tanzania agree to expand cross-border rail link',
        url: 'https://news.example/rail-link',
        publishedAt: '2026-11-17',
      });
      expect(added.article.id).to.match(/^kenya-and-tanzania-[a-z-]*_[0-9a-f]{16}$/);
      expect(added.sentences).to.be.greaterThan(3);
      expect(added.facts).to.be.greaterThan(0);
      expect(added.seconds).to.be.a('number');
      const names = added.entities.map((e) => e.name);
      expect(names).to.include.members(['William Ruto', 'Kenya', 'Tanzania']);
      for (const e of added.entities) expect(e).to.have.keys('id', 'name', 'kind');
      expect(added.events.length, 'the meeting in Arusha').to.be.greaterThan(0);
      for (const e of added.events) expect(e).to.have.keys('id', 'name', 'kind', 'date');

      const read = (
        await request(app)
          .get(`/api/articles/${encodeURIComponent(added.article.id)}`)
          .expect(200)
      ).body as ArticleAnswer;
      expect(read.article.title).to.equal(added.article.title);
      expect(read.sentences.length).to.equal(added.sentences);
    });

    it('replaces an article posted again (its id comes from its text): one Article node, nothing grows', async () => {
      const before = await counts();
      const again = (await post().send({ text: PORT_TALKS, publishedAt: '2026-11-17' }).expect(201))
        .body as AddedArticle;
      expect(again.article.id).to.equal(added.article.id);
      expect(await articlesNamed(added.article.title!)).to.equal(1);
      expect((await counts()).nodes).to.equal(before.nodes);
    });

    it('adds a .txt upload with metadata fields', async () => {
      const res = await post()
        .field('title', 'Chile and Peru discuss a harbour')
        .field('outlet', 'Andes Daily')
        .attach('file', fixture('harbour.txt'), 'harbour.txt')
        .expect(201);
      const body = res.body as AddedArticle;
      expect(body.article.title).to.equal('Chile and Peru discuss a harbour');
      expect(body.article.outlet?.name).to.equal('Andes Daily');
      expect(body.entities.map((e) => e.name)).to.include.members(['Chile', 'Peru']);
    });

    it("reduces an .html upload to its article, taking title, address, date and site from the page's meta", async () => {
      const body = (await post().attach('file', fixture('fisheries.html'), 'fisheries.html').expect(201))
        .body as AddedArticle;
      expect(body.article).to.include({
        title: 'Norway and Iceland sign fisheries deal',
        url: 'https://nordicwire.example/2026/11/fisheries-deal',
        publishedAt: '2026-11-18',
      });
      expect(body.article.outlet?.name).to.equal('Nordic Wire');
      const read = (
        await request(app)
          .get(`/api/articles/${encodeURIComponent(body.article.id)}`)
          .expect(200)
      ).body as ArticleAnswer;
      const text = read.sentences.map((s) => s.text).join(' ');
      expect(text).to.include('mackerel');
      for (const boilerplate of ['Subscribe', 'Most read', 'Ferry timetable', 'Cookie settings', 'script ran'])
        expect(text, boilerplate).to.not.include(boilerplate);
    });

    it('adds each file of a batch in turn; a bad file fails alone', async () => {
      const res = await post()
        .attach('file', fixture('harbour.txt'), 'harbour.txt')
        .attach('file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'picture.txt')
        .attach('file', fixture('port-talks.txt'), 'port-talks.txt')
        .expect(201);
      const results = res.body.results as { file: string; ok: boolean; error?: { status: number } }[];
      expect(results.map((r) => [r.file, r.ok])).to.deep.equal([
        ['harbour.txt', true],
        ['picture.txt', false],
        ['port-talks.txt', true],
      ]);
      expect(results[1].error?.status).to.equal(422);
    });
  });

  describe('bad input: a 4xx with a clear message and nothing written', () => {
    const cases: [string, (r: request.Test) => request.Test, number, RegExp][] = [
      ['empty text', (r) => r.send({ text: '   \n ' }), 400, /empty/],
      ['no text at all', (r) => r.send({ title: 'A title alone' }), 400, /text/],
      ['NUL bytes in JSON text', (r) => r.send({ text: `Minister said\u0000\u0000 hello` }), 422, /binary/],
      [
        'a binary .txt upload',
        (r) => r.attach('file', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'photo.txt'),
        422,
        /binary/,
      ],
      [
        'a .txt that is not UTF-8',
        (r) => r.attach('file', Buffer.from('Caf\xe9 talks in S\xe3o Paulo', 'latin1'), 'latin.txt'),
        422,
        /UTF-8/,
      ],
      [
        'a 10 MB JSON body',
        (r) => r.set('Content-Type', 'application/json').send(JSON.stringify({ text: 'word '.repeat(2_000_000) })),
        413,
        /too large/,
      ],
      ['a 10 MB file', (r) => r.attach('file', Buffer.alloc(10 * 1024 * 1024, 'a '), 'huge.txt'), 413, /too large/],
      [
        'broken HTML with no article text',
        (r) =>
          r.attach(
            'file',
            Buffer.from('<html><head><script>var a = "<p>"</script></head><body><div><nav><a href=/>Home</a>'),
            'broken.html',
          ),
        422,
        /no article text/,
      ],
      [
        'a wrong content type',
        (r) => r.set('Content-Type', 'text/plain').send('Ministers met on Monday.'),
        415,
        /JSON|multipart/,
      ],
      ['a PDF upload', (r) => r.attach('file', Buffer.from('%PDF-1.7 ...'), 'report.pdf'), 415, /\.txt and \.html/],
      ['a bad date', (r) => r.send({ text: PORT_TALKS, publishedAt: 'last Tuesday' }), 400, /publishedAt/],
      ['a javascript: address', (r) => r.send({ text: PORT_TALKS, url: 'javascript:alert(1)' }), 400, /url/],
      ['malformed JSON', (r) => r.set('Content-Type', 'application/json').send('{"text": "unclosed'), 400, /JSON/],
    ];
    for (const [what, send, status, message] of cases)
      it(`${what} → ${status}`, async () => {
        const before = await counts();
        const res = await send(post()).expect(status);
        expect(res.body.error.message, JSON.stringify(res.body)).to.match(message);
        expect(await counts()).to.deep.equal(before);
      });
  });

  describe('GET /api/changes', () => {
    it('streams one event per added article with its id and the ids of its entities, with no token', async () => {
      const server = http.createServer(app).listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      try {
        const received = new Promise<{ type: string; articleIds: string[]; entityIds: string[] }>((resolve, reject) => {
          http
            .get(`http://127.0.0.1:${port}/api/changes`, (res) => {
              expect(res.headers['content-type']).to.match(/^text\/event-stream/);
              let buffer = '';
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => {
                buffer += chunk;
                const event = /event: change\ndata: (.*)\n\n/.exec(buffer);
                if (event) {
                  resolve(JSON.parse(event[1]));
                  res.destroy();
                }
              });
              // Posts only once the stream is open.
              void post().attach('file', fixture('harbour.txt'), 'harbour.txt').expect(201).catch(reject);
            })
            .on('error', reject);
        });
        const change = await received;
        expect(change.type).to.equal('articles');
        expect(change.articleIds).to.have.length(1);
        expect(change.entityIds).to.include('country:cl');
      } finally {
        server.closeAllConnections();
        server.close();
      }
    });

    it('streams one event for each file of a multi-file post (scripts send batches)', async () => {
      const server = http.createServer(app).listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      try {
        let posted: Promise<request.Response> | undefined;
        const events = await new Promise<{ type: string; articleIds: string[] }[]>((resolve, reject) => {
          http
            .get(`http://127.0.0.1:${port}/api/changes`, (res) => {
              let buffer = '';
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => {
                buffer += chunk;
                const all = [...buffer.matchAll(/event: change\ndata: (.*)\n\n/g)].map((m) => JSON.parse(m[1]));
                if (all.length === 2) {
                  resolve(all);
                  res.destroy();
                }
              });
              posted = post()
                .attach('file', fixture('harbour.txt'), 'harbour.txt')
                .attach('file', fixture('port-talks.txt'), 'port-talks.txt')
                .expect(201);
              posted.catch(reject);
            })
            .on('error', reject);
        });
        const { results } = (await posted!).body as { results: { ok: boolean; summary: AddedArticle }[] };
        expect(events.map((e) => e.type)).to.deep.equal(['articles', 'articles']);
        expect(events.map((e) => e.articleIds)).to.deep.equal(results.map((r) => [r.summary.article.id]));
      } finally {
        server.closeAllConnections();
        server.close();
      }
    });
  });
});
