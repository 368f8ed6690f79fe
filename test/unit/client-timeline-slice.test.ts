import { expect } from 'chai';
import cytoscape from 'cytoscape';
import { edge, node } from '../support/client-elements';
import { filterBySlice, hideStranded, mergeElements } from '../../client/src/graph-model';
import { canvasValues, undatedOnCanvas } from '../../client/src/timeline/canvas-events';
import { numericChart } from '../../client/src/timeline/chart-data';
import { keptByNumberRange, numericHistogram, roundStep, ValuedItem } from '../../client/src/timeline/numeric-bins';
import { formatNumber, numberTicks, readNumberRange, snapToBins } from '../../client/src/timeline/numeric-scale';
import { EVENT_DATE, parseSliceKey, shownProperty, sliceProperties } from '../../client/src/timeline/slice-property';
import { decodeView, encodeView } from '../../client/src/url-state';

const data = (id: string, label: string, props: Record<string, unknown> = {}) => node(id, label, props).data;
const valued = (...values: unknown[]): ValuedItem[] => values.map((value, i) => ({ id: `n${i}`, value }));

describe('timeline: choosing the property to slice by', () => {
  it('offers every number and date property of each label as "Label.property", events’ date first', () => {
    const offered = sliceProperties([
      data('m1', 'Movie', { title: 'The Matrix', released: 1999, tagline: 'Welcome' }),
      data('m2', 'Movie', { title: 'Cast Away', released: 2000 }),
      data('p1', 'Person', { born: 1964 }),
      data('o1', 'Order', { orderDate: '1996-07-04T00:00:00Z', freight: 32.38 }),
      data('e1', 'Event', { kind: 'call', date: '2022-06-15' }),
      data('e2', 'Event', { kind: 'talks' }),
    ]);
    expect(offered.map((p) => `${p.key}:${p.kind}`)).to.deep.equal([
      'Event.date:date',
      'Movie.released:number',
      'Order.freight:number',
      'Order.orderDate:date',
      'Person.born:number',
    ]);
  });

  it('leaves out a property whose values are not all of one kind, and the fields the server adds', () => {
    const offered = sliceProperties([
      data('a', 'Thing', { code: 12, year: '2020' }),
      data('b', 'Thing', { code: 'X-12', year: 2021 }),
      data('c', 'Thing', { size: Number.NaN }),
    ]);
    expect(offered).to.deep.equal([]);
    expect(sliceProperties([{ id: 3, label: 'Thing', elementId: 4 }])).to.deep.equal([]);
  });

  it('reads a key as label and property, refusing a malformed one', () => {
    expect(parseSliceKey('Movie.released')).to.deep.equal({ label: 'Movie', property: 'released' });
    expect(parseSliceKey('Order.ship.date')).to.deep.equal({ label: 'Order', property: 'ship.date' });
    for (const bad of ['released', '.released', 'Movie.', '']) expect(parseSliceKey(bad), bad).to.equal(null);
    expect(EVENT_DATE).to.equal('Event.date');
  });

  it('shows the chosen property, else events’ date on a news graph, else the first a foreign graph offers', () => {
    const movies = sliceProperties([data('m', 'Movie', { released: 1999 }), data('p', 'Person', { born: 1964 })]);
    const news = sliceProperties([data('e', 'Event', { date: '2022-06-15' }), data('s', 'Sentence', { index: 3 })]);
    const open = { chosen: null, news: false, from: null, to: null };
    expect(shownProperty(movies, open).key).to.equal('Movie.released');
    expect(shownProperty(movies, { ...open, chosen: 'Person.born' }).key).to.equal('Person.born');
    expect(shownProperty(news, { ...open, news: true }).key).to.equal(EVENT_DATE);
    // A news canvas with no event yet still defaults to events' date; so does an empty foreign one.
    expect(shownProperty(sliceProperties([data('s', 'Sentence', { index: 3 })]), { ...open, news: true }).key).to.equal(
      EVENT_DATE,
    );
    expect(shownProperty([], open)).to.deep.equal({ key: EVENT_DATE, label: 'Event', property: 'date', kind: 'date' });
    // Chosen but on no node yet (a link opening): its range tells numbers from dates.
    const link = { ...open, chosen: 'Movie.released', from: '1999', to: '2003.5' };
    expect(shownProperty([], link).kind).to.equal('number');
    expect(shownProperty([], { ...link, chosen: 'Order.orderDate', from: '1996-07', to: null }).kind).to.equal('date');
  });

  it('keeps the chosen property in the share link, and only a well-formed one', () => {
    const base = { ids: [], hiddenKinds: [], from: '1999', to: '2003', eventsAsEdges: false, settings: {} };
    const decoded = decodeView(encodeView({ ...base, slice: 'Movie.released' }));
    expect([decoded.slice, decoded.from, decoded.to]).to.deep.equal(['Movie.released', '1999', '2003']);
    expect(decodeView(encodeView(base)).slice).to.equal(undefined);
    expect(decodeView('#slice=nodot&from=1').slice).to.equal(undefined);
  });
});

describe('timeline: numeric bins', () => {
  it('bins whole numbers like years one per bar when they fit, never at half a year', () => {
    const h = numericHistogram(valued(1999, 1999, 2000, 2003, 2012), { maxBins: 100 });
    expect(h.step).to.equal(1);
    expect(h.bins.map((b) => [b.start, b.end, b.count])).to.deep.equal([
      [1999, 2000, 2],
      [2000, 2001, 1],
      [2003, 2004, 1],
      [2012, 2013, 1],
    ]);
    const chart = numericChart(h);
    expect(chart.bins.map((b) => b.period)).to.deep.equal(['1999', '2000', '2003', '2012']);
    expect(h.domain).to.deep.equal({ start: 1998, end: 2014 });
    // Narrow: bars of 5 years, named by their first and last year.
    const narrow = numericHistogram(valued(1975, 1999, 2000, 2003, 2012), { maxBins: 10 });
    expect(narrow.step).to.equal(5);
    expect(numericChart(narrow).bins.map((b) => `${b.period}×${b.count}`)).to.deep.equal([
      '1975–1979×1',
      '1995–1999×1',
      '2000–2004×2',
      '2010–2014×1',
    ]);
    // Two close years never make bins narrower than a year.
    expect(numericHistogram(valued(2000, 2001), { maxBins: 400 }).step).to.equal(1);
  });

  it('bins fractions at round widths, counts what the range keeps, and the nodes with no number apart', () => {
    const h = numericHistogram(valued(0.1, 0.25, 0.3, 0.95, 'n/a', null), {
      maxBins: 12,
      range: { min: 0.2, max: 0.5 },
    });
    expect(h.step).to.equal(0.1);
    expect(h.integers).to.equal(false);
    expect(h.bins.map((b) => `${b.start}-${b.end}:${b.kept}/${b.count}`)).to.deep.equal([
      '0.1-0.2:0/1',
      '0.2-0.3:1/1',
      '0.3-0.4:1/1',
      '0.9-1:0/1',
    ]);
    expect(h.missing).to.deep.equal({ count: 2, ids: ['n4', 'n5'] });
    expect(numericHistogram(valued('x'), { maxBins: 10 }).domain).to.equal(null);
  });

  it('picks round bar widths: 1, 2 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.5, 3, 7, 11, 180].map((w) => roundStep(w, true))).to.deep.equal([1, 1, 2, 5, 10, 20, 200]);
    expect([0.03, 0.3, 1.5].map((w) => roundStep(w, false))).to.deep.equal([0.05, 0.5, 2]);
  });

  it('writes years without grouping, large numbers grouped, ticks on whole bars', () => {
    expect([1999, 0.1 * 3, 120000, -4].map(formatNumber)).to.deep.equal(['1999', '0.3', '120,000', '-4']);
    const ticks = numberTicks({ start: 1970, end: 2015 }, 1, 450);
    expect(ticks.map((t) => t.label)).to.deep.equal([
      '1970',
      '1975',
      '1980',
      '1985',
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
    ]);
    for (const t of numberTicks({ start: 0, end: 1 }, 0.1, 1000)) expect(t.label).to.not.match(/\d{6}/);
  });

  it('snaps a brushed stretch to whole bars: 1999.2–2003.7 is 1999–2003; bars of 5 end on their last year', () => {
    expect(snapToBins(2003.7, 1999.2, 1, true)).to.deep.equal({ from: '1999', to: '2003' });
    expect(snapToBins(1996, 2001, 5, true)).to.deep.equal({ from: '1995', to: '2004' });
    expect(snapToBins(0.15, 0.28, 0.1, false)).to.deep.equal({ from: '0.1', to: '0.3' });
  });

  it('reads the range boxes as numbers, naming what is wrong', () => {
    expect(readNumberRange(' 1999 ', '')).to.deep.equal({ ok: true, from: '1999', to: null });
    expect(readNumberRange('-2.5', '1e3')).to.deep.equal({ ok: true, from: '-2.5', to: '1e3' });
    expect(readNumberRange('1999a', '')).to.deep.include({ ok: false, field: 'from' });
    expect(readNumberRange('2003', '1999')).to.deep.include({ ok: false, field: 'to' });
    expect(keptByNumberRange(2003, '1999', '2003')).to.equal(true);
    expect(keptByNumberRange(2004, '1999', '2003')).to.equal(false);
    expect(keptByNumberRange(undefined, '1999', null)).to.equal(false);
    expect(keptByNumberRange(undefined, null, null)).to.equal(true);
  });
});

describe('timeline: slicing the canvas by a property', () => {
  /** Three movies, their actors (Keanu in two), a movie with no year. */
  function movies() {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    mergeElements(cy, {
      nodes: [
        node('matrix', 'Movie', { released: 1999 }),
        node('reloaded', 'Movie', { released: 2003 }),
        node('castaway', 'Movie', { released: 2000 }),
        node('unknown', 'Movie'),
        node('keanu', 'Person', { born: 1964 }),
        node('tom', 'Person', { born: 1956 }),
        node('lone', 'Person'),
      ],
      edges: [
        edge('a1', 'keanu', 'matrix', 'ACTED_IN'),
        edge('a2', 'keanu', 'reloaded', 'ACTED_IN'),
        edge('a3', 'tom', 'castaway', 'ACTED_IN'),
        edge('a4', 'tom', 'unknown', 'ACTED_IN'),
      ],
    });
    return cy;
  }
  const hidden = (cy: cytoscape.Core, cls: string) =>
    cy
      .nodes(`.${cls}`)
      .map((n) => n.id())
      .sort();

  it('hides the nodes outside the range and those with no value, and then the nodes they strand', () => {
    const cy = movies();
    filterBySlice(cy, 'Movie.released', '2000', '2002');
    expect(hidden(cy, 'slice-hidden')).to.deep.equal(['matrix', 'reloaded', 'unknown']);
    expect(hideStranded(cy)).to.equal(1);
    expect(hidden(cy, 'stranded')).to.deep.equal(['keanu']);
    // No range: nothing hidden; no property: nothing hidden either.
    filterBySlice(cy, 'Movie.released', null, null);
    expect(hidden(cy, 'slice-hidden')).to.deep.equal([]);
    filterBySlice(cy, 'Movie.released', '1999', '1999');
    filterBySlice(cy, null, '1999', '1999');
    expect(hidden(cy, 'slice-hidden')).to.deep.equal([]);
  });

  it('compares a date property as the date filter does', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    mergeElements(cy, {
      nodes: [node('o1', 'Order', { orderDate: '1996-07-04' }), node('o2', 'Order', { orderDate: '1997-01-02' })],
      edges: [],
    });
    filterBySlice(cy, 'Order.orderDate', '1996', '1996');
    expect(hidden(cy, 'slice-hidden')).to.deep.equal(['o2']);
  });

  it('reads the values of the label’s nodes, and lists those with none as "no value"', () => {
    const cy = movies();
    expect(canvasValues(cy, 'Person.born').map((v) => `${v.id}:${String(v.value)}`)).to.deep.equal([
      'keanu:1964',
      'tom:1956',
      'lone:undefined',
    ]);
    filterBySlice(cy, 'Movie.released', '1999', null);
    expect(undatedOnCanvas(cy, 'Movie.released', 'number')).to.deep.equal([
      { id: 'unknown', caption: 'unknown', hidden: true },
    ]);
  });
});
