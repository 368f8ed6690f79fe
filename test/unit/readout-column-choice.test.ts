import { expect } from 'chai';
import {
  columnsThatFit,
  comparisonSummary,
  orderColumns,
  shownColumns,
  togglePin,
} from '../../client/src/readouts/column-choice';

// The 15 June 2022 call as the server orders it: publishing outlets, agencies, then official readouts.
const CALL = [
  { source: { name: 'Reuters' }, group: 'publisher' as const },
  { source: { name: 'AFP' }, group: 'agency' as const },
  { source: { name: 'Bloomberg' }, group: 'agency' as const },
  { source: { name: 'CCTV' }, group: 'official' as const },
  { source: { name: 'Kremlin' }, group: 'official' as const },
  { source: { name: 'Xinhua' }, group: 'official' as const },
];
const names = (cs: { source: { name: string } }[]) => cs.map((c) => c.source.name);

describe('readout columns: which show, in what order', () => {
  it('puts official readouts first by default, keeping the server’s order within each group', () => {
    expect(names(orderColumns(CALL, []))).to.deep.equal(['CCTV', 'Kremlin', 'Xinhua', 'AFP', 'Bloomberg', 'Reuters']);
  });

  it('puts pinned columns before all others, in the order they were pinned', () => {
    expect(names(orderColumns(CALL, ['Bloomberg', 'Reuters']))).to.deep.equal([
      'Bloomberg',
      'Reuters',
      'CCTV',
      'Kremlin',
      'Xinhua',
      'AFP',
    ]);
  });

  it('shows as many columns as the window fits, at least one', () => {
    expect(columnsThatFit(1440)).to.equal(4);
    expect(columnsThatFit(200)).to.equal(1);
    const ordered = orderColumns(CALL, []);
    expect(names(shownColumns(ordered, { pinned: [], chosen: null, fit: 3 }))).to.deep.equal([
      'CCTV',
      'Kremlin',
      'Xinhua',
    ]);
  });

  it('keeps a pinned column in view, and shows exactly what the journalist ticked once they chose', () => {
    const ordered = orderColumns(CALL, ['Reuters']);
    expect(names(shownColumns(ordered, { pinned: ['Reuters'], chosen: null, fit: 2 }))).to.deep.equal([
      'Reuters',
      'CCTV',
    ]);
    const chosen = new Set(['AFP', 'Xinhua']);
    expect(names(shownColumns(ordered, { pinned: ['Reuters'], chosen, fit: 2 }))).to.deep.equal([
      'Reuters',
      'Xinhua',
      'AFP',
    ]);
  });

  it('pins and unpins', () => {
    expect(togglePin(['CCTV'], 'Kremlin')).to.deep.equal(['CCTV', 'Kremlin']);
    expect(togglePin(['CCTV', 'Kremlin'], 'CCTV')).to.deep.equal(['Kremlin']);
  });

  it('says a single-source event plainly, and counts in words that agree with their number', () => {
    expect(comparisonSummary(1, 1, 1)).to.equal(
      'one source only: nothing to compare it with — 1 sentence from 1 article',
    );
    expect(comparisonSummary(7, 13, 3)).to.equal('7 sources — 13 sentences from 3 articles');
  });
});
