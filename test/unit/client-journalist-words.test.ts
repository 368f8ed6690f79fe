import { expect } from 'chai';
import { factPhrase, plainName, plainOrder, ruleWords } from '../../client/src/journalist-words';

describe('journalist words', () => {
  it('says a fact as a phrase', () => expect(factPhrase('TOOK_PLACE_IN')).to.equal('took place in'));
  it('says an unknown relationship in lower case words', () => expect(factPhrase('ACTED_IN')).to.equal('acted in'));
  it('names properties plainly, in reading order', () =>
    expect(plainOrder(['aliases', 'dateRule', 'date', 'kind']).map(plainName)).to.deep.equal([
      'Kind',
      'Date',
      'Also written',
    ]));
  it('keeps bookkeeping out of the plain names', () => expect(plainName('mergedFrom')).to.equal(null));
  it('says how a mention was found', () =>
    expect(ruleWords(['ner-person+identity'])).to.equal(
      'named in the sentence; the same name as elsewhere in the article',
    ));
  it('says how an event was found', () =>
    expect(ruleWords(['event-verb:meeting/subject/name'])).to.equal('the sentence’s verb tells the event'));
  it('says a credit', () =>
    expect(ruleWords(['page-credit', 'closing-credit'])).to.equal('the page credits the source'));
  it('says an unknown rule as a rule', () => expect(ruleWords(['zz-new-rule'])).to.equal('an extraction rule'));
});
