import { expect } from 'chai';
import { cursorFor, moreOffer, recordPage } from '../../client/src/expansion-paging';
import { binaryText, valueText } from '../../client/src/panels/property-table';

const page = (
  cursor: string | null,
  byType: Record<string, number>,
  byLabel: Record<string, number> | null = null,
) => ({
  cursor,
  more: { total: Object.values(byType).reduce((a, b) => a + b, 0), byType, byLabel },
});

describe('client "+N more" paging', () => {
  it('offers what is left per type and per label after a first expansion', () =>
    expect(
      moreOffer(recordPage(undefined, undefined, page('c1', { ORDERED: 120, SUPPLIES: 5 }, { Order: 125 }))),
    ).to.deep.equal({
      total: 125,
      all: 125,
      byType: [
        { type: 'ORDERED', count: 120 },
        { type: 'SUPPLIES', count: 5 },
      ],
      byLabel: [{ label: 'Order', count: 125 }],
    }));
  it('pages one type with the node’s latest cursor and keeps the other types’ counts', () => {
    const first = recordPage(undefined, undefined, page('c1', { ORDERED: 120, SUPPLIES: 5 }));
    expect(cursorFor(first, 'ORDERED')).to.equal('c1');
    const second = recordPage(first, 'ORDERED', page('c2', { ORDERED: 20 }));
    expect(second.left).to.deep.equal({ ORDERED: 20, SUPPLIES: 5 });
    expect(cursorFor(second, undefined)).to.equal('c2');
    expect(moreOffer(second).byLabel).to.equal(null);
  });
  it('asks nothing more of a type that is done, but still of the others', () => {
    const first = recordPage(undefined, undefined, page('c1', { ORDERED: 10, SUPPLIES: 5 }));
    const done = recordPage(first, 'ORDERED', page('c2', {}));
    expect(cursorFor(done, 'ORDERED')).to.equal(null);
    expect(cursorFor(done, 'SUPPLIES')).to.equal('c2');
  });
  it('has nothing to offer when nothing was left out', () => {
    expect(cursorFor(recordPage(undefined, undefined, page(null, {})), undefined)).to.equal(null);
    expect(moreOffer(recordPage(undefined, undefined, page(null, {}))).all).to.equal(null);
  });
});

describe('client property values', () => {
  it('shows binary values by size and first bytes, never as an object', () => {
    const photo = { $binary: true as const, bytes: 20480, hex: '89504e470d0a1a0a0000000d49484452' };
    expect(binaryText(photo)).to.equal('binary · 20,480 bytes · 89504e470d0a1a0a0000000d49484452…');
    expect(valueText({ $binary: true, bytes: 2, hex: '0a1b' })).to.equal('binary · 2 bytes · 0a1b');
    expect(valueText(['a', 'b'])).to.equal('a, b');
    expect(valueText({ x: 1 })).to.equal('{"x":1}');
    expect(valueText(3.5)).to.equal('3.5');
  });
});
