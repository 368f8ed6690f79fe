import { expect } from 'chai';
import { compareReadouts } from '../../server/services/readouts/compare';
import { foldDuplicates } from '../../server/services/readouts/dedupe';
import { ArticleRef, EntityRef, EventSentence } from '../../server/services/readouts/types';

/** An invented event, its sources and its articles: the talks on the cod quota between Norland and Estmark. */
const entity = (id: string, name: string, label: string, country: string | null = null, stateAffiliated = false) => ({
  id,
  name,
  label,
  country,
  stateAffiliated,
});
const E = {
  gazette: entity('outlet:harbour-gazette', 'Harbour Gazette', 'Outlet', 'XN'),
  star: entity('outlet:evening-star', 'Evening Star', 'Outlet', 'XN'),
  wire: entity('outlet:coast-wire', 'Coast Wire', 'Outlet'),
  river: entity('outlet:river-post', 'River Post', 'Outlet'),
  north: entity('outlet:north-times', 'North Times', 'Outlet'),
  radio: entity('outlet:estmark-radio', 'Estmark Radio', 'Outlet', 'XE', true),
  ministry: entity('org:norland-fisheries', 'Fisheries Ministry of Norland', 'Organization', 'XN'),
  norland: entity('country:norland', 'Norland', 'Country', 'XN'),
  estmark: entity('country:estmark', 'Estmark', 'Country', 'XE'),
  stone: entity('person:ada-stone', 'Ada Stone', 'Person'),
  ports: entity('place:northern-ports', 'northern ports', 'Place'),
  talks: entity('event:talks', 'Talks: Norland – Estmark', 'Event'),
};
const ALIASES: Record<string, string[]> = { [E.ministry.id]: ['Norland’s fisheries ministry'] };

const A1: ArticleRef = {
  id: 'a1',
  title: 'Cod quota cut',
  url: 'https://gazette.example/quota',
  publishedAt: '2031-03-04',
  outlet: 'Harbour Gazette',
};
const A2: ArticleRef = {
  id: 'a2',
  title: 'Fleet deal',
  url: 'https://www.tidings.example/a2',
  publishedAt: '2031-03-03',
  outlet: null,
};
const A3: ArticleRef = { id: 'a3', title: null, url: null, publishedAt: null, outlet: null };

let index = 0;
function sentence(
  id: string,
  article: ArticleRef,
  text: string,
  { reporters = [], mentions = [] }: { reporters?: EntityRef[]; mentions?: EntityRef[] } = {},
): EventSentence {
  return {
    id,
    text,
    index: index++,
    article,
    publisher: article === A1 ? E.gazette : null,
    reporters,
    // Every sentence mentions the talks; the sources it names too, as the extractor would have them.
    mentions: [E.talks, ...reporters, ...mentions].map((e) => ({
      entity: e,
      surfaces: [],
      names: [e.name, ...(ALIASES[e.id] ?? [])],
    })),
  };
}

const S = {
  quoting: sentence(
    's1',
    A1,
    'The two ministers agreed to cut the cod quota by a fifth, the Evening Star reports quoting Coast Wire, River Post and North Times.',
    { reporters: [E.wire, E.star, E.river, E.north] },
  ),
  ministry: sentence('s2', A1, 'Norland’s fisheries ministry said the new quota would protect spawning grounds.', {
    reporters: [E.ministry],
    mentions: [E.norland],
  }),
  readout: sentence('s3', A1, 'The talks lasted six hours, according to Norland’s official readout of the meeting.', {
    mentions: [E.norland],
  }),
  background: sentence('s4', A1, 'Talks of this kind have been held every spring since the treaty.'),
  own: sentence('s5', A1, 'Fishermen in the northern ports called the cut “a death sentence for small boats”.', {
    mentions: [E.ports],
  }),
  reprint: sentence('s6', A2, 'Norland’s fisheries  ministry said the new quota would protect spawning grounds.', {
    reporters: [E.ministry],
  }),
  radioOnce: sentence('s7', A2, 'Estmark Radio reported that the deal “opens the northern sea to our fleet” at last.', {
    reporters: [E.radio],
  }),
  radioTwice: sentence(
    's8',
    A2,
    'Estmark Radio reported that the deal “opens the northern sea to our fleet” at last, say Estmark Radio and Coast Wire.',
    { reporters: [E.wire, E.radio] },
  ),
  aside: sentence('s9', A2, 'The meeting was the third this year.'),
  state: sentence('s10', A3, 'Estmark wants a larger share of the quota, Estmark’s statement on the talks said.', {
    mentions: [E.estmark],
  }),
  adjective: sentence('s11', A3, 'Norland Prime Minister Ada Stone said the agreement was fair.', {
    mentions: [E.norland, E.stone],
  }),
};

describe('readouts compared: one column per source, each sentence once', () => {
  const { columns, context } = compareReadouts(Object.values(S), E.talks.id);
  const column = (name: string) => columns.find((c) => c.source.name === name);
  const ids = (name: string) => column(name)?.cards.map((c) => c.sentenceId);

  it('puts a sentence that one outlet quotes from three others in the quoting outlet’s column only', () => {
    expect(ids('Evening Star')).to.deep.equal(['s1']);
    const card = column('Evening Star')!.cards[0];
    expect(card.attributedBy).to.equal('graph');
    expect(card.alongside.map((a) => `${a.role} ${a.source.name}`)).to.deep.equal([
      'quoted Coast Wire',
      'quoted River Post',
      'quoted North Times',
    ]);
    // Quoted and nothing of their own: no column of their own.
    for (const quoted of ['Coast Wire', 'River Post', 'North Times']) expect(column(quoted)).to.equal(undefined);
  });

  it('shows every sentence once: copies in other articles and repeats inside a longer sentence fold into one', () => {
    const shown = [...columns, ...context].flatMap((c) => c.cards);
    const texts = shown.map((c) => c.text);
    expect(new Set(texts).size).to.equal(texts.length);
    expect(shown.map((c) => c.sentenceId).sort()).to.deep.equal(
      ['s1', 's3', 's4', 's5', 's6', 's8', 's9', 's10', 's11'].sort(),
    );
    // The same words in two articles: the earlier published stands for both.
    const ministryCard = column('Fisheries Ministry of Norland')!.cards.find((c) => c.sentenceId === 's6')!;
    expect(ministryCard.copies.map((c) => `${c.sentenceId} in ${c.article.id}`)).to.deep.equal(['s2 in a1']);
    const radioCard = column('Estmark Radio')!.cards[0];
    expect(radioCard.sentenceId).to.equal('s8');
    expect(radioCard.copies.map((c) => c.sentenceId)).to.deep.equal(['s7']);
  });

  it('gives a sentence two sources speak together to the first named, the other alongside', () => {
    const card = column('Estmark Radio')!.cards[0];
    expect(card.alongside.map((a) => `${a.role} ${a.source.name}`)).to.deep.equal(['with Coast Wire']);
  });

  it('folds a state’s readout into its official body’s column, credited by the sentence’s own words', () => {
    const ministry = column('Fisheries Ministry of Norland')!;
    expect(ministry.including.map((s) => s.name)).to.deep.equal(['Norland']);
    expect(ministry.cards.map((c) => `${c.sentenceId} ${c.attributedBy}`)).to.deep.equal(['s6 graph', 's3 text']);
    expect(column('Norland')).to.equal(undefined);
  });

  it('keeps a state with no official body among the sources as a column of its own', () => {
    expect(column('Estmark')!.cards.map((c) => `${c.sentenceId} ${c.attributedBy}`)).to.deep.equal(['s10 text']);
    expect(column('Estmark')!.group).to.equal('official');
  });

  it('takes a state named as an adjective for no source: the sentence stays with its article’s outlet', () => {
    expect(ids('Outlet not recorded')).to.deep.equal(['s11']);
  });

  it('orders publishing outlets, then quoted agencies, then official bodies, states and state media; most first', () => {
    expect(columns.map((c) => `${c.group}: ${c.source.name} (${c.cards.length})`)).to.deep.equal([
      'publisher: Harbour Gazette (2)',
      'publisher: Outlet not recorded (1)',
      'agency: Evening Star (1)',
      'official: Fisheries Ministry of Norland (2)',
      'official: Estmark Radio (1)',
      'official: Estmark (1)',
    ]);
  });

  it('sets apart, as context, a source whose sentences report nobody’s words; it is named by its site', () => {
    expect(context.map((c) => `${c.source.name}: ${c.cards.map((x) => x.sentenceId).join(' ')}`)).to.deep.equal([
      'tidings.example: s9',
    ]);
    // Inside a column, a sentence with no claim stays, unmarked.
    const background = column('Harbour Gazette')!.cards.find((c) => c.sentenceId === 's4')!;
    expect(background.claim).to.deep.equal([]);
  });

  it('marks the claim of each reporting sentence, not the source’s name', () => {
    const card = column('Evening Star')!.cards[0];
    const claimed = card.claim.map((s) => card.text.slice(s.start, s.end));
    expect(claimed).to.deep.equal(['The two ministers agreed to cut the cod quota by a fifth']);
  });

  it('singles out nothing said once: one mention is no difference (log-odds with a prior, not overlap)', () => {
    // Under stem overlap, "death", "sentence" and "northern ports" were the Gazette's own; said once, they are not.
    for (const c of columns) {
      expect(c.onlyHere, c.source.name).to.deep.equal({ entities: [], terms: [] });
      for (const card of c.cards) expect(card.onlyHere).to.deep.equal([]);
    }
  });
});

describe('readouts compared: what a column says distinctively', () => {
  // Four sources, four sentences each, on the same quota; only the radio keeps to sovereignty and the northern ports.
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday'];
  const said = (source: EntityRef, prefix: string, claim: (day: string) => string, mentions: EntityRef[] = []) =>
    days.map((day) =>
      sentence(`${prefix}-${day}`, A3, `${source.name} said ${claim(day)}`, { reporters: [source], mentions }),
    );
  const { columns } = compareReadouts(
    [
      ...said(E.star, 'star', (d) => `on ${d} the quota talks went well for both fleets and their catch.`),
      ...said(E.ministry, 'ministry', (d) => `the quota talks on ${d} went well for the catch of both fleets.`),
      ...said(E.wire, 'wire', (d) => `for both fleets and their catch the quota talks went well on ${d}.`),
      ...said(E.radio, 'radio', (d) => `on ${d} that the northern ports are Estmark’s by sovereignty.`, [E.ports]),
    ],
    E.talks.id,
  );
  const column = (name: string) => columns.find((c) => c.source.name === name)!;

  it('names the word and the place one column keeps coming back to and the others never do, and marks them', () => {
    const radio = column('Estmark Radio');
    expect(radio.onlyHere.terms).to.deep.equal(['Estmark', 'sovereignty']);
    expect(radio.onlyHere.entities.map((e) => e.name)).to.deep.equal(['northern ports']);
    const card = radio.cards[0];
    expect(card.onlyHere.map((s) => card.text.slice(s.start, s.end))).to.deep.equal([
      'northern ports',
      'Estmark',
      'sovereignty',
    ]);
    // What every source says — the quota, the catch, the fleets — sets none apart.
    for (const c of columns.filter((x) => x !== radio))
      expect(c.onlyHere, c.source.name).to.deep.equal({ entities: [], terms: [] });
  });
});

describe('foldDuplicates', () => {
  const s = (id: string, text: string, publishedAt: string | null = null) => ({ id, text, article: { publishedAt } });

  it('keeps the earliest published of identical sentences, whatever their quotes and spacing', () => {
    const folded = foldDuplicates([
      s('late', 'The bridge “will open in May,” the mayor said.', '2031-05-02'),
      s('early', 'The bridge "will open in May," the  mayor said.', '2031-05-01'),
    ]);
    expect(folded.map((f) => [f.sentence.id, f.copies.map((c) => c.id)])).to.deep.equal([['early', ['late']]]);
  });

  it('folds a sentence into a longer one that holds it, but never a short phrase', () => {
    const folded = foldDuplicates([
      s('short', 'The bridge will open in May, the mayor said.'),
      s('long', 'The bridge will open in May, the mayor said. City Radio.'),
      s('phrase', 'The mayor said.'),
    ]);
    expect(folded.map((f) => [f.sentence.id, f.copies.map((c) => c.id)])).to.deep.equal([
      ['long', ['short']],
      ['phrase', []],
    ]);
  });
});
