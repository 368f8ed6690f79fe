import { expect } from 'chai';
import { MAX_LINK_TEXT, packLink, unpackLink } from '../../client/src/compact-link';
import { decodeView, encodeView, ViewState } from '../../client/src/url-state';
import { ViewStore } from '../../client/src/view-store';

const view = (n: number): ViewState => ({
  ids: Array.from({ length: n }, (_, i) => `person:someone-with-a-long-name-${i}`),
  positions: Array.from({ length: n }, (_, i) => [i * 97 - 400, (i % 5) * 61] as [number, number]),
  selected: [0, 2],
  hiddenKinds: ['Sentence', 'Article'],
  from: '2022-01',
  to: null,
  eventsAsEdges: true,
  settings: {},
});

describe('shared view links', () => {
  it('carry positions and the selection through the address', () => {
    const v = view(4);
    expect(decodeView(`#${encodeView(v)}`)).to.deep.equal({ ...v, idsBeyondCap: 0 });
  });

  it('place nothing when the positions do not match the nodes one to one', () => {
    const damaged = encodeView(view(3)).replace(/pos=[^&]*/, 'pos=1,2,3');
    const decoded = decodeView(`#${damaged}`);
    expect(decoded.ids).to.have.length(3);
    expect(decoded.positions).to.equal(undefined);
  });

  it('carry the path on show: its ends, hops, what it may pass through and which path', () => {
    const v: ViewState = {
      ...view(3),
      path: { from: 'person:xi-jinping', to: 'outlet:xinhua', hops: 3, through: 'sources', index: 4 },
    };
    expect(decodeView(`#${encodeView(v)}`)).to.deep.equal({ ...v, idsBeyondCap: 0 });
  });

  it('light no path from a damaged one', () => {
    for (const damaged of ['a|b|3|facts', 'a|b|9|facts|0', 'a|b|3|everything|0', '|b|3|facts|0', 'a|b|3|facts|-1'])
      expect(decodeView(`#ids=a|b&path=${encodeURIComponent(damaged)}`).path).to.equal(undefined);
  });

  it('drop selected indexes that point at no node', () => {
    expect(decodeView('#ids=a|b&sel=1,7,-1,x').selected).to.deep.equal([1]);
  });

  it('deflate to well under half the plain text, and back exactly', async () => {
    const plain = encodeView(view(21));
    const packed = await packLink(plain);
    expect(packed.startsWith('z=')).to.equal(true);
    expect(packed.length).to.be.below(plain.length / 2);
    expect(packed).to.match(/^z=[A-Za-z0-9_-]+$/);
    expect((await unpackLink(`#${packed}`)).plain).to.equal(plain);
  });

  it('open older plain links as they are', async () => {
    expect(await unpackLink('#ids=a|b&edges=1')).to.deep.equal({ plain: 'ids=a|b&edges=1', damaged: false });
  });

  it('read a damaged link as an empty view, and say it was damaged', async () => {
    expect(await unpackLink('#z=not-deflate-at-all')).to.deep.equal({ plain: '', damaged: true });
  });

  it('refuse a link that inflates beyond the cap (a deflate bomb)', async () => {
    const bomb = await packLink('a'.repeat(MAX_LINK_TEXT + 1000));
    expect(bomb.length).to.be.below(20_000);
    expect((await unpackLink(`#${bomb}`)).damaged).to.equal(true);
  });
});

describe('view store', () => {
  it('tells subscribers once per change, with the state before', () => {
    const store = new ViewStore();
    const seen: [string | null, string | null][] = [];
    store.subscribe((now, before) => seen.push([before.from, now.from]));
    store.update({ from: '2022' });
    store.update({ from: '2022' });
    store.toggleKind('Sentence');
    expect(seen).to.deep.equal([
      [null, '2022'],
      ['2022', '2022'],
    ]);
    expect([...store.state.hiddenKinds]).to.deep.equal(['Sentence']);
  });

  it('stops telling a subscriber that unsubscribed', () => {
    const store = new ViewStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.update({ eventsAsEdges: true });
    stop();
    store.update({ eventsAsEdges: false });
    expect(calls).to.equal(1);
  });
});
