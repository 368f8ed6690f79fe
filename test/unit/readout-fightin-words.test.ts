import { expect } from 'chai';
import { distinctiveTokens, logOddsZ, TokenCounts } from '../../server/services/readouts/fightin-words';

const counts = (words: string): TokenCounts => {
  const map: TokenCounts = new Map();
  for (const w of words.split(/\s+/).filter(Boolean)) map.set(w, (map.get(w) ?? 0) + 1);
  return map;
};
/** Ten readouts' worth of everyday words, the same in every column. */
const COMMON = 'talks leaders phone call said meeting countries relations sides discussed '.repeat(2);

describe('log-odds with an informative Dirichlet prior (Monroe et al. 2008)', () => {
  it('computes the paper’s z-score: two groups of one word each, by hand', () => {
    // α0 = 2 (all words), α_x = 1; δ = ln(2/1) − ln(1/2) = 2 ln 2; σ² = 1/2 + 1/1; z = 2 ln 2 / √1.5.
    const [x] = logOddsZ([counts('x'), counts('y')], 0);
    expect(x.token).to.equal('x');
    expect(x.z).to.be.closeTo((2 * Math.LN2) / Math.sqrt(1.5), 1e-12);
  });

  it('weighs the prior it is given: a lighter prior lets the counts speak louder', () => {
    const groups = [counts(`${COMMON} quota quota quota`), counts(COMMON)];
    const heavy = logOddsZ(groups, 0).find((d) => d.token === 'quota')!.z;
    const light = logOddsZ(groups, 0, 5).find((d) => d.token === 'quota')!.z;
    expect(light).to.not.equal(heavy);
  });

  it('never calls a word said once distinctive, however rare elsewhere', () => {
    const [own] = distinctiveTokens([counts(`${COMMON} created`), counts(COMMON), counts(COMMON)]);
    expect(own.map((d) => d.token)).to.not.include('created');
  });

  it('calls a word one column keeps using, and no other does, distinctive', () => {
    const [own, ...others] = distinctiveTokens([
      counts(`${COMMON} sovereignty sovereignty sovereignty sovereignty`),
      ...Array.from({ length: 5 }, () => counts(COMMON)),
    ]);
    expect(own.map((d) => d.token)).to.deep.equal(['sovereignty']);
    expect(others).to.deep.equal([[], [], [], [], []]);
  });

  it('does not single out a word every column uses as much, and scores it near zero', () => {
    const groups = [counts(`${COMMON} quota quota quota`), counts(`${COMMON} quota quota quota`)];
    expect(distinctiveTokens(groups)).to.deep.equal([[], []]);
    expect(logOddsZ(groups, 0).find((d) => d.token === 'quota')!.z).to.be.closeTo(0, 1e-12);
  });

  it('ranks by how far a word stands out, not how often it is used', () => {
    const z = logOddsZ([counts(`${COMMON} ${COMMON} fleet fleet fleet`), counts(`${COMMON} fleet`)], 0);
    const talks = z.find((d) => d.token === 'talks')!;
    const fleet = z.find((d) => d.token === 'fleet')!;
    expect(talks.count).to.be.greaterThan(fleet.count);
    expect(z.indexOf(fleet)).to.be.lessThan(z.indexOf(talks));
  });

  it('tells nothing apart with a single column: there is nothing to set it against', () => {
    expect(distinctiveTokens([counts('quota quota quota quota')])).to.deep.equal([[]]);
  });
});
