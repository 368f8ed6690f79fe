import { expect } from 'chai';
import { CaptionCandidate, captionFontSize, captionsThatFit, MIN_CAPTION_PX } from '../../client/src/caption-room';

const caption = (id: string, x: number, y: number, extra: Partial<CaptionCandidate> = {}): CaptionCandidate => ({
  id,
  x1: x,
  y1: y,
  x2: x + 80,
  y2: y + 12,
  selected: false,
  hit: 0,
  degree: 1,
  ...extra,
});

describe('captions: readable at every zoom, the important ones first', () => {
  it('keeps the caption’s own size when zoomed in, and never under the minimum on screen when zoomed out', () => {
    expect(captionFontSize(11, 1.5)).to.equal(11);
    for (const zoom of [0.9, 0.55, 0.3, 0.1])
      expect(captionFontSize(11, zoom) * zoom).to.be.closeTo(MIN_CAPTION_PX, 1e-9);
  });

  it('shows every caption that has room', () => {
    const all = [caption('a', 0, 0), caption('b', 100, 0), caption('c', 0, 40)];
    expect([...captionsThatFit(all)].sort()).to.deep.equal(['a', 'b', 'c']);
  });

  it('gives room to the better connected of two overlapping captions', () => {
    const kept = captionsThatFit([caption('leaf', 0, 0, { degree: 1 }), caption('hub', 30, 5, { degree: 9 })]);
    expect([...kept]).to.deep.equal(['hub']);
  });

  it('puts a search hit before a hub, and the selection before both', () => {
    const hub = caption('hub', 0, 0, { degree: 9 });
    const hit = caption('hit', 20, 4, { hit: 2 });
    expect([...captionsThatFit([hub, hit])]).to.deep.equal(['hit']);
    const chosen = caption('chosen', 40, 2, { selected: true });
    expect([...captionsThatFit([hub, hit, chosen])]).to.deep.equal(['chosen']);
  });

  it('puts a hit whose caption shows the words typed before one that holds them only in its full name', () => {
    // Searching "Olaf Scholz": his node reads "Olaf Scholz", a visit he made reads "Visit · 23 Jun 2022".
    const visit = caption('visit', 0, 0, { hit: 1, degree: 6 });
    const person = caption('person', 30, 5, { hit: 2, degree: 1 });
    expect([...captionsThatFit([visit, person])]).to.deep.equal(['person']);
    expect([...captionsThatFit([visit, caption('leaf', 30, 5, { degree: 9 })])]).to.deep.equal(['visit']);
  });

  it('always shows the selected captions, even over each other', () => {
    const kept = captionsThatFit([caption('x', 0, 0, { selected: true }), caption('y', 10, 0, { selected: true })]);
    expect([...kept].sort()).to.deep.equal(['x', 'y']);
  });

  it('finds overlaps across grid cells, and decides the same whatever the input order', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      caption(`n${i}`, (i * 37) % 400, (i * 13) % 90, { degree: i % 5 }),
    );
    const kept = captionsThatFit(many);
    const shown = many.filter((c) => kept.has(c.id));
    for (const a of shown)
      for (const b of shown)
        if (a !== b)
          expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `${a.id} over ${b.id}`).to.equal(false);
    expect([...captionsThatFit([...many].reverse())].sort()).to.deep.equal([...kept].sort());
  });
});
