import { expect } from 'chai';
import { Executor } from '../../server/db/executor';
import { getTestExecutor } from '../support/neo4j';
import { loadSeedGraph } from '../support/seed-graph';

describe('ingesting the seed articles', function () {
  this.timeout(120_000);
  let executor: Executor;
  before(async () => {
    executor = await getTestExecutor();
    const summary = await loadSeedGraph(executor);
    expect(summary.failed).to.deep.equal([]);
    expect(summary.articles).to.equal(5);
  });

  const read = (cypher: string, params: Record<string, unknown> = {}) => executor.readText(cypher, params);

  it('walks the card: Xi Jinping — the call of 15 June 2022 — Vladimir Putin, reported by Xinhua, in one MATCH', async () => {
    const rows = await read(`
      MATCH (:Person {name:'Xi Jinping'})-[:PARTICIPATED_IN]->(e:Event {kind:'call', date:'2022-06-15'})<-[:PARTICIPATED_IN]-(:Person {name:'Vladimir Putin'}),
            (e)-[:REPORTED_BY]->(:Outlet {name:'Xinhua'})
      RETURN e.id AS id`);
    expect(rows).to.have.length(1);
  });

  it('has Xinhua, CCTV and the Kremlin among the reporters of the 15 June 2022 call', async () => {
    const rows = await read(`
      MATCH (e:Event {kind:'call', date:'2022-06-15'})-[:REPORTED_BY]->(r)
      RETURN collect(r.name) AS reporters`);
    expect(rows[0].reporters).to.include.members(['Xinhua', 'CCTV', 'Kremlin']);
  });

  it('has the call of 24 February 2025 between Xi and Putin', async () => {
    const rows = await read(`
      MATCH (:Person {name:'Xi Jinping'})-[:PARTICIPATED_IN]->(e:Event {kind:'call', date:'2025-02-24'})<-[:PARTICIPATED_IN]-(:Person {name:'Vladimir Putin'})
      RETURN count(e) AS calls`);
    expect(rows[0].calls).to.equal(1);
  });

  it('has the "no limits" partnership with China and Russia party to it', async () => {
    const rows = await read(`
      MATCH (c:Country)-[:PARTY_TO]->(a:Agreement) WHERE a.name CONTAINS 'no limits'
      RETURN collect(DISTINCT c.name) AS parties, count(DISTINCT a) AS agreements`);
    expect(rows[0].agreements).to.equal(1);
    expect(rows[0].parties).to.include.members(['China', 'Russia']);
  });

  it('has Scholz, Macron and Draghi each holding office in their country', async () => {
    const rows = await read(`
      MATCH (p:Person)-[:HOLDS_ROLE]->(c:Country)
      WHERE p.name IN ['Olaf Scholz', 'Emmanuel Macron', 'Mario Draghi']
      RETURN p.name AS person, c.name AS country ORDER BY person`);
    expect(rows).to.deep.equal([
      { person: 'Emmanuel Macron', country: 'France' },
      { person: 'Mario Draghi', country: 'Italy' },
      { person: 'Olaf Scholz', country: 'Germany' },
    ]);
  });

  it('knows Lavrov, Wang Yi and Sybiha as foreign ministers of their countries', async () => {
    const rows = await read(`
      MATCH (p:Person)-[r:HOLDS_ROLE {title: 'Foreign Minister'}]->(c:Country)
      RETURN p.name + ' / ' + c.name AS role ORDER BY role`);
    expect(rows.map((r) => r.role)).to.include.members([
      'Andriy Sybiha / Ukraine',
      'Sergey Lavrov / Russia',
      'Wang Yi / China',
    ]);
  });

  it('keeps one node each for Xi Jinping, Vladimir Putin and Volodymyr Zelenskiy', async () => {
    for (const [surname, name] of [
      ['Xi', 'Xi Jinping'],
      ['Putin', 'Vladimir Putin'],
      ['Zelensk', 'Volodymyr Zelenskiy'],
    ]) {
      const rows = await read(
        `MATCH (p:Person) WHERE p.name CONTAINS $surname OR any(a IN p.aliases WHERE a CONTAINS $surname) RETURN collect(p.name) AS names`,
        { surname },
      );
      expect(rows[0].names, surname).to.deep.equal([name]);
    }
    const xi = await read(`MATCH (p:Person {name:'Xi Jinping'}) RETURN p.aliases AS aliases`);
    expect(xi[0].aliases).to.include.members(['Xi Jinping', 'Xi', 'the Chinese leader']);
  });

  it('turns no page boilerplate into an entity', async () => {
    const rows = await read(`MATCH (n:Entity) RETURN collect(toLower(n.name)) AS names`);
    const names = rows[0].names as string[];
    for (const word of [
      'clicky',
      'advertisement',
      'source',
      'source link',
      'site',
      'site icon',
      'next news',
      'related topics',
      'exit mobile version',
      'world',
      'ctrl',
      'enter',
    ]) {
      expect(names, word).to.not.include(word);
    }
    expect(names.filter((n) => /clicky|advertisement|next news|related topics|ctrl/.test(n))).to.deep.equal([]);
  });

  it('never invents article metadata: unknown stays null', async () => {
    const rows = await read(
      `MATCH (a:Article) OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o) RETURN a.id AS id, a.publishedAt AS date, a.url AS url, o.name AS outlet ORDER BY id`,
    );
    expect(rows.map((r) => r.date)).to.deep.equal([null, '2022-06-19', '2022-06-15', null, null]);
    expect(rows[2]).to.include({ outlet: 'Dunya News' });
    expect(rows[0]).to.include({ outlet: null, url: null });
  });

  it('backs every fact with evidence: a sentence of the article that names both ends (or its antecedent)', async () => {
    // A sentence names an entity when its text holds one of the entity's names, or it MENTIONS the entity
    // (each mention's surface words are checked to be in the text); an event is named by its trigger words
    // or by the people and states taking part in it.
    const facts = await read(`
      MATCH (a:Entity)-[r]->(b:Entity)
      WHERE type(r) IN ['PARTICIPATED_IN','REPORTED_BY','HOLDS_ROLE','PARTY_TO','TOOK_PLACE_IN','CONCERNS']
      CALL (r) {
        UNWIND r.evidence AS sid
        MATCH (s:Sentence {id: sid})
        OPTIONAL MATCH (s)-[m:MENTIONS]->(e)
        WITH s, collect({id: e.id, surface: m.surface}) AS mentions
        RETURN collect({text: s.text, mentions: mentions}) AS sentences
      }
      RETURN type(r) AS type, a.id AS fromId, b.id AS toId, a.name AS from, b.name AS to, a.aliases AS fromAliases, b.aliases AS toAliases,
             r.articles AS articles, sentences,
             [(a)<-[:PARTICIPATED_IN]-(p) | p.id] AS fromParticipants, [(b)<-[:PARTICIPATED_IN]-(p) | p.id] AS toParticipants`);
    expect(facts.length).to.be.greaterThan(40);
    type Sentence = { text: string; mentions: { id: string | null; surface: string[] | null }[] };
    const names = (sentence: Sentence, id: unknown, aliases: unknown, participants: unknown) => {
      const text = sentence.text.toLowerCase();
      if ((aliases as string[]).some((alias) => text.includes(alias.toLowerCase()))) return true;
      const ids = [id, ...(participants as string[])];
      return sentence.mentions.some(
        (m) => ids.includes(m.id) && (m.surface ?? []).some((w) => text.includes(w.toLowerCase())),
      );
    };
    const unsupported = facts.filter((f) => {
      const sentences = f.sentences as unknown as Sentence[];
      if (sentences.length === 0 || (f.articles as string[]).length === 0) return true;
      const inOne = sentences.some(
        (s) => names(s, f.fromId, f.fromAliases, f.fromParticipants) && names(s, f.toId, f.toAliases, f.toParticipants),
      );
      // "The two countries … 'no limits' relationship": the sentence naming the pair joins the evidence.
      const acrossAntecedent =
        sentences.length > 1 &&
        sentences.some((s) => names(s, f.fromId, f.fromAliases, f.fromParticipants)) &&
        sentences.some((s) => names(s, f.toId, f.toAliases, f.toParticipants));
      return !(inOne || acrossAntecedent);
    });
    expect(unsupported.map((f) => `${f.type} ${f.from} -> ${f.to}`)).to.deep.equal([]);
  });
});
