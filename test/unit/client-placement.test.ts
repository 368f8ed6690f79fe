import { expect } from 'chai';
import {
  Box,
  footprint,
  freeSpotNear,
  OccupancyGrid,
  overlapping,
  placeNewcomers,
  separate,
} from '../../client/src/placement';

const box = (x: number, y: number, w = 40, h = 40): Box => ({ x, y, w, h });
const boxesAt = (points: { x: number; y: number }[], w = 40, h = 40) => points.map((p) => box(p.x, p.y, w, h));

describe('placement', () => {
  it('a caption widens a footprint up to 140 px and wraps longer ones onto more lines', () => {
    expect(footprint(26, 0).w).to.equal(26);
    expect(footprint(26, 10).w).to.be.above(26);
    expect(footprint(26, 200).w).to.equal(140);
    expect(footprint(26, 60).h).to.be.above(footprint(26, 10).h);
  });

  it('an empty spot is taken as asked', () => {
    expect(freeSpotNear(new OccupancyGrid(), { x: 5, y: 7 }, 40, 40)).to.deep.equal({ x: 5, y: 7 });
  });

  it('a taken spot gives the nearest free one, on the side the heading points to', () => {
    const grid = new OccupancyGrid();
    grid.add(box(0, 0));
    const spot = freeSpotNear(grid, { x: 0, y: 0 }, 40, 40, 0);
    expect(grid.isFree(spot.x, spot.y, 40, 40)).to.equal(true);
    expect(spot.x).to.be.above(0);
    expect(Math.hypot(spot.x, spot.y)).to.be.below(120);
  });

  it('fifty newcomers around one node: none overlaps another or anything placed, all near it', () => {
    const placed = [box(0, 0), box(300, 0), box(-300, 0)];
    const spots = placeNewcomers(
      placed,
      Array.from({ length: 50 }, () => ({ w: 40, h: 40, near: [{ x: 0, y: 0 }] })),
      { x: 0, y: 0 },
    );
    expect(overlapping([...placed, ...boxesAt(spots)])).to.equal(null);
    for (const s of spots) expect(Math.hypot(s.x, s.y)).to.be.below(600);
  });

  it('a newcomer linked to two placed nodes goes between them', () => {
    const [spot] = placeNewcomers(
      [box(0, 0), box(400, 0)],
      [
        {
          w: 40,
          h: 40,
          near: [
            { x: 0, y: 0 },
            { x: 400, y: 0 },
          ],
        },
      ],
      {
        x: 0,
        y: 0,
      },
    );
    expect(spot).to.deep.equal({ x: 200, y: 0 });
  });

  it('separating a pile of boxes leaves none overlapping, and leaves apart ones where they were', () => {
    const pile = Array.from({ length: 300 }, (_, i) => box((i % 7) * 3, (i % 5) * 2, 30 + (i % 4) * 30, 50));
    const lonely = box(5000, 5000);
    const out = separate([...pile, lonely]);
    const moved = [...pile, lonely].map((b, i) => ({ ...b, ...out[i] }));
    expect(overlapping(moved)).to.equal(null);
    expect(out[out.length - 1]).to.deep.equal({ x: 5000, y: 5000 });
  });

  it('separates 1,000 boxes in well under a second', () => {
    const many = Array.from({ length: 1000 }, (_, i) => box(Math.sin(i) * 400, Math.cos(i * 1.3) * 400, 100, 54));
    const started = performance.now();
    const out = separate(many);
    expect(performance.now() - started).to.be.below(1000);
    expect(overlapping(many.map((b, i) => ({ ...b, ...out[i] })))).to.equal(null);
  });
});
