import { expect } from 'chai';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { toGexf } from '../../server/services/export/gexf';
import { toGraphml } from '../../server/services/export/graphml';
import { ExportScene } from '../../server/services/export/model';

/** Text an article or another graph may hold that XML 1.0 cannot: a control character, a lone surrogate. */
const UNWRITABLE = 'Bell\u0007 and half a pair \uD83D, then <tags> & "quotes" – kept';

const scene: ExportScene = {
  nodes: [
    {
      id: 'a',
      label: 'Person',
      labels: ['Person'],
      name: UNWRITABLE,
      kind: 'Person',
      properties: { note: UNWRITABLE },
    },
    { id: 'b', label: 'Event', labels: ['Event'], name: 'call', kind: 'call', properties: {} },
  ],
  edges: [
    {
      id: 'e',
      source: 'a',
      target: 'b',
      type: 'PARTICIPATED_IN',
      rule: 'event-subject',
      articles: ['article:1'],
      evidence: [{ sentenceId: 's', text: UNWRITABLE, articleId: 'article:1' }],
      moreSentences: 0,
      properties: {},
    },
  ],
  leftOut: { relationships: false, factsWithMoreSentences: 0, missingIds: [] },
  generatedAt: '2026-12-07T00:00:00.000Z',
};

const WRITTEN = 'Bell\uFFFD and half a pair \uFFFD, then <tags> & "quotes" – kept';

describe('exports: text XML cannot hold', () => {
  it('GEXF replaces it, so the file still parses, and keeps the rest as written', () => {
    const graph = parseGexf(Graph, toGexf(scene));
    expect(graph.getNodeAttribute('a', 'name')).to.equal(WRITTEN);
    expect(graph.getEdgeAttribute(graph.edges('a', 'b')[0], 'evidence')).to.equal(WRITTEN);
  });

  it('GraphML too', () => {
    const graph = parseGraphml(Graph, toGraphml(scene));
    expect(graph.getNodeAttribute('a', 'name')).to.equal(WRITTEN);
    expect(graph.getEdgeAttribute(graph.edges('a', 'b')[0], 'evidence')).to.equal(WRITTEN);
  });
});
