import { expect } from 'chai';
import { ArticleMetadata } from '../../server/ingest/extract';
import { events, extract, facts } from '../support/extract-helpers';

/**
 * The event layer's rules (server/ingest/knowledge/lang/en/event-syntax.json and the stages that read them), one
 * test each, on sentences written for these tests. Published on Friday 7 March 2025 unless a test says otherwise,
 * so "on Monday" is 3 March. CoreNLP's annotations are frozen (test/fixtures/nlp): no JVM.
 */

const PUBLISHED: ArticleMetadata = { publishedAt: '2025-03-07' };
const placesOf = async (text: string, meta = PUBLISHED) =>
  (await facts(text, meta)).filter((f) => f.includes(' TOOK_PLACE_IN ')).map((f) => f.split(' TOOK_PLACE_IN ')[1]);
/** "Lima by place-of-occasion": each place with the place rule that found it. */
const placeRulesOf = async (text: string, meta = PUBLISHED) => {
  const graph = await extract(text, meta);
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  return graph.facts
    .filter((f) => f.type === 'TOOK_PLACE_IN')
    .map((f) => `${names.get(f.to)} by ${f.rule.split('/').pop()}`);
};
const reportersOf = async (text: string, meta = PUBLISHED) =>
  (await facts(text, meta)).filter((f) => f.includes(' REPORTED_BY ')).map((f) => f.split(' REPORTED_BY ')[1]);

describe('event layer: rules over the parse', () => {
  describe('predicates: which words name an event', () => {
    it('a frame: winning the presidency is an election', async () =>
      expect(await events('Ana Ruiz won the presidency with 58% of the vote on Sunday.')).to.deep.equal([
        'election 2025-03-02: Ana Ruiz',
      ]));
    it('a frame: a court that upholds, overturns or dismisses rules', async () =>
      expect(
        await events(
          'The Supreme Court of Peru on Sunday upheld the results of the referendum, after a petition by the Unity Party.',
        ),
      ).to.include('ruling 2025-03-02: Supreme Court of Peru'));
    it('a joint military drill is a manoeuvre in the singular too; a drill alone is not', async () => {
      expect(
        await events('Chile and Peru on Monday began their largest joint military drill off the coast of Arica.'),
      ).to.deep.equal(['drill 2025-03-03: Chile – Peru']);
      expect(await events('Ana Ruiz bought a drill in Lima on Monday.')).to.deep.equal([]);
    });
    it('a frame: exchanging views is a discussion, not an exchange', async () =>
      expect(await events('Ana Ruiz and Pedro Soto exchanged views on regional security on Monday.')).to.deep.equal([
        'discussion 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('a central bank’s rate decision is an event; a raised flag or boosted spending is not', async () => {
      expect(await events('The Central Bank of Chile cut its key interest rate on Monday.')).to.deep.equal([
        'interest rate decision 2025-03-03: Central Bank of Chile',
      ]);
      expect(await events('Protesters raised the flag in Lima on Monday.')).to.deep.equal([]);
      expect(await events('The government of Chile boosted spending on Monday.')).to.deep.equal([]);
    });
    it('a frame: "swore in his cabinet", the particle read as a preposition, is an inauguration', async () =>
      expect(await events('President Ana Ruiz swore in her new cabinet in Lima on Monday.')).to.deep.equal([
        'inauguration 2025-03-03: Ana Ruiz',
      ]));
    it('an open vocabulary: joint patrols show force', async () =>
      expect(await events('Chilean and Peruvian warships conducted joint patrols on Monday.')).to.deep.equal([
        'patrol 2025-03-03: Chile – Peru',
      ]));
    it('a frame: a state striking a target attacks it', async () =>
      expect(await events('Chile struck Peruvian air defences on Monday.')).to.deep.equal([
        'attack 2025-03-03: Chile – Peru',
      ]));
    it('… but a state that strikes a deal attacks no one', async () =>
      expect(
        (await events('Chile and Peru struck a trade deal on Monday.')).some((e) => e.startsWith('attack')),
      ).to.equal(false));
    it('a quantity is transparent: "adopted a package of sanctions" is sanctions by who adopted them', async () =>
      expect(
        await events('The European Union adopted a new package of sanctions against Peru on Monday.'),
      ).to.deep.equal(['sanctions 2025-03-03: Peru – European Union']));
    it('a frame: prisoners swapped are a prisoner exchange', async () =>
      expect(await events('Chile and Peru swapped 40 prisoners on Monday.')).to.deep.equal([
        'exchange 2025-03-03: Chile – Peru',
      ]));
    it('hosting a thing is no visit ("hosted a dinner"); hosting a guest is', async () => {
      expect(await events('Ana Ruiz hosted a dinner in Lima on Monday.')).to.deep.equal([]);
      expect(await events('Ana Ruiz hosted her Peruvian counterpart in Lima on Monday.')).to.deep.equal([
        'visit 2025-03-03: Peru – Ana Ruiz',
      ]);
    });
    it('a frame: an ambassador recalled lowers relations with the state he was sent to', async () =>
      expect(await events('Chile recalled its ambassador to Peru on Monday.')).to.deep.equal([
        'break in relations 2025-03-03: Chile – Peru',
      ]));
    it('a body holding the gathering ("the two-day AU summit") is more than one side', async () =>
      expect(await events('The two-day AU summit opened in Addis Ababa on Monday.')).to.deep.equal([
        'summit 2025-03-03: African Union',
      ]));
    it('a body named for its members ("foreign ministers of the G7") is more than one side', async () =>
      expect(await events('Foreign ministers of the G7 will meet in Lima on Monday.')).to.deep.equal([
        'meeting 2025-03-10: G7',
      ]));
    it('a frame: relations broken off are a break in relations, with the other state', async () =>
      expect(await events('Chile broke off diplomatic relations with Peru on Monday.')).to.deep.equal([
        'break in relations 2025-03-03: Chile – Peru',
      ]));
    it('a frame: relations restored', async () =>
      expect(await events('Chile and Peru restored diplomatic ties on Monday.')).to.deep.equal([
        'restoration of relations 2025-03-03: Chile – Peru',
      ]));
    it('a sense that needs its object: "severed a cable" is no break in relations', async () =>
      expect(await events('Workers severed a cable in Lima on Monday.')).to.deep.equal([]));
    it('an occasion of a refusing verb is no irrealis: "rejected … in a referendum"', async () =>
      expect(await events('Voters in Chile rejected the new constitution in a referendum on Monday.')).to.deep.equal([
        'referendum 2025-03-03: Chile',
      ]));
    it('an event verb', async () =>
      expect(await events('Ana Ruiz met Pedro Soto on Monday.')).to.deep.equal([
        'meeting 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('an event noun carried by a support verb ("held talks")', async () =>
      expect(await events('Ana Ruiz held talks with Pedro Soto on Monday.')).to.deep.equal([
        'talks 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('an open vocabulary: an arrest', async () =>
      expect(await events('Police arrested Pedro Soto in Lima on Monday.')).to.include(
        'arrest 2025-03-03: Pedro Soto',
      ));
    it('an object the parser took for the subject of a participle after it ("started their exercises … aimed at")', async () =>
      expect(
        await events(
          'Chile, Peru and Bolivia on Monday started their eight-day naval exercises in the Pacific aimed at greater military cooperation.',
        ),
      ).to.deep.equal(['exercises 2025-03-03: Bolivia – Chile – Peru']));
    it('"kicked off" carries the event it starts ("kicked off joint naval manoeuvres")', async () =>
      expect(await events('Chile and Peru kicked off joint naval manoeuvres in the Pacific on Monday.')).to.deep.equal([
        'manoeuvre 2025-03-03: Chile – Peru',
      ]));
    it('an open vocabulary: a funeral', async () =>
      expect(await events('Ana Ruiz attended the funeral of Pedro Soto on Monday.')).to.include(
        'funeral 2025-03-03: Ana Ruiz – Pedro Soto',
      ));
    it('"laid to rest" is a burial, of the one laid to rest', async () =>
      expect(await events('Pedro Soto was laid to rest on Monday in his home town.')).to.deep.equal([
        'burial 2025-03-03: Pedro Soto',
      ]));
    it('the one a judge "swore in" takes office', async () =>
      expect(await events('Chief Justice Ana Ruiz swore in Pedro Soto as president on Monday.')).to.deep.equal([
        'inauguration 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('"called on" a person is a courtesy call: a meeting, not a phone call', async () =>
      expect(await events('Ana Ruiz called on Pedro Soto in Lima on Monday.')).to.deep.equal([
        'meeting 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('… also when the parser reads "on" as a particle ("called on Peruvian counterpart Pedro Soto")', async () =>
      expect(
        await events(
          'Prime Minister Pedro Soto arrived in Lima on Monday. The Prime Minister called on Peruvian counterpart Ana Ruiz.',
        ),
      ).to.satisfy(
        (found: string[]) =>
          found.some((e) => /^meeting .*Ana Ruiz – Pedro Soto$/.test(e)) && !found.some((e) => e.startsWith('call')),
      ));
    it('… but "called on" a person to do something is an appeal, no meeting', async () =>
      expect(await events('Ana Ruiz called on Pedro Soto on Monday to release the prisoners.')).to.deep.equal([]));
    it('"is on a visit to" a country is a visit there', async () =>
      expect(
        await events('Pedro Soto, who is on a three-day state visit to Chile, met Ana Ruiz on Monday.'),
      ).to.include('visit 2025-03: Pedro Soto'));
    it('a presidential or general "poll" is an election; a poll that shows something is a survey', async () => {
      expect(await events('Ana Ruiz won last month’s presidential poll with 61 percent of the vote.')).to.deep.equal([
        'election 2025-02: Ana Ruiz',
      ]);
      expect(await events('A poll published on Monday showed Ana Ruiz ahead of Pedro Soto.')).to.deep.equal([]);
    });
    it('an event done again is of the kind done first ("re-election")', async () =>
      expect(await events('Ana Ruiz won re-election in January.')).to.deep.equal(['election 2025-01: Ana Ruiz']));
    it('a compound names its head event by its modifier ("the signing ceremony")', async () =>
      expect(await events('Chile and Peru held a signing ceremony on Monday.')).to.deep.equal([
        'signing 2025-03-03: Chile – Peru',
      ]));
    it('… but consultations are about their modifier ("ceasefire talks" are talks)', async () =>
      expect(await events('Chile and Peru held ceasefire talks in Lima on Monday.')).to.deep.equal([
        'talks 2025-03-03: Chile – Peru',
      ]));
    it('generic: what a bare plural class did, in a relative clause with no date, is no event', async () =>
      expect(
        await events('Ana Ruiz laid a wreath at a memorial to Peruvian soldiers who fought in the Pacific War.'),
      ).to.deep.equal([]));
    it('negated: "did not meet" is no event', async () =>
      expect(await events('Ana Ruiz did not meet Pedro Soto on Monday.')).to.deep.equal([]));
    it('irrealis: "called for talks" is no event', async () =>
      expect(await events('Ana Ruiz called for talks with Pedro Soto.')).to.deep.equal([]));
    it('two sides: talks told with one party only make no event', async () =>
      expect(await events('Ana Ruiz held talks on Monday.')).to.deep.equal([]));
    it('remote: "spoke by phone" is a call with no place', async () =>
      expect(await events('Ana Ruiz spoke with Pedro Soto by phone on Monday.')).to.deep.equal([
        'call 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('remote: a telephone conversation is a call', async () =>
      expect(await events('Ana Ruiz held a telephone conversation with Pedro Soto on Monday.')).to.deep.equal([
        'call 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('frame: a person received is a visit hosted', async () =>
      expect(await events('Ana Ruiz received Pedro Soto on Monday.')).to.deep.equal([
        'visit 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('frame: a reciprocal greeting is an encounter', async () =>
      expect(
        await events('Ana Ruiz and her Chilean counterpart, Pedro Soto, greeted each other on Monday.'),
      ).to.deep.equal(['meeting 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('frame: a journey to a place is a visit', async () =>
      expect(await events('Ana Ruiz travelled to Peru on Monday.')).to.deep.equal(['visit 2025-03-03: Ana Ruiz']));
    it('frame: removed from office is a dismissal', async () =>
      expect(await events('The court removed Pedro Soto from office on Monday.')).to.include(
        'dismissal 2025-03-03: Pedro Soto',
      ));
    it('frame: replacing someone is a handover', async () =>
      expect(await events('Ana Ruiz replaced Pedro Soto as chair on Monday.')).to.deep.equal([
        'handover 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('frame: assuming an office is a handover', async () =>
      expect(await events('Ana Ruiz assumed the chairmanship on Monday.')).to.deep.equal([
        'handover 2025-03-03: Ana Ruiz',
      ]));
    it('frame: the person received named beside a description', async () =>
      expect(await events('Ana Ruiz received her Chilean counterpart, Pedro Soto, on Monday.')).to.deep.equal([
        'visit 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('frame: received, in the passive', async () =>
      expect(
        await events('Pedro Soto arrived in Lima on Monday. He was received at the airport by Ana Ruiz.'),
      ).to.include('visit 2025-03-03: Ana Ruiz – Pedro Soto'));
    it('repair: an object cut from its verb by a fronted date and place', async () =>
      expect(
        await events('Ana Ruiz held on Thursday at the palace, talks with her Chilean counterpart, Pedro Soto.'),
      ).to.deep.equal(['talks 2025-03-06: Ana Ruiz – Pedro Soto']));
    it('repair: a name right after the noun that describes it', async () =>
      expect(
        await facts('Ana Ruiz has officially received her Chilean counterpart Pedro Soto at the palace.'),
      ).to.include('Pedro Soto PARTICIPATED_IN Visit: Ana Ruiz – Pedro Soto, 2025-03-07'));
    it('senseNeeds: "agreed to remain in contact" is no agreement', async () =>
      expect(await events('Ana Ruiz and Pedro Soto agreed on Monday to remain in contact.')).to.deep.equal([]));
    it('senseNeeds: "the two sides agreed" is an agreement', async () =>
      expect(await events('Chile and Peru agreed on a new border deal on Monday.')).to.have.length(1));
    it('senseNeeds: "released a statement" is no event; "released two fishermen" is', async () => {
      expect(await events('The Chilean presidency released a statement on Monday.')).to.deep.equal([]);
      expect(await events('Chile released two Peruvian fishermen on Monday.')).to.have.length(1);
    });
    it('senseNeeds: "the press release says" is no event', async () =>
      expect(await events("Beijing's press release says Chile is ready to help.")).to.deep.equal([]));
    it('senseNeeds: "called the deal a first step" is no call', async () =>
      expect(await events('Ana Ruiz called the proposal a first step.')).to.deep.equal([]));
  });

  describe('participants', () => {
    it('… but "the Peruvian leader" is not the Peruvian foreign minister', async () =>
      expect(
        (
          await events(
            'Peruvian Foreign Minister Pedro Soto arrived in Santiago on Monday. The Peruvian leader met his Chilean counterpart Ana Ruiz at La Moneda Palace.',
          )
        ).filter((e) => e.startsWith('meeting')),
      ).to.not.satisfy((found: string[]) => found.some((e) => e.includes('Pedro Soto'))));
    it('"the Peruvian official" is the one person the story gives a Peruvian office, not Peru', async () =>
      expect(
        (
          await events(
            'Peruvian Foreign Minister Pedro Soto arrived in Santiago on Monday. The Peruvian official met his Chilean counterpart Ana Ruiz at the Foreign Ministry.',
          )
        ).filter((e) => e.startsWith('meeting')),
      ).to.deep.equal(['meeting 2025-03: Ana Ruiz – Pedro Soto']));
    it('"it" in what a body announces is that body', async () =>
      expect(
        await events('The Central Bank of Chile announced on Monday that it had raised the key rate from 5% to 6%.'),
      ).to.deep.equal(['interest rate decision 2025-03-03: Central Bank of Chile']));
    it('who presides over a signing takes part in it', async () =>
      expect(
        await events(
          'President Ana Ruiz and President Pedro Soto of Chile on Tuesday presided over the signing of eight agreements.',
        ),
      ).to.deep.equal(['signing 2025-03-04: Ana Ruiz – Pedro Soto']));
    it('quotative inversion: "…, said Luis Vargas, deputy commissioner" leaves the arrested one the object', async () =>
      expect(
        await events(
          'Almost nine hours after the rally, police late Monday arrested Ana Maria Ruiz, the secretary general of the Unity Party led by former President Pedro Soto, Ruiz’s main rival, said Luis Vargas, deputy commissioner of the Lima Metropolitan Police in charge of media.',
        ),
      ).to.deep.equal(['arrest 2025-03-03: Ana Maria Ruiz']));
    it('what is discussed is a topic, not a party', async () =>
      expect(await events('Ana Ruiz and Pedro Soto discussed Bolivia in a phone call on Monday.')).to.deep.equal([
        'call 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('those listed after "including" on an event noun take part', async () =>
      expect(
        await events(
          'President Ana Lopes hosted leaders from ten countries at a summit in Lisbon on Tuesday, including Prime Minister Jan Novak and President Eva Horvat.',
        ),
      ).to.deep.equal(['summit 2025-03-04: Ana Lopes – Eva Horvat – Jan Novak']));
    it('a group of leaders stands for those listed after "including"', async () =>
      expect(
        await events(
          'Leaders of ten European countries, including Prime Minister Jan Novak and President Eva Horvat, attended a summit in Lisbon on Tuesday.',
        ),
      ).to.deep.equal(['summit 2025-03-04: Eva Horvat – Jan Novak']));
    it('who is told something in a call takes part', async () =>
      expect(await events('In a phone call on Monday, Ana Ruiz told Pedro Soto that Chile wants peace.')).to.deep.equal(
        ['call 2025-03-03: Ana Ruiz – Pedro Soto'],
      ));
    it('conjoined demonyms before a noun name each state', async () =>
      expect(await events('Chilean and Peruvian troops held joint military exercises on Monday.')).to.include(
        'exercises 2025-03-03: Chile – Peru',
      ));
    it('a subjectless participle clause is done by the main subject', async () =>
      expect(await events('After meeting President Pedro Soto on Sunday, Ana Ruiz flew home.')).to.include(
        'meeting 2025-03-02: Ana Ruiz – Pedro Soto',
      ));
    it('an event noun on a subjectless participle takes the main subject', async () =>
      expect(await events('After holding talks with President Pedro Soto on Sunday, Ana Ruiz flew home.')).to.include(
        'talks 2025-03-02: Ana Ruiz – Pedro Soto',
      ));
    it('"the two sides" are the two people of the talks just told', async () =>
      expect(
        await events(
          'Ana Ruiz held talks with Pedro Soto on Monday. During the discussions, the two sides reviewed trade and the crimes against the people in Chile and Bolivia.',
        ),
      ).to.deep.equal(['talks 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('a group points back, never to names later in its own sentence', async () =>
      expect(
        (await events('The two sides discussed the war between Chile and Bolivia at a meeting on Monday.')).filter(
          (e) => !e.startsWith('war '),
        ),
      ).to.deep.equal([]));
    it('party-to-object: "signed the agreement with" the other party', async () =>
      expect(await events('Ana Ruiz signed the trade agreement with her Chilean counterpart on Monday.')).to.deep.equal(
        ['signing 2025-03-03: Chile – Ana Ruiz'],
      ));
    it('a Title Case headline is parsed in sentence case', async () =>
      expect(
        await events(
          'Chile Signs Agreement With Peru On Deployment Of Police Officers\nChile and Peru signed an agreement on the deployment of police officers on Monday.',
          { publishedAt: '2025-03-04' },
        ),
      ).to.deep.equal(['signing 2025-03-03: Chile – Peru']));
    it('a verb carries one event noun: a second object is what was talked about', async () =>
      expect(
        (
          await events(
            'Ana Ruiz traveled to Chile and Peru and held talks with senior officials of Andean countries on the latest regional developments, particularly the wars in Gaza and Lebanon.',
          )
        ).filter((e) => e.startsWith('war')),
      ).to.deep.equal([]));
    it('"his Chilean counterpart" alone is the Chilean counterpart the article names', async () =>
      expect(
        await events(
          'Peru FM holds talks with his Chilean counterpart in Lima\nPeruvian Foreign Minister Ana Ruiz has held talks with her Chilean counterpart Pedro Soto.',
          { publishedAt: '2025-03-07' },
        ),
      ).to.deep.equal(['talks 2025-03-07: Ana Ruiz – Pedro Soto']));
    it('subject and object', async () =>
      expect(await events('Chile sanctioned Peru on Monday.')).to.deep.equal(['sanctions 2025-03-03: Chile – Peru']));
    it('passive subject', async () =>
      expect(await events('Pedro Soto was arrested on Monday.')).to.deep.equal(['arrest 2025-03-03: Pedro Soto']));
    it('passive agent', async () =>
      expect(await events('The treaty was signed by Chile and Peru on Monday.')).to.deep.equal([
        'signing 2025-03-03: Chile – Peru',
      ]));
    it('company: "talked with"', async () =>
      expect(await events('Ana Ruiz talked with Pedro Soto on Monday.')).to.deep.equal([
        'talks 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('owner: "Ana Ruiz’s visit"', async () =>
      expect(await events('Ana Ruiz’s visit to Peru began on Monday.')).to.deep.equal(['visit 2025-03-03: Ana Ruiz']));
    it('noun complement: "talks between A and B"', async () =>
      expect(await events('Talks between Ana Ruiz and Pedro Soto ended on Monday.')).to.deep.equal([
        'talks 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('name compound: "the Chile-Peru summit"', async () =>
      expect(await events('The Chile-Peru summit opened on Monday.')).to.deep.equal([
        'summit 2025-03-03: Chile – Peru',
      ]));
    it('demonyms: "Chilean-Peruvian talks"', async () =>
      expect(await events('Chilean and Peruvian talks resumed on Monday.')).to.deep.equal([
        'talks 2025-03-03: Chile – Peru',
      ]));
    it('support company: "a meeting was held between"', async () =>
      expect(await events('A meeting was held between Ana Ruiz and Pedro Soto on Monday.')).to.deep.equal([
        'meeting 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('reduced relative: "a meeting attended by"', async () =>
      expect(await events('A meeting attended by Ana Ruiz and Pedro Soto took place on Monday.')).to.deep.equal([
        'meeting 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('contest in a vote: who won and who lost', async () =>
      expect(await events('Ana Ruiz defeated Pedro Soto in a vote on Monday.')).to.deep.equal([
        'vote 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('replaced party: "took over …, replacing"', async () =>
      expect(await events('Ana Ruiz took over the chairmanship on Monday, replacing Pedro Soto.')).to.deep.equal([
        'handover 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('present during it: who acts during a meeting is at it', async () =>
      expect(await events('During Monday’s meeting, Ana Ruiz thanked Pedro Soto.')).to.deep.equal([
        'meeting 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('the guests of the verb that carries it ("hosted Peru and Bolivia at a summit")', async () =>
      expect(await events('Chile hosted Peru and Bolivia at a summit in Santiago on Monday.')).to.deep.equal([
        'summit 2025-03-03: Bolivia – Chile – Peru',
      ]));
    it('an infinitive told of the event noun ("a meeting to be hosted by Chile on Monday") is no visit', async () =>
      expect(
        await events(
          'Ana Ruiz and Pedro Soto will convene a meeting of the border committee to be hosted by Chile on Monday.',
        ),
      ).to.deep.equal(['meeting 2025-03-10: Chile – Ana Ruiz – Pedro Soto']));
    it('a name beside a noun the parser hung on the name before it ("by Ruiz, his Peruvian counterpart Pedro Soto, and …")', async () =>
      expect(
        await events(
          'The two Memorandums of Understanding which are on health and transport sectors were signed by Iranian Foreign Minister Mohammad Reza Karimi, his Turkish counterpart Mehmet Yilmaz, and Turkish Health Minister Ahmet Demir, with the presidents of the two countries in attendance.',
        ),
      ).to.deep.equal(['signing 2025-03: Ahmet Demir – Mehmet Yilmaz – Mohammad Reza Karimi']));
    it('those a group noun lists ("dignitaries including X and Y attended the funeral")', async () =>
      expect(
        await events(
          'Foreign dignitaries including Ana Ruiz and Luis Vega attended the funeral of Pedro Soto on Monday.',
        ),
      ).to.deep.equal(['funeral 2025-03-03: Ana Ruiz – Luis Vega – Pedro Soto']));
    it('… also when the list hangs on the nearer noun ("delegates from other countries including X")', async () =>
      expect(
        await events(
          'Senior delegates from other countries including Prime Minister Ana Ruiz and former President Luis Vega attended the funeral of Pedro Soto on Monday.',
        ),
      ).to.deep.equal(['funeral 2025-03-03: Ana Ruiz – Luis Vega – Pedro Soto']));
    it('speaker at it: "told mourners at the funeral of …"', async () =>
      expect(
        await events('Ana Ruiz told mourners at the funeral of Pedro Soto on Monday that he was a hero.'),
      ).to.deep.equal(['funeral 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('speaker at it, through the audience\'s attendance ("told leaders in attendance at the summit")', async () =>
      expect(
        await events(
          '“My vision, on what is essential, is to put an end to conflicts in Africa, address the challenges of terrorism, and other challenges related to natural disasters, as well as diseases and public health threats that are calling upon us to unite our efforts,” Ana Ruiz told African leaders in attendance at the AU summit on Monday.',
        ),
      ).to.deep.equal(['summit 2025-03-03: African Union – Ana Ruiz']));
    it('speaker in it: "told … in a phone call"', async () =>
      expect(await events('Ana Ruiz told Pedro Soto in a phone call on Monday that Chile would help.')).to.deep.equal([
        'call 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('participation of: "with the participation of"', async () =>
      expect(
        await events('The conference opened in Lima on Monday with the participation of Chile, Peru and Bolivia.'),
      ).to.deep.equal(['conference 2025-03-03: Bolivia – Chile – Peru']));
    it('exclusion: "…, except Egypt" is no participant, even listed among those who are', async () =>
      expect(
        await events(
          'Talks opened in Tehran on Monday with the participation of the foreign ministers of Iraq, Syria, Lebanon, and Jordan, except Egypt.',
        ),
      ).to.deep.equal(['talks 2025-03-03: Iraq – Jordan – Lebanon – Syria']));
    it('a plural office stands for the holders its states have ("the foreign ministers of")', async () =>
      expect(
        await events(
          'Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Pedro Soto arrived. The foreign ministers of Chile and Peru met on Monday.',
        ),
      ).to.include('meeting 2025-03-03: Ana Ruiz – Pedro Soto'));
    it('a state\'s adjective on another noun of the group is no state of it ("heads of Chinese companies")', async () =>
      expect(await events('Ana Ruiz will meet heads of major Chilean companies in Lima on Monday.')).to.deep.equal([]));
    it('a state\'s people named by its demonym\'s plural act for it ("Chileans voted")', async () =>
      expect(await events('Chileans voted on Sunday in a referendum on a new constitution.')).to.include(
        'referendum 2025-03-02: Chile',
      ));
    it('a state organ its state owns acts for it ("Chile\'s army attacked")', async () =>
      expect(await events('Chile’s army attacked Peru on Monday.')).to.deep.equal(['attack 2025-03-03: Chile – Peru']));
    it('"the two leaders" are a side named by its state and a person named by name', async () =>
      expect(
        await events(
          'The Chilean president hosted Pedro Soto in Lima on Monday, where the two leaders signed a trade pact.',
        ),
      ).to.include('signing 2025-03-03: Chile – Pedro Soto'));
    it('a relative pronoun the parser left unattached stands for the noun before it', async () =>
      expect(
        await events(
          'Peru summoned a Chilean diplomat on Monday to protest what it called aggressive actions by the Chilean coast guard, which fired water cannons at a Peruvian supply boat near the Lobos Shoal on Saturday.',
        ),
      ).to.include('fire 2025-03-01: Chile – Chilean coast guard'));
    it('a state organ brings its state ("the Chilean Navy")', async () =>
      expect(await events('The Chilean Navy attacked Peru on Monday.')).to.deep.equal([
        'attack 2025-03-03: Chile – Peru – Chilean Navy',
      ]));
    it('… and that state is an entity of the graph, though no mention names it', async () =>
      expect((await extract('The Chilean Navy attacked Peru on Monday.')).entities.map((e) => e.name)).to.include(
        'Chile',
      ));
    it('a state\'s body brings its state ("stormed the Mexican embassy")', async () =>
      expect(await events('Chilean police stormed the Peruvian embassy in Santiago on Monday.')).to.deep.equal([
        'storm 2025-03-03: Chile – Peru – Embassy of Peru',
      ]));
    it('a common noun named beside it ("accompanied by his sister, Elena Vidal")', async () =>
      expect(
        await events('During his visit, Pedro Soto was accompanied by his influential sister, Elena Vidal.'),
      ).to.include('visit 2025-03: Elena Vidal – Pedro Soto'));
    it('the copula\'s subject ("X is the leader who met Y")', async () =>
      expect(await events('Ana Ruiz is the leader who met Pedro Soto in Lima on Monday.')).to.deep.equal([
        'meeting 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('… and a journey told of the noun ("X is a diplomat who travelled to China")', async () =>
      expect(await events('Pedro Soto is a former diplomat who travelled to China in 2019.')).to.deep.equal([
        'visit 2019: Pedro Soto',
      ]));
    it('a possessive in what one is thanked for is the one thanked\'s ("thanked Soto for his visit")', async () =>
      expect(
        await events(
          'Chilean President Ana Ruiz met Pedro Soto in Lima on Monday. The Chilean president thanked Soto for his visit.',
        ),
      ).to.include('visit 2025-03: Pedro Soto'));
    it('the one a ceremony is given for ("a state banquet for the Emperor")', async () =>
      expect(await events('Ana Ruiz hosted a state banquet for Pedro Soto in Lima on Monday.')).to.deep.equal([
        'banquet 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('voters acting in a vote the parser hangs on what they voted on ("rejected the proposal in a referendum")', async () =>
      expect(await events('Voters in Chile rejected the proposal in a referendum on Sunday.')).to.have.length(1));
    it('… and in what one is congratulated on, without the one who congratulates ("congratulated on his re-election")', async () =>
      expect(
        await events(
          'During the talks, the Chilean president thanked Pedro Soto for the welcome and congratulated him on his re-election.',
        ),
      ).to.include('election 2025-03: Pedro Soto'));
    it('cataphora: "During his visit, X …"', async () =>
      expect(await events('During his visit, Pedro Soto was accompanied by Ana Ruiz.')).to.include(
        'visit 2025-03: Ana Ruiz – Pedro Soto',
      ));
  });

  describe('time', () => {
    it('the time a "since" counts from is not the event’s ("for the first time since assuming office in 2018")', async () =>
      expect(
        await events('Pedro Soto is visiting Chile for the first time since assuming office in 2018.'),
      ).to.not.include('visit 2018: Pedro Soto'));
    it('an act marked as next in the day ("then", "in the evening") takes the day of the act before it', async () =>
      expect(
        await events(
          'Ana Ruiz welcomed Pedro Soto at a ceremony in Lima on Monday. The two leaders then held talks at the presidential palace. In the evening, Ana Ruiz hosted a state banquet for Pedro Soto.',
        ),
      ).to.include.members(['talks 2025-03-03: Ana Ruiz – Pedro Soto', 'banquet 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('… but an unmarked act after it keeps no day of its own', async () =>
      expect(
        await events('Ana Ruiz visited Lima on Monday. Pedro Soto signed a trade agreement with Chile.'),
      ).to.include('signing 2025-03: Chile – Pedro Soto'));
    it('a date the parser took for the subject of the infinitive after it ("sworn in on Wednesday to serve")', async () =>
      expect(
        await events('Pedro Soto was sworn in on Wednesday to serve a second five-year term in office.'),
      ).to.deep.equal(['inauguration 2025-03-05: Pedro Soto']));
    it('a sentence-final report the parser hung under the event dates it ("…, the agency KCNA reported on Monday")', async () =>
      expect(
        await events(
          'LIMA--Peruvian Foreign Minister Pedro Soto had a meeting with Chile’s foreign minister, Ana Ruiz, the official news agency Andina reported on Monday.',
        ),
      ).to.deep.equal(['meeting 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('an event a court’s ruling upholds does not take the ruling’s day', async () =>
      expect(
        (
          await events('The Supreme Court of Peru on Friday upheld the election of Ana Ruiz as governor of Cusco.')
        ).filter((e) => e.startsWith('election')),
      ).to.deep.equal(['election 2025-03: Ana Ruiz']));
    it('a week that spans two months leaves the event undated, not dated by the report', async () =>
      expect(await events('Ana Ruiz met Pedro Soto in Lima last week, the ministry said on Friday.')).to.deep.equal([
        'meeting undated: Ana Ruiz – Pedro Soto',
      ]));
    it('… and outweighs the publication day a present-tense headline stands in for', async () =>
      expect(await events('Ruiz meets Soto\nAna Ruiz met Pedro Soto in Lima last week.')).to.deep.equal([
        'meeting undated: Ana Ruiz – Pedro Soto',
      ]));
    it('the simple present of a timetable is to come ("the summit, which opens on Monday")', async () =>
      expect(
        (await events('Ana Ruiz travelled to Lima for the Andean Community summit, which opens on Monday.')).filter(
          (e) => e.startsWith('summit'),
        ),
      ).to.deep.equal(['summit 2025-03-10: Andean Community – Ana Ruiz']));
    it('a when-clause happened at the time its main clause names ("began in 2019 when")', async () =>
      expect(await events('The dispute began in 2019 when Peru seized a Chilean ship.')).to.deep.equal([
        'seizure 2019: Chile – Peru',
      ]));
    it('a clause told of a day happened that day ("on Monday, when the two signed")', async () =>
      expect(
        await events('Ana Ruiz hosted Pedro Soto in Lima on Monday, when the two leaders signed a trade pact.'),
      ).to.include('signing 2025-03-03: Ana Ruiz – Pedro Soto'));
    it('a weekday SUTime folds into a span ("lasted 90 minutes on Friday") is the day', async () =>
      expect(await events('The meeting between Ana Ruiz and Pedro Soto lasted 90 minutes on Thursday.')).to.deep.equal([
        'meeting 2025-03-06: Ana Ruiz – Pedro Soto',
      ]));
    it('a fronted date the parser takes for the head ("On Thursday, March 6, X met Y") dates the clause', async () =>
      expect(await events('On Thursday, March 6, Ana Ruiz met Pedro Soto in Lima.')).to.deep.equal([
        'meeting 2025-03-06: Ana Ruiz – Pedro Soto',
      ]));
    it('… and the event noun its verb carries ("On Thursday, March 6, X held talks with Y")', async () =>
      expect(await events('On Thursday, March 6, Ana Ruiz held talks with Pedro Soto in Lima.')).to.deep.equal([
        'talks 2025-03-06: Ana Ruiz – Pedro Soto',
      ]));
    it('who is due to act: "X and Y are due to hold talks"', async () =>
      expect(await events('Ana Ruiz and Pedro Soto are due to hold talks in Lima on Monday.')).to.deep.equal([
        'talks 2025-03-10: Ana Ruiz – Pedro Soto',
      ]));
    it('a part of the day alone names no day ("in the evening" is not the day of publication)', async () =>
      expect(await events('Ana Ruiz hosted a state banquet for Pedro Soto in the evening.')).to.deep.equal([
        'banquet 2025-03: Ana Ruiz – Pedro Soto',
      ]));
    it('… but "this morning" and "last night" do', async () =>
      expect([
        ...(await events('Ana Ruiz met Pedro Soto in Lima this morning.')),
        ...(await events('Ana Ruiz met Pedro Soto in Lima last night.')),
      ]).to.deep.equal(['meeting 2025-03-07: Ana Ruiz – Pedro Soto', 'meeting 2025-03-06: Ana Ruiz – Pedro Soto']));
    it('a date right after an event noun is its own, wherever the parser hangs it ("his re-election in May")', async () =>
      expect(
        await events('Pedro Soto arrived in Lima on Monday for a state visit, his first since his re-election in May.'),
      ).to.include('election 2024-05: Pedro Soto'));
    it('the day a plan is told is not the day it is to happen', async () =>
      expect(
        await events('Chilean President Ana Ruiz said on Monday that Chile would mediate between Peru and Bolivia.'),
      ).to.deep.equal(['mediation undated: Bolivia – Chile – Peru']));
    it('a span before "after" dates the event back from the main clause', async () =>
      expect(await events('Four months after winning the election, Ana Ruiz was sworn in on Monday.')).to.include(
        'election 2024-11: Ana Ruiz',
      ));
    it('in a page with no date, the weekday fixes the year among those the story names', async () =>
      expect(
        await events(
          'Ana Ruiz appointed Pedro Soto as prime minister on Tuesday, April 2, after the 2024 election.',
          {},
        ),
      ).to.include('appointment 2024-04-02: Ana Ruiz – Pedro Soto'));
    it('in a page with no date, a bare weekday is the day the story gives that weekday', async () =>
      expect(
        await events(
          'Ana Ruiz resigned on Tuesday evening. The 2024 vote had been close. Pedro Soto was sworn in on Tuesday, April 2.',
          {},
        ),
      ).to.include('resignation 2024-04-02: Ana Ruiz'));
    it('a bare weekday told in the past is the last one before publication', async () =>
      expect(await events('Ana Ruiz met Pedro Soto on Thursday.')).to.deep.equal([
        'meeting 2025-03-06: Ana Ruiz – Pedro Soto',
      ]));
    it('a plan with no day is an intention, not an event', async () =>
      expect(await events('Chile will deploy troops to Peru.')).to.deep.equal([]));
    it('an announced encounter with no day is still news', async () =>
      expect(await events('Ana Ruiz will hold talks with Pedro Soto.')).to.deep.equal([
        'talks undated: Ana Ruiz – Pedro Soto',
      ]));
    it('a plan: "will meet on Monday" is the next Monday, and planned', async () =>
      expect(await events('Ana Ruiz will meet Pedro Soto on Monday.')).to.deep.equal([
        'meeting 2025-03-10: Ana Ruiz – Pedro Soto',
      ]));
    it('a reduced relative’s date: "the meeting held on Monday"', async () =>
      expect(await events('The meeting held on Monday between Ana Ruiz and Pedro Soto ended early.')).to.deep.equal([
        'meeting 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('a round of an event: "the latest round of clashes erupted on Monday"', async () =>
      expect(await events('The latest round of clashes between Chile and Peru erupted on Monday.')).to.deep.equal([
        'clash 2025-03-03: Chile – Peru',
      ]));
    it('a month without a year told in the past lies before publication', async () =>
      expect(await events('Ana Ruiz met Pedro Soto in December.')).to.deep.equal([
        'meeting 2024-12: Ana Ruiz – Pedro Soto',
      ]));
    it('a clock time names no day', async () =>
      expect(await events('Ana Ruiz met Pedro Soto from 2:00 pm until 4:00 pm on Thursday.')).to.deep.equal([
        'meeting 2025-03-06: Ana Ruiz – Pedro Soto',
      ]));
    it('undated news happened in the month of publication', async () =>
      expect(await events('Ana Ruiz met Pedro Soto.')).to.deep.equal(['meeting 2025-03: Ana Ruiz – Pedro Soto']));
    it('the past perfect sets an event back: no month of publication', async () =>
      expect(await events('Ana Ruiz said Pedro Soto had visited Peru.')).to.deep.equal(['visit undated: Pedro Soto']));
    it('the dateline’s day dates the lede’s undated news', async () =>
      expect(
        await events('LIMA, March 3 (EFE) -- In his meeting with Ana Ruiz, Pedro Soto praised the new trade deal.', {
          publishedAt: '2025-03-04',
        }),
      ).to.include('meeting 2025-03-03: Ana Ruiz – Pedro Soto'));
    it('a datelined wire story without a day was filed on the day it was published', async () =>
      expect(
        await events('LIMA. EFE -- Ana Ruiz and Pedro Soto held talks.', { publishedAt: '2025-03-04' }),
      ).to.include('talks 2025-03-04: Ana Ruiz – Pedro Soto'));
    it('an occasion’s own clause dates what happened during it', async () =>
      expect(
        await events('Ana Ruiz met Pedro Soto during the event which started at 8 p.m. on Thursday at the stadium.'),
      ).to.include('meeting 2025-03-06: Ana Ruiz – Pedro Soto'));
    it('a day told after coordinated acts dates them all', async () =>
      expect(await events('Ana Ruiz resigned and left the country on Monday.')).to.include(
        'resignation 2025-03-03: Ana Ruiz',
      ));
    it('a sentence-final attribution the parser left unattached dates what it tells', async () =>
      expect(
        await events(
          'Chile and Peru have agreed to an immediate ceasefire from midnight to resolve deadly border clashes, Colombian Prime Minister Ana Ruiz said yesterday.',
        ),
      ).to.include('ceasefire 2025-03-06: Chile – Peru'));
    it('a lasting state around an event does not date it ("amid a conflict which entered its fifth day")', async () =>
      expect(
        await events(
          'The accord follows a meeting between Ana Ruiz and Pedro Soto amid an ongoing conflict which entered its fifth day today.',
        ),
      ).to.include('meeting 2025-03-07: Ana Ruiz – Pedro Soto'));
    it('an occasion dates what was done at it ("right after the welcome ceremony … on Monday")', async () =>
      expect(
        await events('Ana Ruiz held talks with Pedro Soto right after the official welcome ceremony on Monday.'),
      ).to.include('talks 2025-03-03: Ana Ruiz – Pedro Soto'));
  });

  describe('places', () => {
    it('what is done on the sidelines of a gathering is done where it is held', async () =>
      expect([
        ...new Set(
          await placesOf(
            'The signing was held during the bilateral meeting between President Ana Ruiz and Chilean President Pedro Soto on Monday on the sidelines of the Southern Common Market (Mercosur) Summit in Montevideo.',
          ),
        ),
      ]).to.deep.equal(['Montevideo']));
    it('a place noun with no name of its own is where it lies ("to the government headquarters in Lima")', async () =>
      expect(
        await placesOf(
          'Ana Ruiz on Monday welcomed her Chilean counterpart, Pedro Soto, to the government headquarters in Lima.',
        ),
      ).to.deep.equal(['Lima']));
    it('the place hung on the name after a party’s description ("the Chilean president, Pedro Soto in Santiago")', async () =>
      expect(
        await placesOf(
          'Prime Minister Ana Ruiz on Monday held talks with Chilean President, Pedro Soto in the capital Santiago.',
        ),
      ).to.deep.equal(['Santiago']));
    it('what is done to one who arrives is done where he arrives ("arrested upon his arrival in Lima")', async () =>
      expect(await placesOf('Chilean police arrested Pedro Soto upon his arrival in Lima on Monday.')).to.deep.equal([
        'Lima',
      ]));
    it('"the Black Sea resort of Sochi": the place a place noun is of, not the one its modifier names', async () =>
      expect(await placesOf('Ana Ruiz met Pedro Soto in the Black Sea resort of Sochi on Monday.')).to.deep.equal([
        'Sochi',
      ]));
    it('… but what is discussed is a topic, no place ("discussed developments in the Gaza Strip")', async () =>
      expect(
        await placesOf('In Doha on Monday, Ana Ruiz and Pedro Soto discussed developments in the Gaza Strip.'),
      ).to.deep.equal(['Doha']));
    it('what an act is done to stands where it happened ("raided the embassy in Quito")', async () =>
      expect(await placesOf('Chilean police raided the Peruvian embassy in Santiago on Monday.')).to.include(
        'Santiago',
      ));
    it('… but not the day’s acts of parties the story meets elsewhere that day', async () =>
      expect(
        await placesOf(
          'SANTIAGO, March 6 (Prensa Latina) – Chile and Peru signed two trade agreements on Thursday. The Chilean and Peruvian delegations held a joint commission meeting in Lima on Thursday.',
        ),
      ).to.deep.equal(['Lima']));
    it('… though a city of the dateline’s own country is not elsewhere', async () =>
      expect(
        await placesOf(
          'PERU — Ana Ruiz and Pedro Soto held talks on Thursday on trade. Pedro Soto arrived in Lima on Thursday for a working visit.',
        ),
      ).to.have.members(['Peru', 'Lima']));
    it('a dateline places the news of the days around its own day, not only the publication’s', async () =>
      expect(
        await placesOf(
          'LIMA, March 3 (Xinhua) -- Chilean President Ana Ruiz met Peruvian President Pedro Soto on Sunday.',
        ),
      ).to.include('Lima'));
    it('"met … in Lima"', async () =>
      expect(await placesOf('Ana Ruiz met Pedro Soto in Lima on Monday.')).to.deep.equal(['Lima']));
    it('a place named before the event: "the Lima talks"', async () =>
      expect(await placesOf('The Lima talks between Chile and Peru ended on Monday.')).to.deep.equal(['Lima']));
    it('the verb that carries the event: "held talks … in Lima"', async () =>
      expect(await placesOf('Ana Ruiz held talks with Pedro Soto in Lima on Monday.')).to.deep.equal(['Lima']));
    it('a place hung on the party’s office: "with her Peruvian counterpart in Lima"', async () =>
      expect(await placesOf('Ana Ruiz held talks with Pedro Soto, her Peruvian counterpart, in Lima.')).to.include(
        'Lima',
      ));
    it('the destination of a visit: "visited Peru" (a place, not a party)', async () =>
      expect(await facts('Ana Ruiz visited Peru on Monday.')).to.deep.equal([
        'Ana Ruiz PARTICIPATED_IN Visit: Ana Ruiz, 2025-03-03',
        'Visit: Ana Ruiz, 2025-03-03 TOOK_PLACE_IN Peru',
      ]));
    it('the city a common noun is of: "in the Peruvian city of Cusco"', async () =>
      expect(await placesOf('Ana Ruiz met Pedro Soto in the Peruvian city of Cusco on Monday.')).to.deep.equal([
        'Cusco',
      ]));
    it('the place of the occasion it happened at: "at the opening of the summit in Lima"', async () =>
      expect(
        await placeRulesOf(
          'Ana Ruiz assumed the chairmanship of the bloc at the opening of the summit in Lima on Monday.',
        ),
      ).to.deep.equal(['Lima by place-of-occasion']));
    it('a place deeper in the occasion’s phrase: "at the opening of the session of the assembly … in Lima"', async () =>
      expect(
        await placeRulesOf(
          'Ana Ruiz assumed the rotating chairmanship of the bloc on Saturday at the opening of the 12th Ordinary ' +
            'Session of the Assembly of the Heads of State and Government in Lima, the capital of Peru.',
        ),
      ).to.deep.equal(['Lima by place-deep-in-occasion']));
    it('a place in a relative clause of the occasion: "during the gala, which started at … Gymnasium"', async () =>
      expect(
        await placeRulesOf(
          'Ana Ruiz met Pedro Soto during the gala, which started at 8 p.m. on Monday at Lima’s Miraflores Municipal Gymnasium.',
        ),
      ).to.include('Miraflores Municipal Gymnasium by place-deep-in-occasion'));
    it('a place the parser hangs on the date: "signed on 4 February in Arica"', async () =>
      expect(
        await placesOf(
          'Chile and Peru signed a border accord. A key aspect of the accord, signed on 4 February in Arica, is a border pathway.',
        ),
      ).to.deep.equal(['Arica']));
    it('a state before a visit is where it went, not who went', async () =>
      expect(await facts('The Peru visit by the president of Chile, Ana Ruiz, ended on Monday.')).to.include.members([
        'Visit: Ana Ruiz, 2025-03-03 TOOK_PLACE_IN Peru',
      ]));
    it('"here" is the dateline’s place', async () =>
      expect(
        await placesOf('LIMA, March 3 (EFE) -- A meeting here between Ana Ruiz and Pedro Soto ended late.', {
          publishedAt: '2025-03-04',
        }),
      ).to.include('Lima'));
    it('the day’s event takes the dateline’s place', async () =>
      expect(
        await placesOf('LIMA, March 3 (EFE) -- Ana Ruiz met Pedro Soto on Monday.', { publishedAt: '2025-03-04' }),
      ).to.deep.equal(['Lima']));
    it('the news the dateline opens on takes its place, wherever its parties are from', async () =>
      expect(
        await placesOf('LIMA: Chile and Bolivia have agreed to a ceasefire, said President Ana Ruiz.', {
          publishedAt: '2025-03-04',
        }),
      ).to.deep.equal(['Lima']));
    it('a later event of other states does not take the dateline’s place', async () =>
      expect(
        await placesOf(
          'LIMA: Ana Ruiz spoke on Monday. Chile and Bolivia signed a trade accord on Monday, the president said.',
          { publishedAt: '2025-03-04' },
        ),
      ).to.deep.equal([]));
    it('a call has no place, not even the dateline’s', async () =>
      expect(
        await placesOf('LIMA, March 3 (EFE) -- Ana Ruiz spoke with Pedro Soto by phone on Monday.', {
          publishedAt: '2025-03-04',
        }),
      ).to.deep.equal([]));
    it('"the war in Ukraine": a place of another event is not this one’s', async () =>
      expect(
        await placesOf('Ana Ruiz and Pedro Soto discussed the war in Ukraine in a phone call on Monday.'),
      ).to.deep.equal([]));
  });

  describe('sources', () => {
    it('quotative inversion: the body named after "said" stays the source once the parse is mended', async () =>
      expect(
        await reportersOf(
          'Police late Monday arrested Ana Maria Ruiz, the secretary general of the Unity Party led by former President Pedro Soto, said the Interior Ministry of Peru.',
        ),
      ).to.deep.equal(['Interior Ministry of Peru']));
    it('a source reports what its verb says, not the background around it', async () =>
      expect(
        (
          await facts('Chile’s army attacked Peru on Monday, Reuters reported, days after Ana Ruiz was sworn in.')
        ).filter((f) => f.includes(' REPORTED_BY ')),
      ).to.deep.equal(['Attack: Chile – Peru, 2025-03-03 REPORTED_BY Reuters']));
    it('a source right after the main event is told reports it as the story goes on, both sentences its evidence', async () => {
      const graph = await extract(
        'Ana Ruiz attended the funeral of Pedro Soto in Lima on Monday. Hundreds of mourners filled the cathedral, Reuters reported.',
      );
      const names = new Map(graph.entities.map((e) => [e.id, e.name]));
      expect(
        graph.facts.filter((f) => f.type === 'REPORTED_BY').map((f) => `${names.get(f.to)} ${f.sentences.join(',')}`),
      ).to.deep.equal(['Reuters 0,1']);
    });
    it('the issuer of a readout "released by" a body reports what it tells', async () =>
      expect(
        await reportersOf(
          'Ana Ruiz spoke with Pedro Soto by phone on Monday. In a readout released by the Kremlin, the two leaders discussed trade.',
        ),
      ).to.deep.equal(['Kremlin']));
    it('an agency named before its description in lower case ("Tasnim news agency reported")', async () =>
      expect(
        await reportersOf('Ana Ruiz met Pedro Soto in Lima on March 3, Tasnim news agency reported.'),
      ).to.deep.equal(['Tasnim News Agency']));
    it('a name an outlet noun follows is an outlet ("Peru\'s Andean Star daily reported")', async () =>
      expect(
        await reportersOf('Ana Ruiz met Pedro Soto in Lima on Monday, Peru’s Andean Star daily reported.'),
      ).to.deep.equal(['Andean Star']));
    it('… but not a state\'s or a day\'s ("the Peruvian daily", "the Sunday newspaper")', async () =>
      expect(
        (await extract('The Sunday newspaper and the Peruvian daily reported that Ana Ruiz met Pedro Soto.')).entities
          .filter((e) => e.kind === 'Outlet')
          .map((e) => e.name),
      ).to.deep.equal([]));
    it('a state\'s body named by its demonym ("the Peruvian presidency said")', async () =>
      expect(
        await reportersOf('Ana Ruiz met Pedro Soto in Lima on Monday, the Peruvian presidency said in a statement.'),
      ).to.deep.equal(['Presidency of Peru']));
    it('a capital’s ministry is its state’s, and its spokesperson speaks for it', async () =>
      expect(
        await reportersOf(
          'Ana Ruiz met Pedro Soto in Quito on Monday, Lima’s foreign ministry spokesperson Rosa Vega told reporters.',
        ),
      ).to.include('Foreign Ministry of Peru'));
    it('a ministry named in lower case after its state reports ("the Chilean foreign ministry said")', async () =>
      expect(
        await reportersOf('Ana Ruiz met Pedro Soto in Lima on Monday, the Chilean foreign ministry said.'),
      ).to.include('Foreign Ministry of Chile'));
    it('"Chile’s Ministry of Foreign Affairs" and "the Chilean foreign affairs ministry" are one body', async () => {
      const a = await reportersOf(
        'Ana Ruiz met Pedro Soto in Lima on Monday, Chile’s Ministry of Foreign Affairs said.',
      );
      const b = await reportersOf(
        'Ana Ruiz met Pedro Soto in Lima on Monday, the Chilean foreign affairs ministry said.',
      );
      expect(a).to.deep.equal(['Foreign Affairs Ministry of Chile']);
      expect(b).to.deep.equal(a);
    });
    it('a credit line with an agency’s initialism credits the agency', async () =>
      expect(await reportersOf('Ana Ruiz met Pedro Soto in Lima on Monday.\nNNN')).to.include('Nam News Network'));
    it('who releases people reports nothing; who releases footage reports', async () => {
      expect(await reportersOf('Hamas released three hostages on Monday.')).to.deep.equal([]);
      expect(
        await reportersOf('Ana Ruiz met Pedro Soto in Lima on Monday. Xinhua released footage of the meeting.'),
      ).to.include('Xinhua');
    });
    it('an outlet in brackets closing the sentence credits it', async () =>
      expect(await reportersOf('Ana Ruiz met Pedro Soto in Lima on Monday (Xinhua).')).to.include('Xinhua'));
    it('the subject of a reporting verb', async () =>
      expect(await reportersOf('Ana Ruiz met Pedro Soto on Monday, Xinhua reported.')).to.deep.equal(['Xinhua']));
    it('"according to"', async () =>
      expect(await reportersOf('Ana Ruiz met Pedro Soto on Monday, according to Xinhua.')).to.deep.equal(['Xinhua']));
    it('"as reported by"', async () =>
      expect(await reportersOf('Ana Ruiz met Pedro Soto on Monday, as reported by Reuters.')).to.deep.equal([
        'Reuters',
      ]));
    it('"as reported by" read as one preposition on the nearest verb', async () =>
      expect(
        await reportersOf(
          'Ana Ruiz made a visit to a cemetery that honours Chilean soldiers who fought in the Pacific War, as reported by state media Xinhua on Wednesday.',
        ),
      ).to.include('Xinhua'));
    it('the author of a statement: "a statement from the Kremlin said"', async () =>
      expect(await reportersOf('Ana Ruiz met Pedro Soto on Monday, a statement from the Kremlin said.')).to.deep.equal([
        'Kremlin',
      ]));
    it('a spokesperson speaks for the body the title names', async () =>
      expect(
        await reportersOf('Ana Ruiz met Pedro Soto on Monday, Kremlin spokesman Dmitry Peskov said.'),
      ).to.deep.equal(['Kremlin']));
    it('a citing chain: both the outlet and its source', async () =>
      expect(
        await reportersOf('Ana Ruiz met Pedro Soto on Monday, Yonhap reported, citing the Korean Central News Agency.'),
      ).to.have.members(['Yonhap', 'KCNA']));
    it('"told Reuters"', async () =>
      expect(await reportersOf('Ana Ruiz told Reuters she met Pedro Soto on Monday.')).to.deep.equal(['Reuters']));
    it('the dateline’s agency reports the story’s news', async () =>
      expect(
        await reportersOf('LIMA, March 3 (EFE) -- Ana Ruiz met Pedro Soto on Monday.', { publishedAt: '2025-03-04' }),
      ).to.deep.equal(['EFE']));
    it('a closing credit reports the story’s news', async () =>
      expect(await reportersOf('Ana Ruiz met Pedro Soto in Lima on Monday. — EFE')).to.deep.equal(['EFE']));
    it('a sentence about the parties as a group reports the main event', async () =>
      expect(
        await reportersOf('Ana Ruiz met Pedro Soto on Monday. The two leaders agreed to meet again, Reuters said.'),
      ).to.include('Reuters'));
    it('a person is no reporter', async () =>
      expect(await reportersOf('Ana Ruiz met Pedro Soto on Monday, Luis Vega said.')).to.deep.equal([]));
  });

  describe('one event per happening', () => {
    it('a conversation on the sidelines of a summit is an event of its own', async () =>
      expect(
        await events(
          'Ana Ruiz, Pedro Soto, Luis Vega and Marta Gil attended a regional summit in Lima on Monday. On the sidelines of the summit, Ana Ruiz had a conversation with Pedro Soto.',
        ),
      ).to.have.members([
        'summit 2025-03-03: Ana Ruiz – Luis Vega – Marta Gil – Pedro Soto',
        'conversation 2025-03-03: Ana Ruiz – Pedro Soto',
      ]));
    it('a closing attribution keeps the call the leaders held ("…, Chile’s presidency said")', async () =>
      expect(
        await events(
          'Chilean President Ana Ruiz and Peruvian President Pedro Soto discussed trade in a telephone call on Thursday, Chile’s presidency said.',
        ),
      ).to.deep.equal(['call 2025-03-06: Ana Ruiz – Pedro Soto']));
    it('a headline naming one side by its state and a body naming both by their office-holders tell one event', async () =>
      expect(
        await events(
          'Chilean Foreign Minister Discusses Trade with Peruvian Counterpart by Phone\n\nLIMA: Chilean Foreign Minister Ana Ruiz discussed trade with her Peruvian counterpart Pedro Soto in a telephone call on Monday.',
        ),
      ).to.have.length(1));
    it('"the last visit" is another occurrence, not the visit told', async () =>
      expect(
        (
          await events(
            'Chilean President Pedro Soto held talks with Ana Ruiz on Tuesday. This is Pedro Soto’s first visit to Peru. The last visit by a Chilean President to Peru was in 2007.',
          )
        ).filter((e) => e.startsWith('visit')),
      ).to.have.members(['visit 2025-03: Pedro Soto', 'visit 2007: Pedro Soto']));
    it('what two leaders discussed after a call is told is the call', async () =>
      expect(
        await events('Ana Ruiz spoke with Pedro Soto by phone on Monday. The two leaders discussed trade and energy.'),
      ).to.deep.equal(['call 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('"the talks" refer back and add their place', async () =>
      expect(
        await events('Ana Ruiz held talks with Pedro Soto on Monday. The talks took place in Lima.'),
      ).to.deep.equal(['talks 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('what was done during a call is part of the call', async () =>
      expect(
        await events(
          'Ana Ruiz and Pedro Soto held a phone call on Monday. During the call, the two leaders discussed trade.',
        ),
      ).to.deep.equal(['call 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('a headline sums up the body’s event', async () =>
      expect(
        await events('Chile, Peru agree to ceasefire\nChile and Peru agreed to a ceasefire on Monday.'),
      ).to.deep.equal(['ceasefire 2025-03-03: Chile – Peru']));
    it('a headline joins the body’s event of its own kind, not a war it ends', async () =>
      expect(
        await events(
          'Chile, Peru agree to ceasefire\nThe hostilities between Chile and Peru erupted on Monday. Chile and Peru agreed to a ceasefire on Thursday.',
        ),
      ).to.include('ceasefire 2025-03-06: Chile – Peru'));
    it('a headline naming the sides by their states sums up the one event of its kind the body tells', async () =>
      expect(
        await events(
          'Chile detains Peruvian reporter\nChilean police detained the reporter Pedro Soto in Santiago on Monday.',
        ),
      ).to.have.lengthOf(1));
    it('a headline does not fold into another political process of its parties', async () =>
      expect(
        await events('Ana Ruiz resigns\nAna Ruiz, who won re-election in 2024, resigned on Monday.'),
      ).to.have.members(['election 2024: Ana Ruiz', 'resignation 2025-03-03: Ana Ruiz']));
    it('states and their leaders in one event of one kind are one event', async () =>
      expect(
        await events(
          'Chile and Peru signed an agreement on Monday. Chilean President Ana Ruiz and Peruvian President Pedro Soto witnessed the signing.',
        ),
      ).to.deep.equal(['signing 2025-03-03: Chile – Peru – Ana Ruiz – Pedro Soto']));
    it('… and so are they when the story tells the office of one leader only', async () =>
      expect(
        await events(
          'Chile and Peru held talks in Lima on Monday. Chilean President Ana Ruiz and Pedro Soto held talks for two hours on Monday.',
        ),
      ).to.deep.equal(['talks 2025-03-03: Chile – Peru – Ana Ruiz – Pedro Soto']));
    it('a gathering told by its body ("AU summit opens") is the one told with its members', async () =>
      expect(
        await events(
          'AU summit opens with a deal on trade\nThe leaders of Chile, Peru and Bolivia attended the summit in Addis Ababa on Friday.',
        ),
      ).to.deep.equal(['summit 2025-03-07: Bolivia – Chile – Peru – African Union']));
    it('a vote and an election are one', async () =>
      expect(
        await events('Ana Ruiz was elected president on Monday. She defeated Pedro Soto in a 31-to-18 vote.'),
      ).to.have.length(1));
    it('a participle on the thing a later event made dates and places that event', async () =>
      expect(
        await events(
          'A key aspect of the accord, signed on 4 February in Arica, is a border pathway. Chile and Peru sign the accord in Arica.',
        ),
      ).to.deep.equal(['signing 2025-02-04: Chile – Peru']));
    it('a visit and the talks held during it are two events', async () =>
      expect(
        await events(
          'Pedro Soto began a state visit to Peru on Monday. Ana Ruiz held talks with Pedro Soto on Monday.',
        ),
      ).to.have.members(['visit 2025-03-03: Pedro Soto', 'talks 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('a meeting told "during the visit" is an event of its own', async () =>
      expect(
        await events('Pedro Soto arrived in Lima on Monday for a state visit. During the visit, he met Ana Ruiz.'),
      ).to.have.members(['visit 2025-03-03: Ana Ruiz – Pedro Soto', 'meeting 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('a discussion later told as a phone call is named a call', async () =>
      expect(
        await events('Ana Ruiz and Pedro Soto discussed trade and energy on Monday. Their phone call lasted an hour.'),
      ).to.deep.equal(['call 2025-03-03: Ana Ruiz – Pedro Soto']));
    it('a call is not a meeting', async () =>
      expect(
        await events('Ana Ruiz spoke with Pedro Soto by phone on Monday. Ana Ruiz met Pedro Soto in Lima on Thursday.'),
      ).to.have.length(2));
    it('anniversary: the day is that many years after the other event', async () =>
      expect(
        await events(
          'Chile invaded Peru on 5 May 2021. The phone call between Ana Ruiz and Pedro Soto coincided with the third anniversary of the invasion.',
          {},
        ),
      ).to.include('call 2024-05-05: Ana Ruiz – Pedro Soto'));
  });

  describe('agreements', () => {
    it('an agreeing the story dates is an agreement, whatever was agreed to', async () =>
      expect(await events('Chile and Peru agreed on Monday to restore diplomatic ties.')).to.deep.equal([
        'agreement 2025-03-03: Chile – Peru',
      ]));
    it('the signatories of a signing are the agreement’s parties', async () =>
      expect(await facts('Chile and Peru signed a free trade agreement on Monday.')).to.include.members([
        'Chile PARTY_TO free trade agreement',
        'Peru PARTY_TO free trade agreement',
      ]));
  });
});
