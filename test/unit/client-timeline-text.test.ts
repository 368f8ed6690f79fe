import { expect } from 'chai';
import { histogram } from '../../client/src/timeline/bins';
import { readDateRange } from '../../client/src/timeline/date-inputs';
import { describeBin, describeRange, summarise } from '../../client/src/timeline/timeline-text';
import { rangeOf } from '../../client/src/date-span';

describe('timeline: the date boxes and what the strip says', () => {
  it('reads the From/To boxes as a range, either end open', () => {
    expect(readDateRange(' 2022-06 ', '')).to.deep.equal({ ok: true, from: '2022-06', to: null });
    expect(readDateRange('', '')).to.deep.equal({ ok: true, from: null, to: null });
    // One day is a range: From and To may name the same period, or overlap at a coarser precision.
    expect(readDateRange('2022-06-15', '2022-06-15')).to.include({ ok: true });
    expect(readDateRange('2022-06-15', '2022-06')).to.include({ ok: true });
  });

  it('names the box that is wrong and why', () => {
    expect(readDateRange('2022-13', '')).to.deep.include({ ok: false, field: 'from' });
    expect(readDateRange('2022-02-30', '')).to.deep.include({ ok: false, field: 'from' });
    const backwards = readDateRange('2022-06', '2022-05-31');
    expect(backwards).to.deep.include({ ok: false, field: 'to' });
    expect(backwards.ok === false && backwards.message).to.contain('before');
    const bad = readDateRange('2022', 'June');
    expect(bad.ok === false && bad.message).to.equal('To “June” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('tells a bar its count, its period, and what the date filter hides of it', () => {
    const h = histogram(
      [
        { id: 'a', date: '2022-06-15', count: 1 },
        { id: 'b', date: '2022-06-15', count: 1 },
        { id: 'm', date: '2022-06', count: 1 },
      ],
      { maxBins: 60, range: rangeOf('2022-06-20', null) },
    );
    const [june, day] = h.bins;
    expect(describeBin(june, h.unit)).to.deep.equal(['1 event dated only to Jun 2022']);
    expect(describeBin(day, h.unit)).to.deep.equal(['2 events · 15 Jun 2022', '2 hidden by the date filter']);
    expect(summarise(h, 'canvas')).to.equal('3 dated events, by day');
    expect(summarise(histogram([], { maxBins: 60 }), 'graph')).to.equal('No dated events in the graph');
    expect(describeRange('2022-06', '2022-08')).to.equal('Jun 2022 – Aug 2022');
    expect(describeRange('2022', '2022')).to.equal('2022');
  });
});
