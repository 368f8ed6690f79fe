import { expect } from 'chai';
import { claimOf } from '../../server/services/readouts/claim';

/** The claim's words and the attribution's, as text. */
function read(text: string) {
  const claim = claimOf(text);
  return {
    rule: claim.rule,
    claim: claim.spans.map((s) => text.slice(s.start, s.end)),
    attribution: claim.attribution.map((a) => `${a.kind}: ${text.slice(a.start, a.end)}`),
  };
}

describe('claimOf: what a sentence reports someone said', () => {
  it('drops an attribution that closes the sentence after a comma', () => {
    expect(read('The harbour will reopen to cargo ships next month, the port authority said.')).to.deep.equal({
      rule: 'trailing-attribution',
      claim: ['The harbour will reopen to cargo ships next month'],
      attribution: ['trailing: the port authority said.'],
    });
  });

  it('drops an "according to" that opens the sentence', () => {
    const r = read('According to the coastguard, two trawlers ran aground near the lighthouse.');
    expect(r.rule).to.equal('leading-attribution');
    expect(r.claim).to.deep.equal(['two trawlers ran aground near the lighthouse.']);
    expect(r.attribution).to.deep.equal(['leading: According to the coastguard']);
  });

  it('keeps a closing quote with the words it closes, the source after it out', () => {
    const r = read('The mayor promised “a new bridge before the winter,” the Valley Courier reported.');
    expect(r.claim).to.deep.equal(['The mayor promised “a new bridge before the winter,”']);
    expect(r.attribution).to.deep.equal(['trailing: the Valley Courier reported.']);
  });

  it('takes the "that" clause of a verb of saying, past the listener and the setting', () => {
    const r = read('The minister told farmers at a meeting in the town hall on Tuesday that subsidies would double.');
    expect(r.rule).to.equal('speech-verb');
    expect(r.claim).to.deep.equal(['subsidies would double.']);
    expect(r.attribution).to.deep.equal(['speaker: The minister told']);
  });

  it('takes the first hand-over of several: "reported that" before a later "told … that"', () => {
    const r = read('The agency reported that the pilot told controllers that both engines had failed.');
    expect(r.claim).to.deep.equal(['the pilot told controllers that both engines had failed.']);
  });

  it('takes what follows ", saying" rather than the verb before it', () => {
    const r = read('The union published its own account of the talks, saying managers “refused every offer”.');
    expect(r.claim).to.deep.equal(['managers “refused every offer”.']);
    expect(r.attribution).to.deep.equal(['speaker: The union published its own account of the talks']);
  });

  it('takes only the quote after a verb that names its listener first', () => {
    const r = read('The coach told his players “nobody leaves before the final whistle” after the match.');
    expect(r.claim).to.deep.equal(['“nobody leaves before the final whistle”']);
  });

  it('takes all after a verb of saying with no "that" and no listener', () => {
    const r = read('The governor stressed the dam had always “met every standard” in the inspections.');
    expect(r.claim).to.deep.equal(['the dam had always “met every standard” in the inspections.']);
  });

  it('strips an attribution at each end, then takes the "that" clause inside', () => {
    const r = read('The envoy said the ceasefire that the rebels signed would hold, according to the broadcaster.');
    expect(r.claim).to.deep.equal(['the ceasefire that the rebels signed would hold']);
    expect(r.attribution).to.deep.equal(['trailing: according to the broadcaster.', 'speaker: The envoy said']);
  });

  it('reads an inverted attribution after a quote ("…," say A and B.)', () => {
    const r = read('The talks ended with "a shared wish for calm on the border," say the two local papers.');
    expect(r.claim).to.deep.equal(['The talks ended with "a shared wish for calm on the border,"']);
  });

  it('marks quoted words when nothing says who spoke', () => {
    const r = read('Residents called the flood “the worst in living memory” and “a warning to us all”.');
    expect(r.rule).to.equal('quotes');
    expect(r.claim).to.deep.equal(['“the worst in living memory”', '“a warning to us all”']);
  });

  it('runs a quote that never closes to the end of the sentence', () => {
    const r = read('Farmers marched on the capital with banners that read “no harvest without water.');
    expect(r.claim).to.deep.equal(['“no harvest without water.']);
  });

  it('finds no claim in a sentence that reports nobody, nor in a one-word quote', () => {
    expect(read('Protesters gathered outside the parliament on Sunday.')).to.deep.equal({
      rule: 'none',
      claim: [],
      attribution: [],
    });
    expect(read('The so-called “reform” passed on Friday.').claim).to.deep.equal([]);
  });

  it('takes an apostrophe for no quote', () => {
    const r = read('The council’s statement said the city’s budget was balanced.');
    expect(r.claim).to.deep.equal(['the city’s budget was balanced.']);
  });

  it('does not take a long clause after the last comma for an attribution', () => {
    const r = read(
      'The ferry left on time, and the passengers who had waited since dawn said nothing at all about the long delays they had suffered all week.',
    );
    expect(r.rule).to.equal('speech-verb');
    expect(r.claim).to.deep.equal(['nothing at all about the long delays they had suffered all week.']);
  });
});
