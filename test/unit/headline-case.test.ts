import { expect } from 'chai';
import { TextLine } from '../../server/ingest/read/article-text';
import { asPrinted, sentenceCaseHeadlines } from '../../server/ingest/read/headline-case';

/** Title Case headlines given to the parser in sentence case, on lines written for these tests. */
const line = (text: string, headline = false): TextLine => ({ text, headline, caption: false, dateline: false });
const recase = (headline: string, ...body: string[]) => {
  const lines = [line(headline, true), ...body.map((b) => line(b))];
  return sentenceCaseHeadlines(lines.map((l) => l.text).join('\n'), lines).split('\n')[0];
};

describe('headline case', () => {
  it('lowers what the body writes in lower case and keeps its names', () =>
    expect(
      recase('Chile Signs Deal With Peru On Police', 'Chile signed a deal with Peru on police on Monday.'),
    ).to.equal('Chile signs deal with Peru on police'));
  it('lowers an English verb the body does not repeat', () =>
    expect(recase('Ana Ruiz Resigns After Talks', 'Ana Ruiz left after talks with Pedro Soto.')).to.equal(
      'Ana Ruiz resigns after talks',
    ));
  it('keeps a word the body capitalises mid-sentence, and acronyms', () =>
    expect(recase('PM Meets Trump In Lima', 'The prime minister met Donald Trump in Lima.')).to.equal(
      'PM meets Trump in Lima',
    ));
  it('leaves a headline in sentence case alone', () =>
    expect(recase('Chile signs deal with Peru', 'Chile signed it.')).to.equal('Chile signs deal with Peru'));
  it('keeps the length, so offsets hold', () => {
    const lines = [line('Chile Signs Deal With Peru', true), line('Chile signed a deal with Peru.')];
    const text = lines.map((l) => l.text).join('\n');
    expect(sentenceCaseHeadlines(text, lines)).to.have.length(text.length);
  });
  it('gives the words back as printed', () => {
    const given = 'Chile signs deal';
    const doc = {
      text: given,
      sentences: [
        {
          start: 0,
          end: 16,
          tokens: [
            { text: 'signs', start: 6, end: 11, pos: 'VERB' as const, tag: 'VBZ', lemma: 'sign', ner: 'O' as const },
          ],
        },
      ],
    };
    const printed = asPrinted(doc, given, 'Chile Signs Deal');
    expect(printed.text).to.equal('Chile Signs Deal');
    expect(printed.sentences[0].tokens[0]).to.include({ text: 'Signs', lemma: 'sign' });
  });
});
