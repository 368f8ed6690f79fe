import { expect } from 'chai';
import { cleanArticle, parseDateLine } from '../../server/ingest/clean';
import { findDates } from '../../server/ingest/dates';
import { extractArticle } from '../../server/ingest/extract';
import { actsAsState, personKey } from '../../server/ingest/mentions';
import { ArticleGraph } from '../../server/ingest/types';

function facts(graph: ArticleGraph): string[] {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  return graph.facts.map((f) => {
    const props = Object.values(f.props).filter((v) => v !== null && v !== 'participant');
    return `${names.get(f.from)} ${f.type}${props.length ? `(${props.join(',')})` : ''} ${names.get(f.to)}`;
  });
}

// Made-up wire copy, in the style of the articles Readout will meet: none of it is in the seeds.
const WIRE = `Macron and Merz pledge joint push on defence spending

BERLIN, March 4 (Reuters) - French President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin on Tuesday, the Elysee said, as Europe weighs its response to US tariffs.

The two leaders discussed Ukraine and trade, according to a statement from the German government.

Macron told reporters after the meeting that Paris would "stand with Kyiv for as long as it takes".

Advertisement

Merz later spoke by phone with Japanese Prime Minister Shigeru Ishiba, Kyodo reported.

Read more
`;

describe('ingest: cleaning a captured page', () => {
  it('drops page furniture and keeps the title, URL and date the page states', () => {
    const page = cleanArticle(
      'Clicky\nWorld\nLeaders meet in Geneva for talks\n\nPublished : 19 Jun 2022 02:17 AM | Updated : 19 Jun 2022\nhttps://example.org/a/1\nThe leaders met on Monday.\nAdvertisement\nLetters to the Past: What Nobody Knew Before\nOther Topics of Interest\nSource link\nThe leaders met on Monday.\nNEXT NEWS',
    );
    expect(page.title).to.equal('Leaders meet in Geneva for talks');
    expect(page.publishedAt).to.equal('2022-06-19');
    expect(page.url).to.equal('https://example.org/a/1');
    expect(page.paragraphs).to.deep.equal(['The leaders met on Monday.']);
  });

  it('reads date lines in the forms pages print', () => {
    expect(parseDateLine('20220615')).to.equal('2022-06-15');
    expect(parseDateLine('Published: March 3, 2025')).to.equal('2025-03-03');
    expect(parseDateLine('20221345')).to.equal(null);
    expect(parseDateLine('The leaders met.')).to.equal(null);
  });

  it('keeps a site name the page states ("Site icon …")', () => {
    expect(cleanArticle('Site icon Daily Planet\n\nA headline that is long enough\nBody text here.').siteName).to.equal(
      'Daily Planet',
    );
  });
});

describe('ingest: dates against the publication date', () => {
  it('puts a past weekday before publication, a planned one after, and keeps precision', () => {
    const at = (s: string, published: string | null = '2022-06-19') => findDates(s, published).map((d) => d.iso);
    expect(at('Xi told Putin on Wednesday that')).to.deep.equal(['2022-06-15']);
    expect(at('They are planning to visit Kyiv on Thursday')).to.deep.equal(['2022-06-23']);
    expect(at('In February, Putin and Xi met in Beijing')).to.deep.equal(['2022-02']);
    expect(at('in a call today')).to.deep.equal(['2022-06-19']);
    expect(at('On Feb. 24, 2022, Russia launched')).to.deep.equal(['2022-02-24']);
    expect(at('On June 10, Russia and China opened a bridge', '2022-06-15')).to.deep.equal(['2022-06-10']);
    expect(at('in December the two met', '2022-06-15')).to.deep.equal(['2021-12']);
  });

  it('leaves relative dates unresolved when the publication date is unknown', () => {
    expect(findDates('Xi told Putin on Wednesday', null)).to.deep.equal([]);
  });
});

describe('ingest: entity rules', () => {
  it('tells a capital acting for its state from the city', () => {
    const check = (s: string, word: string) => actsAsState(s, s.indexOf(word), s.indexOf(word) + word.length);
    expect(check('Beijing said it would respond.', 'Beijing')).to.equal(true);
    expect(check('It condemned Moscow’s invasion.', 'Moscow')).to.equal(true);
    expect(check('Putin and Xi met in Beijing in February.', 'Beijing')).to.equal(false);
    expect(check('BEIJING AFP - Chinese President', 'BEIJING')).to.equal(false);
    expect(check('the Beijing Winter Olympics', 'Beijing')).to.equal(false);
  });

  it('gives near-miss spellings one key', () => {
    expect(personKey('Volodymyr Zelenskiy')).to.equal(personKey('Volodymyr Zelensky'));
    expect(personKey('Volodymyr Zelenskyy')).to.equal(personKey('Volodymyr Zelensky'));
    expect(personKey('Sergey Lavrov')).to.equal(personKey('Sergei Lavrov'));
    expect(personKey('Xi Jinping')).to.not.equal(personKey('Wang Yi'));
  });
});

describe('ingest: extraction on an unseen wire story', () => {
  const graph = extractArticle('wire-1', WIRE, { publishedAt: '2025-03-05' });
  const found = facts(graph);
  const byName = (name: string) => graph.entities.find((e) => e.name === name);

  it('finds people by their titles, with the office and the state', () => {
    expect(found).to.include.members([
      'Emmanuel Macron HOLDS_ROLE(President) France',
      'Friedrich Merz HOLDS_ROLE(Chancellor) Germany',
      'Shigeru Ishiba HOLDS_ROLE(Prime Minister) Japan',
    ]);
  });

  it('builds the meeting with its participants, place and date, and its reporters', () => {
    const meeting = graph.entities.find((e) => e.kind === 'Event' && e.props?.kind === 'meeting');
    expect(meeting?.props?.date).to.equal('2025-03-04');
    expect(found).to.include.members([
      `Emmanuel Macron PARTICIPATED_IN ${meeting!.name}`,
      `Friedrich Merz PARTICIPATED_IN ${meeting!.name}`,
      `${meeting!.name} TOOK_PLACE_IN Berlin`,
      `${meeting!.name} REPORTED_BY Élysée Palace`,
      `${meeting!.name} REPORTED_BY Reuters`,
    ]);
  });

  it('builds the phone call reported by Kyodo', () => {
    const call = graph.entities.find((e) => e.kind === 'Event' && e.props?.kind === 'call');
    expect(call, 'call event').to.not.equal(undefined);
    expect(found).to.include.members([
      `Friedrich Merz PARTICIPATED_IN ${call!.name}`,
      `Shigeru Ishiba PARTICIPATED_IN ${call!.name}`,
      `${call!.name} REPORTED_BY Kyodo News`,
    ]);
  });

  it('resolves short names to the full person and keeps boilerplate out', () => {
    const macron = byName('Emmanuel Macron') as unknown as { aliases: string[] };
    expect(macron.aliases).to.include('Macron');
    expect(
      graph.entities
        .filter((e) => e.kind === 'Person')
        .map((e) => e.name)
        .sort(),
    ).to.deep.equal(['Emmanuel Macron', 'Friedrich Merz', 'Shigeru Ishiba']);
    expect(graph.sentences.join(' ')).to.not.match(/Advertisement|Read more/);
  });
});
