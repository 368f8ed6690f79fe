import { expect } from 'chai';
import { isKnownPlace, lookupPlace } from '../../server/ingest/knowledge/places';

const first = (surface: string) => lookupPlace(surface)[0];
/** Candidates as 'type country name', best first. */
const kinds = (surface: string) => lookupPlace(surface).map((p) => `${p.type} ${p.country} ${p.name}`);
const saoPaulo = { name: 'São Paulo', type: 'city', country: 'BR' };

describe('place gazetteer', () => {
  before(function () {
    this.timeout(10_000); // the first lookup loads and indexes the datasets
    lookupPlace('warm-up');
  });

  it('finds a big city written with its accents', () => expect(first('São Paulo')).to.include(saoPaulo));
  it('finds the same city written without accents', () => expect(first('Sao Paulo')).to.include(saoPaulo));
  it('matches lower-case input', () => expect(first('são paulo')).to.include(saoPaulo));
  it('matches Rzeszów typed as Rzeszow', () => expect(first('Rzeszow')).to.include({ name: 'Rzeszów', country: 'PL' }));
  it('matches Łódź typed as lodz', () => expect(first('lodz')).to.include({ name: 'Łódź', country: 'PL' }));
  it('types a US state as a region', () => expect(kinds('California')).to.deep.equal(['region US California']));
  it('types a Canadian province as a region', () => expect(kinds('Manitoba')).to.deep.equal(['region CA Manitoba']));
  it('puts the biggest London first', () => expect(kinds('London')[0]).to.equal('city GB London'));
  it('puts the Canadian London next', () => expect(kinds('London')[1]).to.equal('city CA London'));
  it('puts a big city before its region', () => expect(kinds('Quebec')[1]).to.equal('region CA Quebec'));
  it('puts a region before smaller cities', () => expect(kinds('Washington')[0]).to.equal('region US Washington'));
  it('reads St. as Saint', () => expect(kinds('St. Petersburg')[0]).to.equal('city RU Saint Petersburg'));
  it('ignores dots and commas', () => expect(kinds('Washington DC')).to.deep.equal(['city US Washington, D.C.']));
  it('finds a name without its qualifier', () => expect(first('Halle')).to.include({ name: 'Halle (Saale)' }));
  it('finds either side of a bilingual name', () => expect(first('Bienne')).to.include({ name: 'Biel/Bienne' }));
  it('leaves out a town under 15,000 people', () => expect(lookupPlace('Zermatt')).to.deep.equal([]));
  it('leaves out a section of a city', () => expect(lookupPlace('Kreuzberg')).to.deep.equal([]));
  it('does not return a country name', () => expect(lookupPlace('Germany')).to.deep.equal([]));
  it('does not return a state named like a country', () => expect(lookupPlace('Georgia')).to.deep.equal([]));
  it('returns nothing for an unknown name', () => expect(lookupPlace('Xyzzy')).to.deep.equal([]));
  it('returns nothing for a blank name', () => expect(lookupPlace(' ')).to.deep.equal([]));
  it('returns copies, not the index', () => expect(first('Paris')).to.not.equal(first('Paris')));
  it('knows a city over the default minimum population', () => expect(isKnownPlace('Bath')).to.equal(true));
  it('rejects a city under a higher minimum population', () => expect(isKnownPlace('Bath', 100_000)).to.equal(false));
  it('knows a region whatever the minimum population', () => expect(isKnownPlace('Texas', 1e9)).to.equal(true));
  it('does not know a town under the index threshold', () => expect(isKnownPlace('Zermatt', 1000)).to.equal(false));
});
