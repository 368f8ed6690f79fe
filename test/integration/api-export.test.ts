import { expect } from 'chai';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { Express } from 'express';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import request from 'supertest';
import { appFor } from '../support/app';
import {
  CALL,
  KREMLIN,
  loadExportGraph,
  MANY_SENTENCES,
  ODD_KEY,
  PUTIN,
  READOUT_SENTENCE,
  TRICKY_NOTE,
  TRICKY_SENTENCE,
  XI,
} from '../support/export-graph';
import { getTestNeo4j, startTestNeo4j, TestNeo4j } from '../support/neo4j';

type Body = Record<string, unknown>;

/** The whole file as text, whatever its media type (supertest parses only JSON by itself). */
const asText = (res: request.Response, done: (err: Error | null, body: string) => void) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => done(null, text));
};

describe('POST /api/export', function () {
  this.timeout(180_000);
  let app: Express;
  let noteId: string;
  const canvas = () => [XI, PUTIN, CALL, KREMLIN, noteId];

  const exportFile = async (body: Body) => {
    const res = await request(app).post('/api/export').send(body).buffer(true).parse(asText).expect(200);
    return { res, text: res.body as string };
  };

  before(async () => {
    const neo4j = await getTestNeo4j();
    await loadExportGraph(neo4j.executor);
    app = appFor(neo4j);
    const [note] = await neo4j.executor.readText('MATCH (n:Note) RETURN elementId(n) AS id');
    noteId = String(note.id);
  });

  it('JSON keeps every fact with its rule and, per sentence, the article id and the text', async () => {
    const { res, text } = await exportFile({ format: 'json', ids: canvas() });
    expect(res.headers['content-type']).to.match(/^application\/json/);
    expect(res.headers['content-disposition']).to.match(/^attachment; filename="readout-\d{4}-\d{2}-\d{2}\.json"$/);
    const doc = JSON.parse(text);
    expect(doc.nodes.map((n: { id: string }) => n.id)).to.have.members(canvas());
    const xi = doc.nodes.find((n: { id: string }) => n.id === XI);
    expect(xi).to.deep.include({ label: 'Person', name: 'Xi Jinping', kind: 'Person' });
    expect(xi.properties).to.not.have.property('aliasText');
    expect(doc.nodes.find((n: { id: string }) => n.id === CALL)).to.include({ kind: 'call' });
    expect(doc.edges.map((e: { type: string }) => e.type)).to.have.members([
      'PARTICIPATED_IN',
      'PARTICIPATED_IN',
      'REPORTED_BY',
      'ABOUT',
      'PRAISED',
    ]);
    const xiCall = doc.edges.find(
      (e: { source: string; type: string }) => e.source === XI && e.type === 'PARTICIPATED_IN',
    );
    expect(xiCall).to.deep.include({ target: CALL, rule: 'event-subject', articles: ['article:001', 'article:002'] });
    expect(xiCall.evidence).to.deep.equal([
      { articleId: 'article:001', sentenceId: 'article:001#0', text: READOUT_SENTENCE, rule: 'event-subject' },
      { articleId: 'article:002', sentenceId: 'article:002#3', text: TRICKY_SENTENCE, rule: 'event-subject' },
    ]);
  });

  it('bounds the evidence per fact and says what it left out', async () => {
    const { res, text } = await exportFile({ format: 'json', ids: [XI, KREMLIN, 'person:nobody'] });
    expect(res.headers['readout-truncated']).to.equal('true');
    expect(res.headers['readout-missing-ids']).to.equal('1');
    expect(res.headers['readout-left-out']).to.include('1 facts with only their first 50 sentences');
    const doc = JSON.parse(text);
    const praised = doc.edges.find((e: { type: string }) => e.type === 'PRAISED');
    expect(praised.evidence).to.have.length(50);
    expect(praised.moreSentences).to.equal(MANY_SENTENCES - 50);
    expect(doc.leftOut).to.deep.equal({
      relationships: false,
      factsWithMoreSentences: 1,
      missingIds: ['person:nobody'],
    });
    const complete = await exportFile({ format: 'json', ids: [XI, CALL] });
    expect(complete.res.headers['readout-truncated']).to.equal('false');
    expect(complete.res.headers).to.not.have.property('readout-left-out');
  });

  it('exports what GET /api/subgraph returns for the same parameters', async () => {
    const subgraph = await request(app).get('/api/subgraph').query({ id: XI, depth: 2 }).expect(200);
    const { text } = await exportFile({ format: 'json', subgraph: { id: XI, depth: 2 } });
    const doc = JSON.parse(text);
    const ids = subgraph.body.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(ids).to.include.members([XI, CALL, PUTIN]);
    expect(doc.nodes.map((n: { id: string }) => n.id)).to.have.members(ids);
    const putinCall = doc.edges.find((e: { source: string }) => e.source === PUTIN);
    expect(putinCall.evidence[0]).to.deep.include({ articleId: 'article:001', text: READOUT_SENTENCE });
  });

  it('GEXF reads back with graphology-gexf: nodes with label, name, kind; edges with type, rule and evidence', async () => {
    const { res, text } = await exportFile({ format: 'gexf', ids: canvas() });
    expect(res.headers['content-type']).to.match(/^application\/gexf\+xml/);
    expect(res.headers['content-disposition']).to.match(/filename="readout-\d{4}-\d{2}-\d{2}\.gexf"/);
    const graph = parseGexf(Graph, text);
    expect(graph.order).to.equal(5);
    expect(graph.size).to.equal(5);
    expect(graph.getNodeAttributes(CALL)).to.include({ label: 'Event', name: 'call', kind: 'call' });
    expect(JSON.parse(graph.getNodeAttribute(CALL, 'properties') as string)).to.include({ note: TRICKY_NOTE });
    const [xiCall] = graph.edges(XI, CALL);
    expect(graph.getEdgeAttributes(xiCall)).to.include({
      type: 'PARTICIPATED_IN',
      rule: 'event-subject',
      evidence: `${READOUT_SENTENCE}\n${TRICKY_SENTENCE}`,
      articles: 'article:001;article:002',
    });
  });

  it('GraphML reads back with graphology-graphml, with the same attributes', async () => {
    const { res, text } = await exportFile({ format: 'graphml', ids: canvas() });
    expect(res.headers['content-type']).to.match(/^application\/graphml\+xml/);
    const graph = parseGraphml(Graph, text);
    expect(graph.order).to.equal(5);
    expect(graph.size).to.equal(5);
    expect(graph.getNodeAttributes(XI)).to.include({ label: 'Person', name: 'Xi Jinping', labels: 'Person;Entity' });
    const [reported] = graph.edges(CALL, KREMLIN);
    expect(graph.getEdgeAttributes(reported)).to.include({
      type: 'REPORTED_BY',
      rule: 'according-to',
      evidence: READOUT_SENTENCE,
      articles: 'article:001',
    });
    const [xiCall] = graph.edges(XI, CALL);
    expect(graph.getEdgeAttribute(xiCall, 'evidence')).to.equal(`${READOUT_SENTENCE}\n${TRICKY_SENTENCE}`);
  });

  it('CSV of nodes and of edges: UTF-8 with a BOM, RFC 4180, evidence and article ids per fact', async () => {
    const nodes = await exportFile({ format: 'csv-nodes', ids: canvas() });
    expect(nodes.res.headers['content-type']).to.match(/^text\/csv; charset=utf-8/);
    expect(nodes.res.headers['content-disposition']).to.match(/filename="readout-\d{4}-\d{2}-\d{2}-nodes\.csv"/);
    expect(nodes.text.startsWith('\uFEFF')).to.equal(true);
    const nodeRows = parseCsv(nodes.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(nodeRows[0])).to.deep.equal(['id', 'label', 'labels', 'name', 'kind', 'properties']);
    expect(nodeRows.map((r) => r.id)).to.have.members(canvas());
    // A cell a spreadsheet would run as a formula is defused; the value stays whole in the properties.
    const note = nodeRows.find((r) => r.id === noteId)!;
    expect(note.name).to.equal(`'=HYPERLINK("http://example.com")`);
    expect(JSON.parse(note.properties)).to.deep.equal({
      title: '=HYPERLINK("http://example.com")',
      pages: [1, 2, 3],
      ...ODD_KEY,
    });
    expect(nodeRows.find((r) => r.id === CALL)!.properties).to.include(JSON.stringify(TRICKY_NOTE));

    const edges = await exportFile({ format: 'csv-edges', ids: canvas() });
    expect(edges.text.startsWith('\uFEFF')).to.equal(true);
    expect(edges.text).to.include('\r\n');
    const edgeRows = parseCsv(edges.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(edgeRows[0])).to.deep.equal([
      'id',
      'source',
      'target',
      'type',
      'rule',
      'articles',
      'evidence',
      'sentence_ids',
      'sentence_articles',
      'properties',
    ]);
    const xiCall = edgeRows.find((r) => r.source === XI && r.type === 'PARTICIPATED_IN')!;
    expect(xiCall).to.include({
      target: CALL,
      rule: 'event-subject',
      articles: 'article:001;article:002',
      evidence: `${READOUT_SENTENCE}\n${TRICKY_SENTENCE}`,
      sentence_ids: 'article:001#0;article:002#3',
      sentence_articles: 'article:001;article:002',
    });
    expect(xiCall.evidence).to.include('call – their second').and.include('"candid"');
  });

  describe('the Cypher script', () => {
    let target: TestNeo4j;
    before(async () => {
      target = await startTestNeo4j('readout-export-target', { readoutSchema: false });
    });
    after(async () => target?.stop());

    const runScript = async (script: string) => {
      const statements = script.split('\n').filter((line) => line.trim() && !line.startsWith('//'));
      for (const statement of statements) await target.executor.write((tx) => tx.run(statement));
      return statements.length;
    };

    it('recreates the nodes and relationships in another Neo4j, with labels and properties; a rerun adds nothing', async () => {
      const { res, text } = await exportFile({ format: 'cypher', ids: canvas() });
      expect(res.headers['content-disposition']).to.match(/filename="readout-\d{4}-\d{2}-\d{2}\.cypher"/);
      expect(await runScript(text)).to.equal(10);
      const source = await getTestNeo4j();
      const [counts] = await target.executor.readText(
        'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
      );
      expect(counts).to.deep.equal({ nodes: 5, relationships: 5 });
      const [call] = await target.executor.readText(
        'MATCH (n {id: $id}) RETURN labels(n) AS labels, properties(n) AS p',
        {
          id: CALL,
        },
      );
      const [original] = await source.executor.readText('MATCH (n {id: $id}) RETURN properties(n) AS p', { id: CALL });
      expect(call.labels).to.have.members(['Event', 'Entity']);
      expect(call.p).to.deep.equal(original.p);
      expect((call.p as Body).note).to.equal(TRICKY_NOTE);
      const [xi] = await target.executor.readText('MATCH (n:Person {id: $id}) RETURN n.aliases AS aliases', { id: XI });
      expect(xi.aliases).to.deep.equal(['Xi', 'President Xi']);
      const [note] = await target.executor.readText(
        'MATCH (n:Note)-[r:ABOUT]->(:Event {id: $call}) RETURN n.title AS title, n.pages AS pages, n.readoutId AS readoutId, r.written AS written, n[$odd] AS odd',
        { call: CALL, odd: Object.keys(ODD_KEY)[0] },
      );
      expect(note).to.deep.equal({
        title: '=HYPERLINK("http://example.com")',
        pages: [1, 2, 3],
        readoutId: noteId,
        written: 'by hand',
        odd: Object.values(ODD_KEY)[0],
      });
      const facts = await target.executor.readText(
        `MATCH (a)-[r:PARTICIPATED_IN]->(:Event {id: $call}) RETURN a.id AS who, properties(r) AS p ORDER BY who`,
        { call: CALL },
      );
      const originals = await source.executor.readText(
        `MATCH (a)-[r:PARTICIPATED_IN]->(:Event {id: $call}) RETURN a.id AS who, properties(r) AS p ORDER BY who`,
        { call: CALL },
      );
      expect(facts).to.deep.equal(originals);
      await runScript(text);
      const [again] = await target.executor.readText(
        'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
      );
      expect(again).to.deep.equal({ nodes: 5, relationships: 5 });
    });
  });

  describe('bad input', () => {
    const cases: [string, unknown, RegExp][] = [
      ['no format', { ids: [XI] }, /^format: /],
      [
        'an unknown format',
        { format: 'pdf', ids: [XI] },
        /^format: one of gexf, graphml, csv-nodes, csv-edges, cypher, json/,
      ],
      ['neither ids nor a subgraph', { format: 'json' }, /^ids: give exactly one of ids or subgraph/],
      ['both ids and a subgraph', { format: 'json', ids: [XI], subgraph: { id: XI } }, /^ids: give exactly one/],
      ['ids that are not a list', { format: 'json', ids: XI }, /^ids: /],
      ['an empty list', { format: 'json', ids: [] }, /^ids: give at least one id/],
      ['too many ids', { format: 'json', ids: Array.from({ length: 2001 }, (_, i) => `x${i}`) }, /^ids: at most 2,000/],
      ['a subgraph too deep', { format: 'json', subgraph: { id: XI, depth: 9 } }, /^subgraph\.depth: /],
      ['a subgraph without its centre', { format: 'json', subgraph: { depth: 1 } }, /^subgraph\.id: /],
      ['an unknown field', { format: 'json', ids: [XI], colour: 'red' }, /colour/],
      ['a body that is a list', [1, 2], /^request: /],
    ];
    for (const [what, body, message] of cases) {
      it(`${what} is a 400 saying so`, async () => {
        const res = await request(app)
          .post('/api/export')
          .send(body as object)
          .expect(400);
        expect(res.body.error.code).to.equal('bad_request');
        expect(res.body.error.message).to.match(message);
      });
    }

    it('ids that name nothing are a 404, an unknown subgraph centre too', async () => {
      const none = await request(app)
        .post('/api/export')
        .send({ format: 'gexf', ids: ['person:nobody'] })
        .expect(404);
      expect(none.body.error.message).to.equal('None of the ids names a node');
      await request(app)
        .post('/api/export')
        .send({ format: 'gexf', subgraph: { id: 'person:nobody' } })
        .expect(404);
    });

    it('arbitrary bodies get an answer below 500', async () => {
      const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(XI, CALL, '', '\u0000', 'x'.repeat(600)));
      const body = fc.oneof(
        fc.record(
          {
            format: fc.oneof(fc.constantFrom('gexf', 'graphml', 'csv-nodes', 'csv-edges', 'cypher', 'json'), text),
            ids: fc.oneof(fc.array(text, { maxLength: 5 }), fc.jsonValue({ maxDepth: 1 })),
            subgraph: fc.oneof(
              fc.record(
                { id: text, depth: fc.jsonValue({ maxDepth: 0 }), limit: fc.integer(), types: text, cursor: text },
                { requiredKeys: [] },
              ),
              fc.jsonValue({ maxDepth: 1 }),
            ),
          },
          { requiredKeys: [] },
        ),
        fc.jsonValue({ maxDepth: 2 }),
      );
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          const res = await request(app)
            .post('/api/export')
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(b));
          expect(res.status, JSON.stringify(b)).to.be.below(500);
        }),
        { numRuns: 150 },
      );
    });

    it('a body that is not JSON is a 400, not a 500', async () => {
      await request(app).post('/api/export').set('Content-Type', 'application/json').send('{"format":').expect(400);
    });
  });
});
