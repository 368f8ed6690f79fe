import { expect } from 'chai';
import { EventSummary, planEventMerges } from '../../server/ingest/load/consolidate';

/** One test per rule that folds an article's less precise telling of an event into the one that dates it. */

const event = (id: string, over: Partial<EventSummary> = {}): EventSummary => ({
  id,
  kind: 'call',
  date: null,
  dateRule: null,
  planned: null,
  sequence: null,
  published: [],
  ...over,
});
const day = (id: string, date: string, over: Partial<EventSummary> = {}) =>
  event(id, { date, dateRule: 'date-in-clause', ...over });

describe('consolidating events across articles', () => {
  it('same-day-same-family: talks and a meeting of the same day are one, named by the id that sorts first', () =>
    expect(
      planEventMerges([
        [
          day('talks', '2024-05-02', { kind: 'talks', cameo: '046' }),
          day('meeting', '2024-05-02', { kind: 'meeting', cameo: '044' }),
        ],
      ]),
    ).to.deep.equal([{ from: 'talks', into: 'meeting', rule: 'same-day-same-family' }]));
  it('month-to-day: a month folds into the one day of that month', () =>
    expect(planEventMerges([[event('month', { date: '2024-05' }), day('day', '2024-05-02')]])).to.deep.equal([
      { from: 'month', into: 'day', rule: 'month-to-day' },
    ]));
  it('month-to-day needs a single day: two calls that month stay apart', () =>
    expect(
      planEventMerges([[event('month', { date: '2024-05' }), day('a', '2024-05-02'), day('b', '2024-05-20')]]),
    ).to.deep.equal([]));
  it('publication-day-to-day: "has told" on the 19th is the call of the 15th', () =>
    expect(
      planEventMerges([
        [event('weak', { date: '2022-06-19', dateRule: 'present-tense-lede' }), day('day', '2022-06-15')],
      ]),
    ).to.deep.equal([{ from: 'weak', into: 'day', rule: 'publication-day-to-day' }]));
  it('publication-day-to-day looks back a week, not further', () =>
    expect(
      planEventMerges([
        [event('weak', { date: '2022-06-19', dateRule: 'present-tense-lede' }), day('day', '2022-06-01')],
      ]),
    ).to.deep.equal([]));
  it('undated-by-sequence: "the second call since the invasion" finds the call counted so', () =>
    expect(
      planEventMerges([
        [
          event('undated', { sequence: '2 since invasion' }),
          day('first', '2022-02-25', { sequence: '1 since invasion' }),
          day('second', '2022-06-15', { sequence: '2 since invasion' }),
          day('later', '2025-02-24'),
        ],
      ]),
    ).to.deep.equal([{ from: 'undated', into: 'second', rule: 'undated-by-sequence' }]));
  it('undated-to-only-twin: the only dated call near the publication date', () =>
    expect(
      planEventMerges([
        [event('undated', { published: ['2024-05-03'] }), day('near', '2024-05-02'), day('old', '2019-01-10')],
      ]),
    ).to.deep.equal([{ from: 'undated', into: 'near', rule: 'undated-to-only-twin' }]));
  it('an undated telling with two candidates stays undated', () =>
    expect(planEventMerges([[event('undated'), day('a', '2024-05-02'), day('b', '2024-06-02')]])).to.deep.equal([]));
  it('undated-by-shared-source: of two dated calls, the one the same outlet reported', () =>
    expect(
      planEventMerges([
        [
          event('undated', { reporters: ['bloomberg'] }),
          day('a', '2022-06-15', { reporters: ['xinhua', 'bloomberg'] }),
          day('b', '2025-02-24', { reporters: ['kremlin'] }),
        ],
      ]),
    ).to.deep.equal([{ from: 'undated', into: 'a', rule: 'undated-by-shared-source' }]));
  it('other kinds never fold together', () =>
    expect(planEventMerges([[event('undated'), day('visit', '2024-05-02', { kind: 'visit' })]])).to.deep.equal([]));
  it('a lasting event has no publication window', () =>
    expect(
      planEventMerges([
        [
          event('undated', { kind: 'invasion', lasting: true, published: ['2025-02-24'] }),
          day('dated', '2022-02-24', { kind: 'invasion', lasting: true }),
        ],
      ]),
    ).to.deep.equal([{ from: 'undated', into: 'dated', rule: 'undated-to-only-twin' }]));
});
