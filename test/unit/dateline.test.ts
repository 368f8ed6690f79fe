import { expect } from 'chai';
import { splitDateline } from '../../server/ingest/read/dateline';

/** Wire datelines in the forms news agencies print them, on sentences written for these tests. */
const read = (paragraph: string) => {
  const found = splitDateline(paragraph);
  return found && { ...found.dateline, rest: found.rest.slice(0, 12) };
};

describe('datelines', () => {
  it('city, date, agency in brackets, double dash', () =>
    expect(read('OSLO, May 3 (NTB) -- The envoys met for two hours.')).to.include({
      place: 'OSLO',
      agency: 'NTB',
      text: 'OSLO, May 3 (NTB)',
      rest: 'The envoys m',
    }));
  it('a capitalised city and an agency, one dash', () =>
    expect(read('Lisbon (Lusa) - The minister resigned on Monday.')).to.include({ place: 'Lisbon', agency: 'Lusa' }));
  it('a city of two words and a date, no agency', () =>
    expect(read('ADDIS ABABA, Feb. 17 — The summit opened.')).to.include({ place: 'ADDIS ABABA', agency: null }));
  it('the country after the city', () =>
    expect(read('QUITO, Ecuador (AP) — Police raided the embassy.')).to.include({ place: 'QUITO', agency: 'AP' }));
  it('an agency in capitals after a comma', () =>
    expect(read('Vienna, APA – The talks resumed.')).to.include({ place: 'Vienna', agency: 'APA' }));
  it('an agency after a full stop', () =>
    expect(read("XI'AN. KAZINFORM – The leaders met.")).to.include({ place: "XI'AN", agency: 'KAZINFORM' }));
  it('an agency between slashes', () =>
    expect(read('MOSCOW, October 11. /TASS/. Russia said it would respond.')).to.include({
      place: 'MOSCOW',
      agency: 'TASS',
    }));
  it('an agency between pipes', () =>
    expect(read('Kampala, Uganda | XINHUA | The late president was buried on Friday.')).to.include({
      place: 'Kampala',
      agency: 'XINHUA',
    }));
  it('a weekday and a full date before the agency', () =>
    expect(read('ALGIERS – Thursday, 25 August 2022 (APS) – The president received his guest.')).to.include({
      place: 'ALGIERS',
      agency: 'APS',
    }));
  it('the paper’s own desk or staff credited where an agency stands is no source', () => {
    expect(read('Lisbon (Web Desk): The minister resigned on Monday.')).to.include({ place: 'Lisbon', agency: null });
    expect(read('OSLO (Staff Reporter) - The envoys met.')).to.include({ place: 'OSLO', agency: null });
  });
  it('a syndicator before the dateline', () =>
    expect(read('(MENAFN- Asia Wire) HONIARA, Solomon Islands, May 2 (PINA) – Parliament met.')).to.include({
      place: 'HONIARA',
      agency: 'PINA',
      syndicator: 'MENAFN- Asia Wire',
    }));
  it('an agency in brackets ends a dateline with no dash', () =>
    expect(read('Tegucigalpa, Jan 27 (Prensa Latina) The president was sworn in.')).to.include({
      place: 'Tegucigalpa',
      agency: 'Prensa Latina',
    }));
  it('a city and a colon', () =>
    expect(read('DUBAI: The crown prince received a call.')).to.include({ place: 'DUBAI' }));
  it('a city alone on its line', () => expect(read('PUTRAJAYA:')).to.include({ place: 'PUTRAJAYA', rest: '' }));
  it('no dateline: a sentence that opens with a state', () =>
    expect(read('Kenya and Haiti signed an agreement on Friday.')).to.equal(null));
  it('no dateline: an office and a colon', () => expect(read('Prime Minister Anwar: we agreed.')).to.equal(null));
  it('no dateline: a place not in the gazetteers', () =>
    expect(read('Orinoco Tribune, December 18, 2023 —')).to.equal(null));
  it('no dateline: a caption with a place in the middle', () =>
    expect(read('Presidents Ali and Maduro meet in Argyle.')).to.equal(null));
});
