import { expect } from 'chai';
import { inflateRawSync } from 'node:zlib';
import { packExtraction, unpackExtraction } from '../../server/ingest/load/stored-extraction';
import { ArticleGraph, EntityRef } from '../../server/ingest/types';

const lena: EntityRef = { id: 'person:lena-holm', kind: 'Person', name: 'Lena Holm' };
const oslo: EntityRef = { id: 'place:oslo-no', kind: 'Place', name: 'Oslo', country: 'NO' };
const wire: EntityRef = { id: 'outlet:nordic-wire', kind: 'Outlet', name: 'Nordic Wire' };
const stray: EntityRef = { id: 'org:port-authority', kind: 'Organization', name: 'Port Authority' };
const graph: ArticleGraph = {
  article: { id: 'a', file: 'a.txt', title: 'Holm in Oslo', url: null, publishedAt: '2025-04-01', outlet: wire },
  sentences: ['Lena Holm arrived in Oslo, Nordic Wire said.', 'Holm met the Port Authority.'],
  entities: [lena, oslo],
  mentions: [
    { sentence: 0, start: 0, end: 9, text: 'Lena Holm', entity: lena, rule: 'ner-person' },
    { sentence: 0, start: 21, end: 25, text: 'Oslo', entity: oslo, rule: 'gazetteer-capital' },
    { sentence: 0, start: 27, end: 38, text: 'Nordic Wire', entity: wire, rule: 'gazetteer-outlet' },
    { sentence: 1, start: 0, end: 4, text: 'Holm', entity: lena, rule: 'ner-person+identity' },
    { sentence: 1, start: 13, end: 27, text: 'Port Authority', entity: stray, rule: 'ner-organization' },
  ],
  facts: [],
};

describe('stored extraction', () => {
  it('comes back exactly as it was stored, outlet and a mention of an unlisted entity included', () => {
    expect(unpackExtraction(packExtraction(graph))).to.deep.equal(graph);
  });

  it('names listed entities by id in its mentions', () => {
    const json = inflateRawSync(Buffer.from(packExtraction(graph), 'base64')).toString('utf8');
    const stored = JSON.parse(json) as { mentions: { entity: unknown }[] };
    expect(stored.mentions.map((m) => m.entity)).to.deep.equal([lena.id, oslo.id, wire.id, lena.id, stray]);
  });
});
