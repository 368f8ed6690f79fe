import { expect } from 'chai';
import { cleanArticle, parseDateLine } from '../../server/ingest/read/clean';
import { dateFromUrl, findDates } from '../../server/ingest/knowledge/dates';
import {
  cleanPersonName,
  isMiddleNameVariant,
  isMisspelling,
  isReversed,
  personKey,
  surnameOf,
  withoutMiddleInitials,
} from '../../server/ingest/knowledge/names';

const paragraphs = (raw: string) => cleanArticle(raw).paragraphs.map((p) => p.text);

describe('cleaning a captured page', () => {
  it('keeps title, URL and date line', () => {
    const page = cleanArticle(
      'Leaders meet in Geneva for talks\nPublished : 19 Jun 2022 02:17 AM\nhttps://example.org/a/1\nThe leaders met on Monday in a lakeside villa.',
    );
    expect([page.title, page.publishedAt, page.url]).to.deep.equal([
      'Leaders meet in Geneva for talks',
      '2022-06-19',
      'https://example.org/a/1',
    ]);
  });
  it('reads a leading date stamp', () =>
    expect(cleanArticle('date 2021-04-02 The envoys met for two hours on Friday.').publishedAt).to.equal('2021-04-02'));
  it('drops bylines', () =>
    expect(paragraphs('By Maria Oduya and Tom Reiss\nThe envoys met for two hours on Friday.')).to.deep.equal([
      'The envoys met for two hours on Friday.',
    ]));
  it('drops editor lines', () =>
    expect(paragraphs('The envoys met for two hours on Friday.\nEditor: Li Wen')).to.deep.equal([
      'The envoys met for two hours on Friday.',
    ]));
  it('drops a web editor credit in brackets', () =>
    expect(paragraphs('The envoys met for two hours on Friday.\n(Web editor: Li Wen, Zhao Min)')).to.deep.equal([
      'The envoys met for two hours on Friday.',
    ]));
  it('a "Published by … Verified by" credit is no title', () =>
    expect(
      cleanArticle('Published by Ana Gil Verified by 3 de marzo, 2025\nThe envoys met for two hours on Friday.').title,
    ).to.equal(null));
  it('drops a photo credit that names a web address', () =>
    expect(
      paragraphs('The envoys met on Friday.\nThe envoys shake hands. 3 March 2025 Photo: Example.com / @envoy_press'),
    ).to.deep.equal(['The envoys met on Friday.', 'The envoys shake hands. 3 March 2025']));
  it('keeps aside the agency a date line opens with ("Reuters Published 06 Apr, 2023")', () =>
    expect(
      cleanArticle('Envoys meet\nReuters Published 06 Apr, 2023 10:54am\nThe envoys met for two hours on Friday.')
        .sourceLines,
    ).to.deep.equal(['Reuters']));
  it("… but not an author's name", () =>
    expect(
      cleanArticle('Envoys meet\nAna Gil Published 06 Apr, 2023 10:54am\nThe envoys met for two hours on Friday.')
        .sourceLines,
    ).to.deep.equal([]));
  it('keeps a source line aside', () =>
    expect(cleanArticle('The envoys met for two hours on Friday.\nSource: Kyodo').sourceLines).to.deep.equal([
      'Kyodo',
    ]));
  it('keeps a wire credit line aside ("Based on reporting by AFP and AP")', () =>
    expect(
      cleanArticle('The envoys met for two hours on Friday.\nBased on reporting by AFP and AP').sourceLines,
    ).to.deep.equal(['AFP and AP']));
  it('finds the agency in a dateline', () =>
    expect(cleanArticle('OSLO, May 3 (NTB) -- The envoys met for two hours on Friday.').dateline?.agency).to.equal(
      'NTB',
    ));
  it('removes photo credits inside a line and marks it a caption', () => {
    const [p] = cleanArticle(
      'The two envoys shake hands in Oslo on May 2, 2021. (Photo by Kari Berg/Getty Images)',
    ).paragraphs;
    expect(p).to.deep.equal({ text: 'The two envoys shake hands in Oslo on May 2, 2021.', caption: true });
  });
  it('removes left/right markers', () =>
    expect(paragraphs('Envoy Ana Lima (L) greets her host at the palace gate today.')).to.deep.equal([
      'Envoy Ana Lima greets her host at the palace gate today.',
    ]));
  it('ends the article at an end marker', () =>
    expect(
      paragraphs('The envoys met for two hours on Friday and agreed a plan.\n(END)\nPromo text that follows here.'),
    ).to.have.length(1));
  it('ignores an end marker above the article', () =>
    expect(paragraphs('Related Articles\nThe envoys met for two hours on Friday and agreed a plan.')).to.have.length(
      1,
    ));
  it('drops promo headlines in a row', () =>
    expect(
      paragraphs(
        'The envoys met for two hours on Friday and agreed a plan.\nMinister sacked after row over budget cuts\nStorm hits coast as thousands flee homes\nThe plan starts next month.',
      ),
    ).to.deep.equal(['The envoys met for two hours on Friday and agreed a plan.', 'The plan starts next month.']));
  it('keeps a section heading between body paragraphs', () =>
    expect(
      paragraphs(
        'The envoys met for two hours on Friday and agreed a plan.\nWhat the plan says about ports\nThe plan starts next month.',
      ),
    ).to.have.length(3));
  it('keeps list items that carry names', () =>
    expect(
      paragraphs('The council chose its officers on Friday.\n1. Chair: Ana Lima, President of the Republic of Chile'),
    ).to.have.length(2));
  it('drops an editor’s note', () =>
    expect(
      cleanArticle('(ATTN: UPDATES with details; CHANGES headline)\nThe envoys met for two hours on Friday.')
        .paragraphs,
    ).to.have.length(1));
  it('reads date lines as pages print them', () => {
    expect(parseDateLine('20220615')).to.equal('2022-06-15');
    expect(parseDateLine('Published: March 3, 2025')).to.equal('2025-03-03');
    expect(parseDateLine('20221345')).to.equal(null);
  });
});

describe('dates against the publication date', () => {
  const at = (s: string, published: string | null = '2022-06-19') => findDates(s, published).map((d) => d.iso);
  it('a past weekday is the last one before publication', () =>
    expect(at('the envoys spoke on Wednesday')).to.deep.equal(['2022-06-15']));
  it('a planned weekday is the next one', () =>
    expect(at('they are planning to meet on Thursday')).to.deep.equal(['2022-06-23']));
  it('a month without a year is the last one', () =>
    expect(at('in December the two met', '2022-06-15')).to.deep.equal(['2021-12']));
  it('"of last year" moves a month back a year', () =>
    expect(at('won the vote in February of last year', '2024-08-20')).to.deep.equal(['2023-02']));
  it('"this year’s" keeps the year', () =>
    expect(at('after this year’s March 2 vote', '2024-08-20')).to.deep.equal(['2024-03-02']));
  it('"on the 12th" is a day of the month', () =>
    expect(at('in their meeting on the 12th', '2024-08-20')).to.deep.equal(['2024-08-12']));
  it('a span of time is not a date', () => expect(at('must report within a month', '2024-08-20')).to.deep.equal([]));
  it('a full date keeps its year', () => expect(at('On Feb. 24, 2022, the war began')).to.deep.equal(['2022-02-24']));
  it('unresolved without a reference', () =>
    expect(findDates('the envoys spoke on Wednesday', null)).to.deep.equal([]));
  it('a URL’s year and month are a reference', () =>
    expect(at('on Friday (26 April) the court ruled', dateFromUrl('https://x.example/2024/04/court-rules'))).to.include(
      '2024-04-26',
    ));
});

describe('people’s names', () => {
  it('strips a surname honorific', () =>
    expect(cleanPersonName('Mr Okafor')).to.deep.include({ name: 'Okafor', addresses: 'surname' }));
  it('strips a given-name honorific', () =>
    expect(cleanPersonName('Sir Alan')).to.deep.include({ name: 'Alan', addresses: 'given' }));
  it('strips stacked styles', () =>
    expect(cleanPersonName('His Highness Sheikh Hamad bin Khalid Al Thani').name).to.equal(
      'Hamad bin Khalid Al Thani',
    ));
  it('strips Malay honorifics', () => expect(cleanPersonName('Datuk Seri Aziz Rahman').name).to.equal('Aziz Rahman'));
  it('drops a curly possessive', () => expect(cleanPersonName('Okafor’s').name).to.equal('Okafor'));
  it('drops a nickname in brackets', () =>
    expect(cleanPersonName('Maria (Mimi) da Costa').name).to.equal('Maria da Costa'));
  it('keeps particles in the surname', () => expect(surnameOf('Pedro Alves da Costa')).to.equal('da Costa'));
  it('one key for spelling variants', () => expect(personKey('Dmitriy Orlov')).to.equal(personKey('Dmitri Orlov')));
  it('one key for al-/el-', () => expect(personKey('Hassan al-Amiri')).to.equal(personKey('Hassan el-Amiri')));
  it('a one-letter slip is a misspelling', () =>
    expect(isMisspelling('Thandi Mokone', 'Thandi Mokona')).to.equal(true));
  it('another name is not', () => expect(isMisspelling('Thandi Mokone', 'Thandi Molefe')).to.equal(false));
  it('a middle name spelled otherwise is the same person', () =>
    expect(isMiddleNameVariant('Mamadou Diomaye Ndiaye', 'Mamadou Diomey Ndiaye')).to.equal(true));
  it('another middle name from another initial is not', () =>
    expect(isMiddleNameVariant('Mamadou Diomaye Ndiaye', 'Mamadou Lamine Ndiaye')).to.equal(false));
  it('a different surname is not a middle-name variant', () =>
    expect(isMiddleNameVariant('Mamadou Diomaye Ndiaye', 'Mamadou Diomey Sall')).to.equal(false));
  it('a middle initial does not make another name', () =>
    expect(withoutMiddleInitials('Thandi K. Mokone')).to.equal('Thandi Mokone'));
  it('East Asian order', () => expect(isReversed('Tanaka Hiroshi', 'Hiroshi Tanaka')).to.equal(true));
});
