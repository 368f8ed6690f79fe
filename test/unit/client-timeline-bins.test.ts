import { expect } from 'chai';
import { dayNumber, isoOfPeriod, parsePartialDate, rangeOf } from '../../client/src/date-span';
import { chooseUnit, DatedItem, histogram } from '../../client/src/timeline/bins';
import { snapToPeriods, ticks, timeScale } from '../../client/src/timeline/time-scale';

const event = (id: string, date: unknown): DatedItem => ({ id, date, count: 1 });
const spans = (...dates: string[]) => dates.map((d) => parsePartialDate(d)!);
/** Bins as readable rows: "month 2022-06 ×2 (base 0)". */
const rows = (items: DatedItem[], maxBins = 60) =>
  histogram(items, { maxBins }).bins.map(
    (b) => `${b.precision} ${isoOfPeriod(b.start, b.precision)} ×${b.count}@${b.base}`,
  );

describe('timeline binning', () => {
  it('reads day, month and year dates as the days they cover, and refuses days that do not exist', () => {
    expect(parsePartialDate('2022-06-15')).to.deep.equal({
      precision: 'day',
      start: dayNumber(2022, 6, 15),
      end: dayNumber(2022, 6, 16),
    });
    const june = parsePartialDate('2022-06')!;
    expect([june.precision, june.end - june.start]).to.deep.equal(['month', 30]);
    const leap = parsePartialDate('2024')!;
    expect([leap.precision, leap.end - leap.start]).to.deep.equal(['year', 366]);
    for (const bad of ['2022-13', '2022-02-30', '2022-6-1', '22-06-15', 'June 2022', ''])
      expect(parsePartialDate(bad), bad).to.equal(null);
    expect(isoOfPeriod(dayNumber(33, 3, 1), 'day')).to.equal('0033-03-01');
  });

  it('bins a short span of day-precise events by day', () => {
    const items = [event('a', '2022-06-15'), event('b', '2022-06-15'), event('c', '2022-06-20')];
    const h = histogram(items, { maxBins: 60 });
    expect(h.unit).to.equal('day');
    expect(rows(items)).to.deep.equal(['day 2022-06-15 ×2@0', 'day 2022-06-20 ×1@0']);
    expect(h.bins[0].ids).to.deep.equal(['a', 'b']);
    expect(h.max).to.equal(2);
    // A spare day on each side of the events.
    expect([isoOfPeriod(h.domain!.start, 'day'), isoOfPeriod(h.domain!.end, 'day')]).to.deep.equal([
      '2022-06-14',
      '2022-06-22',
    ]);
  });

  it('bins years of events by month, and decades by year', () => {
    const years = [event('a', '2021-03-02'), event('b', '2021-03-30'), event('c', '2023-11-01')];
    expect(histogram(years, { maxBins: 60 }).unit).to.equal('month');
    expect(rows(years)).to.deep.equal(['month 2021-03 ×2@0', 'month 2023-11 ×1@0']);
    const decades = [event('a', '1991-08-19'), event('b', '2014-02'), event('c', '2022-02-24')];
    expect(histogram(decades, { maxBins: 60 }).unit).to.equal('year');
    expect(rows(decades)).to.deep.equal(['year 1991 ×1@0', 'year 2014 ×1@0', 'year 2022 ×1@0']);
    // The width decides too: the same three years fit by month in 60 bins, not in 20.
    expect(chooseUnit(spans('2021-03-02', '2023-11-01'), 20)).to.equal('year');
  });

  it('draws a month-precise event across its month, beneath the day bars inside it', () => {
    const items = [event('m1', '2022-06'), event('m2', '2022-06'), event('d', '2022-06-15'), event('e', '2022-07-02')];
    const h = histogram(items, { maxBins: 60 });
    expect(h.unit).to.equal('day');
    // Coarser bars first; the day bar in June stands on June's two events, the one in July on nothing.
    expect(rows(items)).to.deep.equal(['month 2022-06 ×2@0', 'day 2022-06-15 ×1@2', 'day 2022-07-02 ×1@0']);
    const june = h.bins[0];
    expect([june.start, june.end]).to.deep.equal([dayNumber(2022, 6, 1), dayNumber(2022, 7, 1)]);
    expect(h.max).to.equal(3);
  });

  it('never bins by day when the finest date is a month, and keeps a year-only date as its year', () => {
    expect(histogram([event('a', '2022-02'), event('b', '2022-03')], { maxBins: 60 }).unit).to.equal('month');
    const items = [event('y', '2022'), event('m', '2022-02'), event('d', '2022-02-24')];
    expect(rows(items)).to.deep.equal(['year 2022 ×1@0', 'month 2022-02 ×2@1']);
  });

  it('counts undated events apart, by id', () => {
    const items = [event('a', '2022-06-15'), event('u1', undefined), event('u2', ''), event('u3', 'sometime')];
    const h = histogram(items, { maxBins: 60 });
    expect(h.undated).to.deep.equal({ count: 3, ids: ['u1', 'u2', 'u3'] });
    expect(h.bins.reduce((n, b) => n + b.count, 0)).to.equal(1);
  });

  it('gives one event a bar among a week of days, not the whole strip', () => {
    const h = histogram([event('a', '2022-06-15')], { maxBins: 60 });
    expect(h.bins).to.have.length(1);
    expect(h.domain!.end - h.domain!.start).to.be.at.least(7);
    expect(h.domain!.start).to.be.below(dayNumber(2022, 6, 15));
    expect(h.domain!.end).to.be.above(dayNumber(2022, 6, 16));
  });

  it('has no bins and no domain for an empty canvas or only undated events', () => {
    expect(histogram([], { maxBins: 60 })).to.deep.include({ domain: null, bins: [], max: 0 });
    expect(histogram([event('u', null)], { maxBins: 60 }).undated.count).to.equal(1);
  });

  it('adds up counts from the server, and counts what the date range keeps', () => {
    const counts = [
      { date: '2022-06-15', count: 4 },
      { date: '2022-06', count: 2 },
      { date: null, count: 5 },
    ];
    const h = histogram(counts, { maxBins: 60, range: rangeOf('2022-06-20', null) });
    expect(h.undated).to.deep.equal({ count: 5, ids: [] });
    const [june, day] = h.bins;
    // June overlaps a range from 20 June; the 15th does not.
    expect([june.count, june.kept, day.count, day.kept]).to.deep.equal([2, 2, 4, 0]);
  });
});

describe('timeline scale', () => {
  const june = { start: dayNumber(2022, 6, 1), end: dayNumber(2022, 7, 1) };

  it('maps days to pixels and back', () => {
    const scale = timeScale(june, 10, 300);
    expect(scale.x(june.start)).to.equal(10);
    expect(scale.x(june.end)).to.equal(310);
    expect(scale.day(160)).to.equal(dayNumber(2022, 6, 16));
  });

  it('labels ticks by calendar, as densely as the width allows, with the year where it starts or changes', () => {
    const wide = ticks(june, 'day', 1500);
    expect(wide.map((t) => t.label).slice(0, 3)).to.deep.equal(['1 Jun', '2 Jun', '3 Jun']);
    expect(wide[0].year).to.equal('2022');
    expect(wide[1].year).to.equal(null);
    expect(ticks(june, 'day', 300).map((t) => t.label)).to.deep.equal(['1 Jun', '8 Jun', '15 Jun', '22 Jun']);
    expect(ticks(june, 'day', 150).map((t) => t.label)).to.deep.equal(['1 Jun', '15 Jun']);
    const years = { start: dayNumber(2021, 11), end: dayNumber(2023, 3) };
    const monthly = ticks(years, 'month', 800);
    expect(monthly.map((t) => `${t.label}${t.year ? ` ${t.year}` : ''}`).slice(0, 4)).to.deep.equal([
      'Nov 2021',
      'Dec',
      'Jan 2022',
      'Feb',
    ]);
    const decades = { start: dayNumber(1990), end: dayNumber(2025) };
    expect(ticks(decades, 'year', 400).map((t) => t.label)).to.deep.equal([
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
    ]);
  });

  it('snaps a brushed stretch to whole periods of the unit, either way round', () => {
    const from = dayNumber(2022, 6, 3) + 0.4;
    const to = dayNumber(2022, 6, 9) + 0.2;
    expect(snapToPeriods(from, to, 'day')).to.deep.equal({ from: '2022-06-03', to: '2022-06-09' });
    expect(snapToPeriods(to, from, 'month')).to.deep.equal({ from: '2022-06', to: '2022-06' });
    expect(snapToPeriods(dayNumber(2021, 5), dayNumber(2023, 1, 1), 'year')).to.deep.equal({
      from: '2021',
      to: '2022',
    });
  });
});
