import neo4j, { Driver } from 'neo4j-driver';
import { recordQueries } from './api-load';

export interface SupernodeFigures {
  neighbours: number;
  cases: {
    name: string;
    path: string;
    firstMs: number;
    p50: number;
    p99: number;
    rawP50: number;
    nodes: number;
    leftOut: number;
    byTypeShown: boolean;
  }[];
}

const HUB = 'person:bench-hub';

/** A person in `neighbours` events (four in five) and sentences (one in five): a supernode by any measure. */
export async function createHub(driver: Driver, neighbours: number): Promise<void> {
  const events = Math.round(neighbours * 0.8);
  await driver.executeQuery(
    `CREATE (:Entity:Person {id: $hub, name: 'Bench Hub', aliases: ['Bench Hub'], aliasText: 'Bench Hub'})`,
    { hub: HUB },
    { database: 'neo4j' },
  );
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run(
      `UNWIND range(1, $events) AS i
       CALL (i) {
         MATCH (h:Entity {id: $hub})
         CREATE (e:Entity:Event {id: 'event:bench-hub:' + i, kind: 'meeting', name: 'Meeting ' + i,
                 date: toString(date('2015-01-01') + duration({days: i % 3650}))})
         CREATE (h)-[:PARTICIPATED_IN {role: 'participant', key: 'participant', evidence: [], articles: []}]->(e)
       } IN TRANSACTIONS OF 10000 ROWS`,
      { hub: HUB, events: neo4j.int(events) },
    );
    await session.run(
      `UNWIND range(1, $sentences) AS i
       CALL (i) {
         MATCH (h:Entity {id: $hub})
         CREATE (s:Sentence {id: 'bench-hub:' + i, text: 'Bench Hub said something.', index: 0})
         CREATE (s)-[:MENTIONS {surface: ['Bench Hub']}]->(h)
       } IN TRANSACTIONS OF 10000 ROWS`,
      { hub: HUB, sentences: neo4j.int(neighbours - events) },
    );
  } finally {
    await session.close();
  }
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** Expanding the hub one request at a time (a user clicking it), plain, per type and with a date filter. */
export async function benchSupernode(options: {
  baseUrl: string;
  raw: Driver;
  neighbours: number;
  repeats: number;
}): Promise<SupernodeFigures> {
  await createHub(options.raw, options.neighbours);
  const id = encodeURIComponent(HUB);
  const cases = [
    { name: 'expand (100 nodes)', path: `/api/subgraph?id=${id}` },
    { name: '"+N more" of one type (200)', path: `/api/subgraph?id=${id}&types=PARTICIPATED_IN&limit=200` },
    { name: 'expand, depth 2', path: `/api/subgraph?id=${id}&depth=2` },
    { name: 'expand within a date range', path: `/api/subgraph?id=${id}&from=2020-01-01&to=2020-12-31` },
  ];
  const replays = await recordQueries(
    options.raw,
    'neo4j',
    cases.map((c) => c.path),
  );
  const figures: SupernodeFigures = { neighbours: options.neighbours, cases: [] };
  for (const c of cases) {
    const times: number[] = [];
    let body: { nodes: unknown[]; more: { total: number; byType: Record<string, number> } } | undefined;
    for (let i = 0; i <= options.repeats; i++) {
      const started = performance.now();
      const response = await fetch(`${options.baseUrl}${c.path}`);
      body = await response.json();
      if (!response.ok) throw new Error(`${c.path}: ${response.status} ${JSON.stringify(body)}`);
      times.push(performance.now() - started);
    }
    const rawTimes: number[] = [];
    for (let i = 0; i < options.repeats; i++) {
      const started = performance.now();
      for (const wave of replays.get(c.path)!)
        await Promise.all(wave.map((q) => options.raw.executeQuery(q.text, q.params, { database: 'neo4j' })));
      rawTimes.push(performance.now() - started);
    }
    figures.cases.push({
      name: c.name,
      path: c.path,
      firstMs: times[0],
      p50: percentile(times.slice(1), 50),
      p99: percentile(times.slice(1), 99),
      rawP50: percentile(rawTimes, 50),
      nodes: body!.nodes.length,
      leftOut: body!.more.total,
      byTypeShown: Object.keys(body!.more.byType).length > 0,
    });
  }
  return figures;
}
