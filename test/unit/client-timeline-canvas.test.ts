import { expect } from 'chai';
import cytoscape from 'cytoscape';
import { edge, node } from '../support/client-elements';
import { collapseEvents, filterByDate, filterKinds, mergeElements } from '../../client/src/graph-model';
import { canvasItems, eventIdsWithin, selectEvents, undatedOnCanvas } from '../../client/src/timeline/canvas-events';
import { dayNumber } from '../../client/src/date-span';

/** Xi and Putin on a call (two parties: it can collapse into an edge), a February event, an undated one. */
function canvas() {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  mergeElements(cy, {
    nodes: [
      node('xi', 'Person'),
      node('putin', 'Person'),
      node('call', 'Event', { kind: 'call', date: '2022-06-15' }),
      node('feb', 'Event', { kind: 'ceremony', date: '2022-02' }),
      node('talks', 'Event', { kind: 'talks' }),
    ],
    edges: [edge('e1', 'xi', 'call'), edge('e2', 'putin', 'call'), edge('e3', 'xi', 'feb'), edge('e4', 'xi', 'talks')],
  });
  return cy;
}

describe('timeline: the events on the canvas', () => {
  it('counts every event a kind filter leaves, whatever the date filter hides', () => {
    const cy = canvas();
    filterByDate(cy, '2022-06', null);
    expect(canvasItems(cy).map((i) => i.id)).to.deep.equal(['call', 'feb', 'talks']);
    filterKinds(cy, new Set(['Event']));
    expect(canvasItems(cy)).to.deep.equal([]);
  });

  it('lists the undated ones with their captions, saying when the date filter hides them', () => {
    const cy = canvas();
    expect(undatedOnCanvas(cy)).to.deep.equal([{ id: 'talks', caption: 'Talks (undated)', hidden: false }]);
    filterByDate(cy, '2022', null);
    expect(undatedOnCanvas(cy)[0].hidden).to.equal(true);
  });

  it("finds a whole-graph bar's events on the canvas: those whose whole date falls in its period", () => {
    const cy = canvas();
    const june = { start: dayNumber(2022, 6, 1), end: dayNumber(2022, 7, 1) };
    expect(eventIdsWithin(cy, june)).to.deep.equal(['call']);
    const year = { start: dayNumber(2022), end: dayNumber(2023) };
    expect(eventIdsWithin(cy, year)).to.deep.equal(['call', 'feb']);
    // February 2022 is not within one day of it.
    expect(eventIdsWithin(cy, { start: dayNumber(2022, 2, 1), end: dayNumber(2022, 2, 2) })).to.deep.equal([]);
  });

  it('selects events as drawn: the node, or the edge that stands for a collapsed one', () => {
    const cy = canvas();
    cy.getElementById('xi').select();
    collapseEvents(cy);
    selectEvents(cy, ['call', 'feb']);
    expect(
      cy
        .$(':selected')
        .map((e) => e.id())
        .sort(),
    ).to.deep.equal(['collapsed:call', 'feb']);
  });
});
