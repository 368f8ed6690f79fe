import { expect } from 'chai';
import { locateMentions, MentionCandidate } from '../../server/services/text/mention-spans';

const located = (text: string, candidates: MentionCandidate[]) =>
  locateMentions(text, candidates).map((m) => `${m.entityId}=${text.slice(m.start, m.end)}@${m.start}`);

describe('locateMentions: where each mentioned entity stands in a sentence', () => {
  it('finds surfaces, names and aliases case-insensitively, each occurrence, in order', () => {
    const text = 'The Harbour Board met the REGIONAL COUNCIL; later the harbour board resigned.';
    expect(
      located(text, [
        { entityId: 'board', surfaces: ['Harbour Board'], names: [] },
        { entityId: 'council', surfaces: [], names: ['Regional Council'] },
      ]),
    ).to.deep.equal(['board=Harbour Board@4', 'council=REGIONAL COUNCIL@26', 'board=harbour board@54']);
  });

  it('never overlaps: the longest name wins over a name inside it', () => {
    const text = 'The Ministry of Fisheries of Norland spoke for Norland.';
    expect(
      located(text, [
        { entityId: 'norland', surfaces: ['Norland'], names: [] },
        { entityId: 'ministry', surfaces: ['Ministry of Fisheries of Norland'], names: [] },
      ]),
    ).to.deep.equal(['ministry=Ministry of Fisheries of Norland@4', 'norland=Norland@47']);
  });

  it('matches whole words only, and short capitals with their case only', () => {
    const text = 'The UN told us the Unity Party would join; Unite members and the un-named AP reporter agreed.';
    expect(
      located(text, [
        { entityId: 'un', surfaces: [], names: ['UN'] },
        { entityId: 'us', surfaces: [], names: ['US'] },
        { entityId: 'unity', surfaces: [], names: ['Unity'] },
        { entityId: 'ap', surfaces: [], names: ['AP'] },
      ]),
    ).to.deep.equal(['un=UN@4', 'unity=Unity@19', 'ap=AP@74']);
  });

  it('tolerates curly or straight apostrophes and runs of white space', () => {
    const text = "Norland's  Coast Guard and the Coast   Guard’s boats";
    expect(
      located(text, [
        { entityId: 'cg', surfaces: ['Coast Guard'], names: [] },
        { entityId: 'nl', surfaces: ['Norland’s'], names: [] },
      ]),
    ).to.deep.equal(["nl=Norland's@0", 'cg=Coast Guard@11', 'cg=Coast   Guard@31']);
  });

  it('gives a contested span to the entity whose very words they are', () => {
    const text = 'VALLETTA — The city of Valletta welcomed the fleet.';
    expect(
      located(text, [
        { entityId: 'country', surfaces: ['Valletta'], names: ['Malta'] },
        { entityId: 'city', surfaces: ['VALLETTA'], names: ['Valletta'] },
      ]),
    ).to.deep.equal(['city=VALLETTA@0', 'country=Valletta@23']);
  });

  it('leaves out an entity whose words are not in the sentence, and one-letter names', () => {
    expect(
      located('He said the deal was done.', [
        { entityId: 'mayor', surfaces: ['the mayor'], names: ['Ada Stone'] },
        { entityId: 'x', surfaces: ['e'], names: [] },
      ]),
    ).to.deep.equal([]);
  });
});
