import { Executor } from '../../db/executor';
import { consolidateEvents } from './consolidate';
import { writeArticles } from './load';
import { ArticleGraph, EntityRef } from '../types';

class RolledBack extends Error {}

const person = (n: number): EntityRef => ({ id: `person:warm-up-${n}`, kind: 'Person', name: `Warm Up ${n}` });
const event: EntityRef = {
  id: 'event:call:2000-01-01:warm-up',
  kind: 'Event',
  name: 'Call: warm-up',
  props: { kind: 'call', date: '2000-01-01', dateRule: null, planned: null, sequence: null },
};

/** An article no one wrote, with a little of everything the loader writes; it never commits. */
const WARM_UP: ArticleGraph = {
  article: {
    id: '_warm-up',
    file: null,
    title: null,
    url: null,
    publishedAt: null,
    outlet: person(3),
    // No text has this fingerprint; it lets the lookup by text be planned too.
    textSha256: '0'.repeat(64),
  },
  sentences: ['Warm Up 1 called Warm Up 2.'],
  entities: [person(1), person(2), event],
  mentions: [1, 2].map((n) => ({
    sentence: 0,
    start: 0,
    end: 9,
    text: `Warm Up ${n}`,
    entity: person(n),
    rule: 'warm-up',
  })),
  facts: [1, 2].map((n) => ({
    type: 'PARTICIPATED_IN' as const,
    from: person(n).id,
    to: event.id,
    key: 'participant',
    props: { role: 'participant' },
    rule: 'warm-up',
    sentences: [0],
  })),
};

/**
 * Neo4j plans a query the first time it runs after a start, and again once the data's statistics have moved far
 * (as seeding moves them): the first article a person added waited about 1.2 s for the loader's plans. Loading
 * an invented article in a transaction that is rolled back plans them while the app starts (with rows, as real
 * loads have them: plans made for empty lists were not reused). Returns the milliseconds it took.
 */
export async function warmLoader(executor: Executor): Promise<number> {
  const started = performance.now();
  await executor.read('ingest/known-people', {});
  await executor.read('articles/extracted', { id: WARM_UP.article.id });
  try {
    await executor.write(async (tx) => {
      await tx.runNamed('ingest/take-write-lock', {});
      await tx.runNamed('corrections/active', {});
      await writeArticles(tx, [WARM_UP], []);
      await consolidateEvents(tx, [event.id]);
      await tx.runNamed('ingest/merge-events', { merges: [{ from: event.id, into: event.id, rule: 'warm-up' }] });
      await tx.runNamed('corrections/apply-node-fixes', {
        fixes: [{ id: event.id, name: null, date: null, eventKind: null, dropAlias: null }],
      });
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return performance.now() - started;
}
