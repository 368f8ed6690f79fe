import { Driver } from 'neo4j-driver';
import { gazetteer, slug } from '../server/ingest/knowledge/gazetteer';
import { personName } from './support/names';
import { Random, Zipf } from './support/random';

/**
 * A news graph of about `nodes` nodes in Readout's own shape (entities, events, articles, sentences, facts
 * with evidence), with the degree distribution of real news: who appears and who reports is Zipf-distributed,
 * so a few people and outlets become supernodes while most nodes have a handful of relationships.
 */
export interface SyntheticGraphSpec {
  nodes: number;
  seed?: number;
}

export interface SyntheticGraph {
  nodes: number;
  relationships: number;
  loadSeconds: number;
  /** Ids to aim requests at: popular and ordinary people, events, the busiest outlet. */
  sample: { people: string[]; events: string[]; hubs: string[]; names: string[] };
  maxDegree: { id: string; degree: number };
}

interface NodeRow {
  id: string;
  name: string;
  aliases: string[];
  aliasText: string;
  [key: string]: unknown;
}

interface RelRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const KINDS = ['call', 'meeting', 'visit'] as const;
const KIND_LABEL = { call: 'Call', meeting: 'Meeting', visit: 'Visit' };
const BATCH = 10_000;

const entity = (id: string, name: string, extra: Record<string, unknown> = {}): NodeRow => ({
  id,
  name,
  aliases: [name],
  aliasText: name,
  ...extra,
});

function isoDate(random: Random): string {
  const day = new Date(Date.UTC(2015, 0, 1) + random.int(11 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Builds the rows in memory (1M nodes ≈ a few hundred MB), deterministic for a given seed. */
export function generateGraph(spec: SyntheticGraphSpec) {
  const random = new Random(spec.seed ?? 42);
  const g = gazetteer();
  const countries = [...new Map([...g.countryByCode.values()].map((c) => [c.id, c])).values()];
  const outlets = [...g.outletById.values()];
  const peopleCount = Math.max(50, Math.round(spec.nodes * 0.08));
  const eventCount = Math.round(spec.nodes * 0.25);
  const articleCount = Math.round(spec.nodes * 0.12);
  const sentencesPerArticle = 4;

  const labels = new Map<string, NodeRow[]>([
    ['Country', countries.map((c) => entity(c.id, c.name))],
    ['Outlet', outlets.map((o) => entity(o.id, o.name, o.country ? { country: o.country } : {}))],
    ['Person', []],
    ['Event', []],
  ]);
  const people = labels.get('Person')!;
  for (let i = 0; i < peopleCount; i++) {
    const name = personName(i);
    people.push(entity(`person:${slug(name)}-${i}`, name));
  }
  const rels = new Map<string, RelRow[]>([
    ['HOLDS_ROLE', []],
    ['PARTICIPATED_IN', []],
    ['REPORTED_BY', []],
    ['TOOK_PLACE_IN', []],
    ['PUBLISHED_BY', []],
    ['HAS_SENTENCE', []],
    ['MENTIONS', []],
  ]);
  const articles: Record<string, unknown>[] = [];
  const sentences: Record<string, unknown>[] = [];
  const personRank = new Zipf(people.length, 1);
  const outletRank = new Zipf(outlets.length, 1.1);
  const countryRank = new Zipf(countries.length, 1.2);
  const titles = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Chancellor'];
  const countryOf = people.map(() => countries[countryRank.sample(random)]);
  // Each person holds one office, stated by some sentence of some article (filled in once articles exist).
  const pendingEvidence: RelRow[] = [];
  people.forEach((p, i) => {
    const row = { from: p.id, to: countryOf[i].id, props: { title: random.pick(titles), key: '' } };
    rels.get('HOLDS_ROLE')!.push(row);
    pendingEvidence.push(row);
  });

  const events = labels.get('Event')!;
  for (let i = 0; i < eventCount; i++) {
    const kind = random.pick(KINDS);
    const a = personRank.sample(random);
    let b = personRank.sample(random);
    if (b === a) b = (a + 1 + random.int(people.length - 1)) % people.length;
    const date = isoDate(random);
    const [pa, pb] = [people[a], people[b]].sort((x, y) => x.id.localeCompare(y.id));
    const id = `event:${kind}:${date}:${pa.id.split(':')[1]}+${pb.id.split(':')[1]}-${i}`;
    const name = `${KIND_LABEL[kind]}: ${pa.name} – ${pb.name}, ${date}`;
    events.push(entity(id, name, { kind, date }));
    for (const p of [pa, pb]) {
      const row = { from: p.id, to: id, props: { role: 'participant', key: 'participant' } };
      rels.get('PARTICIPATED_IN')!.push(row);
      pendingEvidence.push(row);
    }
    const reporters = 1 + (random.chance(0.4) ? 1 : 0);
    const seen = new Set<string>();
    for (let r = 0; r < reporters; r++) {
      const outlet = outlets[outletRank.sample(random)];
      if (seen.has(outlet.id)) continue;
      seen.add(outlet.id);
      const row = { from: id, to: outlet.id, props: { key: '' } };
      rels.get('REPORTED_BY')!.push(row);
      pendingEvidence.push(row);
    }
    if (kind !== 'call') {
      const row = { from: id, to: countryOf[random.chance(0.5) ? a : b].id, props: { key: '' } };
      rels.get('TOOK_PLACE_IN')!.push(row);
      pendingEvidence.push(row);
    }
  }

  const mentionable = [...people, ...events];
  const mentionRank = new Zipf(mentionable.length, 0.9);
  for (let i = 0; i < articleCount; i++) {
    const id = `synthetic-${i}`;
    const outlet = outlets[outletRank.sample(random)];
    articles.push({
      id,
      title: `Synthetic article ${i}`,
      name: `Synthetic article ${i}`,
      publishedAt: isoDate(random),
    });
    rels.get('PUBLISHED_BY')!.push({ from: id, to: outlet.id, props: {} });
    for (let s = 0; s < sentencesPerArticle; s++) {
      const sid = `${id}:${s}`;
      const m1 = mentionable[mentionRank.sample(random)];
      const m2 = mentionable[mentionRank.sample(random)];
      sentences.push({
        id: sid,
        index: s,
        article: id,
        text: `${m1.name} spoke with ${m2.name}, ${outlet.name} reported.`,
      });
      rels.get('HAS_SENTENCE')!.push({ from: id, to: sid, props: {} });
      rels.get('MENTIONS')!.push({ from: sid, to: m1.id, props: { surface: [m1.name] } });
      if (m2.id !== m1.id) rels.get('MENTIONS')!.push({ from: sid, to: m2.id, props: { surface: [m2.name] } });
    }
  }
  // Every fact carries evidence, as ingested facts do: a sentence id and its article.
  for (const row of pendingEvidence) {
    const article = random.int(Math.max(1, articleCount));
    row.props.evidence = [`synthetic-${article}:${random.int(sentencesPerArticle)}`];
    row.props.articles = [`synthetic-${article}`];
  }
  return { labels, articles, sentences, rels };
}

const NODE_QUERIES: Record<string, string> = {
  Country: 'UNWIND $rows AS r CREATE (n:Entity:Country) SET n = r',
  Outlet: 'UNWIND $rows AS r CREATE (n:Entity:Outlet) SET n = r',
  Person: 'UNWIND $rows AS r CREATE (n:Entity:Person) SET n = r',
  Event: 'UNWIND $rows AS r CREATE (n:Entity:Event) SET n = r',
  Article: 'UNWIND $rows AS r CREATE (n:Article) SET n = r',
  Sentence: 'UNWIND $rows AS r CREATE (n:Sentence) SET n = r',
};

const REL_QUERIES: Record<string, string> = {
  HOLDS_ROLE: 'MATCH (a:Entity {id: r.from}) MATCH (b:Entity {id: r.to}) CREATE (a)-[x:HOLDS_ROLE]->(b)',
  PARTICIPATED_IN: 'MATCH (a:Entity {id: r.from}) MATCH (b:Entity {id: r.to}) CREATE (a)-[x:PARTICIPATED_IN]->(b)',
  REPORTED_BY: 'MATCH (a:Entity {id: r.from}) MATCH (b:Entity {id: r.to}) CREATE (a)-[x:REPORTED_BY]->(b)',
  TOOK_PLACE_IN: 'MATCH (a:Entity {id: r.from}) MATCH (b:Entity {id: r.to}) CREATE (a)-[x:TOOK_PLACE_IN]->(b)',
  PUBLISHED_BY: 'MATCH (a:Article {id: r.from}) MATCH (b:Entity {id: r.to}) CREATE (a)-[x:PUBLISHED_BY]->(b)',
  HAS_SENTENCE: 'MATCH (a:Article {id: r.from}) MATCH (b:Sentence {id: r.to}) CREATE (a)-[x:HAS_SENTENCE]->(b)',
  MENTIONS: 'MATCH (a:Sentence {id: r.from}) MATCH (b:Entity {id: r.to}) CREATE (a)-[x:MENTIONS]->(b)',
};

async function inBatches(driver: Driver, cypher: string, rows: unknown[], onBatch: (n: number) => void) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await driver.executeQuery(cypher, { rows: batch }, { database: 'neo4j' });
    onBatch(batch.length);
  }
}

/** Writes the graph with plain UNWIND … CREATE batches (Readout's schema must already be applied). */
export async function loadSyntheticGraph(
  driver: Driver,
  spec: SyntheticGraphSpec,
  onProgress: (written: number, total: number) => void = () => {},
): Promise<SyntheticGraph> {
  const started = performance.now();
  const { labels, articles, sentences, rels } = generateGraph(spec);
  const nodeGroups: [string, unknown[]][] = [...labels.entries(), ['Article', articles], ['Sentence', sentences]];
  const nodeTotal = nodeGroups.reduce((n, [, rows]) => n + rows.length, 0);
  const relTotal = [...rels.values()].reduce((n, rows) => n + rows.length, 0);
  let written = 0;
  const progress = (n: number) => onProgress((written += n), nodeTotal + relTotal);
  for (const [label, rows] of nodeGroups) await inBatches(driver, NODE_QUERIES[label], rows, progress);
  for (const [type, rows] of rels) {
    await inBatches(driver, `UNWIND $rows AS r ${REL_QUERIES[type]} SET x = r.props`, rows, progress);
  }
  await driver.executeQuery('CALL db.awaitIndexes(1200)', {}, { database: 'neo4j' });

  const degree = new Map<string, number>();
  for (const rows of rels.values())
    for (const r of rows) {
      degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
      degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
    }
  const [maxId, maxDeg] = [...degree.entries()].reduce((best, e) => (e[1] > best[1] ? e : best));
  const random = new Random((spec.seed ?? 42) + 1);
  const people = labels.get('Person')!;
  const events = labels.get('Event')!;
  const outletsByDegree = labels
    .get('Outlet')!
    .map((o) => o.id)
    .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0));
  return {
    nodes: nodeTotal,
    relationships: relTotal,
    loadSeconds: (performance.now() - started) / 1000,
    // Half the people among the 20 most prominent (as users look at them more), half anyone.
    sample: {
      people: Array.from(
        { length: 200 },
        (_, i) => people[i % 2 ? random.int(Math.min(20, people.length)) : random.int(people.length)].id,
      ),
      events: Array.from({ length: 100 }, () => events[random.int(events.length)].id),
      hubs: outletsByDegree.slice(0, 3),
      names: Array.from({ length: 100 }, () => people[random.int(people.length)].name.split(' ').slice(-1)[0]),
    },
    maxDegree: { id: maxId, degree: maxDeg },
  };
}
