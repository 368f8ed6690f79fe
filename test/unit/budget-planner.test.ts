import { expect } from 'chai';
import {
  advance,
  decodeCursor,
  encodeCursor,
  fairShares,
  leftOut,
  pageWindows,
} from '../../server/services/budget-planner';

describe('the expansion budget planner', () => {
  it('gives small types all they have and splits the rest fairly', () =>
    expect(
      Object.fromEntries(
        fairShares(
          new Map([
            ['A', 2],
            ['B', 1000],
            ['C', 1000],
          ]),
          100,
        ),
      ),
    ).to.deep.equal({
      A: 2,
      B: 49,
      C: 49,
    }));
  it('spends the whole budget and no more', () =>
    expect(
      [
        ...fairShares(
          new Map([
            ['A', 50],
            ['B', 50],
            ['C', 50],
          ]),
          10,
        ).values(),
      ].reduce((a, b) => a + b),
    ).to.equal(10));
  it('gives nothing to empty types', () =>
    expect(
      Object.fromEntries(
        fairShares(
          new Map([
            ['A', 0],
            ['B', 5],
          ]),
          10,
        ),
      ),
    ).to.deep.equal({ B: 5 }));
  it('counts what is left after earlier pages, per type and label', () =>
    expect(
      leftOut(
        [
          { type: 'PURCHASED', label: 'Order', total: 1200 },
          { type: 'LIVES_IN', label: 'City', total: 1 },
        ],
        { byType: { PURCHASED: 300, LIVES_IN: 1 }, byLabel: { Order: 300, City: 1 } },
      ),
    ).to.deep.equal({ total: 900, byType: { PURCHASED: 900 }, byLabel: { Order: 900 } }));
  it('has no per-label counts where only the degree store was read', () =>
    expect(leftOut([{ type: 'R', label: null, total: 10 }], { byType: {}, byLabel: {} }).byLabel).to.equal(null));
  it('adds a page to what was given', () =>
    expect(
      advance({ center: 'c', filter: '', byType: { R: 2 }, byLabel: { A: 2 } }, [
        { type: 'R', label: 'A' },
        { type: 'S', label: 'B' },
      ]),
    ).to.deep.equal({ byType: { R: 3, S: 1 }, byLabel: { A: 3, B: 1 } }));
  it('reads the parts of the windows a page falls in', () =>
    expect(pageWindows(450, 100, 500)).to.deep.equal([
      { start: 0, skip: 450, limit: 50 },
      { start: 500, skip: 0, limit: 50 },
    ]));
  it('starts a later page at its own window', () =>
    expect(pageWindows(1000, 99, 500)).to.deep.equal([{ start: 1000, skip: 0, limit: 99 }]));
  it('round-trips a cursor', () => {
    const cursor = { center: '4:x:1', filter: '[]', byType: { R: 99 }, byLabel: { A: 99 } };
    expect(decodeCursor(encodeCursor(cursor))).to.deep.equal(cursor);
  });
  it('refuses a cursor it did not give', () => expect(() => decodeCursor('not-a-cursor')).to.throw(/cursor/));
  it('refuses a forged count', () =>
    expect(() =>
      decodeCursor(Buffer.from('{"center":"c","filter":"","byType":{"R":-1},"byLabel":{}}').toString('base64url')),
    ).to.throw(/cursor/));
});
