import { expect } from 'chai';
import cytoscape from 'cytoscape';
import { edge, node } from '../support/client-elements';
import {
  collapseEvents,
  expandEvents,
  filterByDate,
  filterKinds,
  hideStranded,
  mergeElements,
} from '../../client/src/graph-model';
import { decodeView, encodeView } from '../../client/src/url-state';
import { colourOf, eventEdgeLabel, formatDate, nodeCaption } from '../../client/src/style';

function graph() {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  mergeElements(cy, {
    nodes: [
      node('xi', 'Person'),
      node('putin', 'Person'),
      node('call', 'Event', { kind: 'call', date: '2022-06-15' }),
      node('old', 'Event', { kind: 'meeting', date: '2022-02' }),
    ],
    edges: [
      edge('e1', 'xi', 'call', 'PARTICIPATED_IN'),
      edge('e2', 'putin', 'call', 'PARTICIPATED_IN'),
      edge('e3', 'xi', 'old', 'PARTICIPATED_IN'),
    ],
  });
  return cy;
}

describe('client graph model (cytoscape headless)', () => {
  it('merges elements once, and never adds an edge without both ends', () => {
    const cy = graph();
    const again = mergeElements(cy, { nodes: [node('xi', 'Person')], edges: [edge('e9', 'xi', 'nowhere', 'X')] });
    expect(again).to.deep.equal([]);
    expect(cy.nodes()).to.have.length(4);
    expect(cy.edges()).to.have.length(3);
  });

  it('collapses a two-party event into one labelled edge, and back', () => {
    const cy = graph();
    expect(collapseEvents(cy)).to.equal(1);
    const collapsed = cy.getElementById('collapsed:call');
    expect(collapsed.data('caption')).to.equal('called · 15 Jun 2022');
    expect([collapsed.data('source'), collapsed.data('target')].sort()).to.deep.equal(['putin', 'xi']);
    expect(cy.getElementById('call').hasClass('collapsed')).to.equal(true);
    expect(cy.getElementById('old').hasClass('collapsed')).to.equal(false); // one party only
    expandEvents(cy);
    expect(cy.getElementById('collapsed:call').empty()).to.equal(true);
    expect(cy.getElementById('call').hasClass('collapsed')).to.equal(false);
  });

  it('filters events by date range, keeping precision-aware bounds', () => {
    const cy = graph();
    filterByDate(cy, '2022-06', null);
    expect(cy.getElementById('old').hasClass('date-hidden')).to.equal(true);
    expect(cy.getElementById('call').hasClass('date-hidden')).to.equal(false);
    filterByDate(cy, null, '2022-02');
    expect(cy.getElementById('call').hasClass('date-hidden')).to.equal(true);
    expect(cy.getElementById('old').hasClass('date-hidden')).to.equal(false);
  });

  it('hides undated events while a date filter is set, and shows them again without one', () => {
    const cy = graph();
    mergeElements(cy, { nodes: [node('undated', 'Event', { kind: 'talks' })], edges: [] });
    filterByDate(cy, null, null);
    expect(cy.getElementById('undated').hasClass('date-hidden')).to.equal(false);
    filterByDate(cy, '2000', null);
    expect(cy.getElementById('undated').hasClass('date-hidden')).to.equal(true);
    expect(cy.getElementById('call').hasClass('date-hidden')).to.equal(false);
    filterByDate(cy, null, null);
    expect(cy.getElementById('undated').hasClass('date-hidden')).to.equal(false);
  });

  it('keeps a month-precise event whose month overlaps the range, at either end', () => {
    const cy = graph();
    // 'old' is February 2022 as a whole: a range starting on 10 February or ending on 1 February still meets it.
    filterByDate(cy, '2022-02-10', '2022-06-30');
    expect(cy.getElementById('old').hasClass('date-hidden')).to.equal(false);
    filterByDate(cy, '2021-12-01', '2022-02-01');
    expect(cy.getElementById('old').hasClass('date-hidden')).to.equal(false);
    expect(cy.getElementById('call').hasClass('date-hidden')).to.equal(true);
    filterByDate(cy, '2022-03-01', null);
    expect(cy.getElementById('old').hasClass('date-hidden')).to.equal(true);
    // A day-precise event is kept on its own day at both bounds.
    filterByDate(cy, '2022-06-15', '2022-06-15');
    expect(cy.getElementById('call').hasClass('date-hidden')).to.equal(false);
  });

  it('hides the edge that stands for a collapsed event along with the event', () => {
    const cy = graph();
    collapseEvents(cy);
    filterByDate(cy, '2023', null);
    expect(cy.getElementById('collapsed:call').hasClass('date-hidden')).to.equal(true);
    filterByDate(cy, null, null);
    expect(cy.getElementById('collapsed:call').hasClass('date-hidden')).to.equal(false);
  });

  it('hides an outlet whose only event is drawn as an edge, and shows it with the event again', () => {
    const cy = graph();
    mergeElements(cy, { nodes: [node('xinhua', 'Outlet')], edges: [edge('r1', 'call', 'xinhua', 'REPORTED_BY')] });
    collapseEvents(cy);
    expect(hideStranded(cy)).to.equal(1);
    expect(cy.getElementById('xinhua').hasClass('stranded')).to.equal(true);
    expect(cy.getElementById('putin').hasClass('stranded')).to.equal(false);
    expandEvents(cy);
    expect(hideStranded(cy)).to.equal(0);
  });

  it('hides the people of events a date filter hides, not those still in a shown event', () => {
    const cy = graph();
    mergeElements(cy, { nodes: [node('modi', 'Person')], edges: [edge('e4', 'modi', 'old', 'PARTICIPATED_IN')] });
    filterByDate(cy, '2022-06', null);
    hideStranded(cy);
    expect(cy.nodes('.stranded').map((n) => n.id())).to.deep.equal(['modi']);
  });

  it('leaves a node drawn alone and nodes still linked to each other; a node the reader hid strands nothing', () => {
    const cy = graph();
    mergeElements(cy, {
      nodes: [node('art', 'Article'), node('s1', 'Sentence'), node('lone', 'Person')],
      edges: [edge('m1', 'old', 's1', 'STATED_IN'), edge('m2', 's1', 'art', 'IN_ARTICLE')],
    });
    filterByDate(cy, '2022-06', null);
    expect(hideStranded(cy)).to.equal(0);
    filterByDate(cy, null, null);
    filterKinds(cy, new Set(['Sentence']));
    expect(
      cy
        .nodes('.stranded')
        .map((n) => n.id())
        .sort(),
    ).to.deep.equal([]);
    expect(hideStranded(cy)).to.equal(1);
    expect(cy.getElementById('art').hasClass('stranded')).to.equal(true);
    filterKinds(cy, new Set());
    cy.getElementById('call').addClass('user-hidden');
    expect(hideStranded(cy)).to.equal(0);
  });

  it('round-trips the view through the address', () => {
    const view = {
      ids: ['person:xi-jinping', '4:abc:12'],
      hiddenKinds: ['Sentence'],
      from: '2022',
      to: '2022-06-30',
      eventsAsEdges: true,
      settings: {},
    };
    expect(decodeView(`#${encodeView(view)}`)).to.deep.equal({ ...view, idsBeyondCap: 0 });
    expect(decodeView('')).to.deep.equal({
      ids: [],
      idsBeyondCap: 0,
      hiddenKinds: [],
      from: null,
      to: null,
      eventsAsEdges: false,
      settings: {},
    });
  });

  it('formats dates and colours kinds stably', () => {
    expect(formatDate('2022-02')).to.equal('Feb 2022');
    expect(eventEdgeLabel('meeting', null)).to.equal('met');
    expect(nodeCaption({ label: 'Event', kind: 'call', date: '2022-06-15', name: 'Call: Xi – Putin' })).to.equal(
      'Call · 15 Jun 2022',
    );
    expect(nodeCaption({ label: 'Person', name: 'Xi Jinping' })).to.equal('Xi Jinping');
    expect(colourOf('Movie')).to.equal(colourOf('Movie'));
    expect(colourOf('Person')).to.not.equal(colourOf('Country'));
  });
});
