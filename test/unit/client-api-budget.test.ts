import { expect } from 'chai';
import { withinBudget } from '../../client/src/api';

describe('client requests within the server JSON limit', () => {
  it('keeps the first ids whose JSON list fits the budget', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `4:c0a65d96-4993-4b0b-b0e8-ead1d8e5d5a4:${i}`);
    const kept = withinBudget(ids, 60_000);
    expect(JSON.stringify(kept).length).to.be.at.most(60_000);
    expect(JSON.stringify(ids.slice(0, kept.length + 1)).length).to.be.above(60_000);
    expect(kept).to.deep.equal(ids.slice(0, kept.length));
  });
  it('keeps every id when they fit', () => expect(withinBudget(['a', 'b'], 100)).to.deep.equal(['a', 'b']));
});
