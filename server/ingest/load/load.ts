import { Executor, WriteTx } from '../../db/executor';
import { consolidateEvents } from './consolidate';
import { ActiveCorrection, applyCorrections, CorrectionChange, NodeFix, nodeFixes, rejectedFacts } from './corrections';
import { packExtraction } from './stored-extraction';
import { ArticleGraph } from '../types';

export interface LoadCounts {
  /** The id it was written under: an article whose text the graph already holds keeps that article's id. */
  articleId: string;
  sentences: number;
  entities: number;
  mentions: number;
  facts: number;
}

export interface LoadOptions {
  /** Runs inside the article's transaction just before it commits (tests use it to prove atomicity). */
  beforeCommit?: (tx: WriteTx) => Promise<void>;
}

const sentenceId = (articleId: string, index: number) => `${articleId}:${index}`;

/** Plain rows for the loader's UNWIND queries. */
export function toRows(graph: ArticleGraph) {
  const id = graph.article.id;
  const entities = [...graph.entities, ...(graph.article.outlet ? [graph.article.outlet] : [])];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const surfaces = new Map<string, { sentenceId: string; entityId: string; surface: string[]; rules: string[] }>();
  for (const m of graph.mentions) {
    const key = `${m.sentence}|${m.entity.id}`;
    const row = surfaces.get(key) ?? {
      sentenceId: sentenceId(id, m.sentence),
      entityId: m.entity.id,
      surface: [],
      rules: [],
    };
    if (m.text && !row.surface.includes(m.text)) row.surface.push(m.text);
    if (!row.rules.includes(m.rule)) row.rules.push(m.rule);
    surfaces.set(key, row);
  }
  return {
    article: {
      id,
      title: graph.article.title,
      url: graph.article.url,
      publishedAt: graph.article.publishedAt,
      file: graph.article.file,
      textSha256: graph.article.textSha256 ?? null,
    },
    sentences: graph.sentences.map((text, index) => ({ id: sentenceId(id, index), text, index })),
    entities: [...byId.values()].map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: (e as { aliases?: string[] }).aliases ?? [e.name],
      props: {
        ...Object.fromEntries(Object.entries(e.props ?? {}).filter(([k]) => k !== 'aliases')),
        ...(e.country ? { country: e.country } : {}),
      },
    })),
    mentions: [...surfaces.values()],
    facts: graph.facts.map((f) => ({
      type: f.type,
      from: f.from,
      to: f.to,
      key: f.key,
      props: { ...f.props, rule: f.rule },
      evidence: f.sentences.map((s) => sentenceId(id, s)),
    })),
  };
}

type EntityRow = ReturnType<typeof toRows>['entities'][number];

/**
 * One row per entity for a batch (a country named by 40 articles is written once, not 40 times): surface
 * forms in first-seen order, later properties winning, as writing the articles one after another would do.
 */
function mergeEntityRows(rows: EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) byId.set(row.id, { ...row, aliases: [...row.aliases], props: { ...row.props } });
    else {
      for (const alias of row.aliases) if (!seen.aliases.includes(alias)) seen.aliases.push(alias);
      Object.assign(seen.props, row.props);
    }
  }
  return [...byId.values()];
}

/** Rows of several articles for the batch queries; each fact row says which article states it. */
export function batchRows(graphs: ArticleGraph[]) {
  const rows = graphs.map(toRows);
  return {
    articleIds: rows.map((r) => r.article.id),
    eventIds: [...new Set(graphs.flatMap((g) => g.entities.filter((e) => e.kind === 'Event').map((e) => e.id)))],
    articles: rows.map((r) => ({ ...r.article, sentences: r.sentences })),
    entities: mergeEntityRows(rows.flatMap((r) => r.entities)),
    mentions: rows.flatMap((r) => r.mentions),
    facts: rows.flatMap((r) => r.facts.map((f) => ({ ...f, articleId: r.article.id }))),
    links: graphs.flatMap((g) =>
      g.article.outlet ? [{ articleId: g.article.id, outletId: g.article.outlet.id }] : [],
    ),
    counts: rows.map((r) => ({
      articleId: r.article.id,
      sentences: r.sentences.length,
      entities: r.entities.length,
      mentions: r.mentions.length,
      facts: r.facts.length,
    })),
  };
}

/** The corrections in force, oldest first, as the loader applies them. */
export async function activeCorrections(tx: WriteTx): Promise<ActiveCorrection[]> {
  const rows = await tx.runNamed('corrections/active', {});
  return rows.map((r) => ({ id: r.id, change: JSON.parse(r.change) as CorrectionChange }));
}

const extractionRow = (graph: ArticleGraph) => ({
  article: graph.article.id,
  deflated: packExtraction(graph),
  entityIds: [
    ...new Set([...graph.entities.map((e) => e.id), ...(graph.article.outlet ? [graph.article.outlet.id] : [])]),
  ],
});

/**
 * The articles under the ids the graph already knows their texts by: an article added through the API and the
 * same text ingested as a file are one article whichever came first, its contribution replaced as re-ingesting
 * a file replaces its own. Articles without a fingerprint, or with a text the graph does not hold, keep theirs.
 */
async function underKnownIds(tx: WriteTx, graphs: ArticleGraph[]): Promise<ArticleGraph[]> {
  const fingerprints = [...new Set(graphs.flatMap((g) => g.article.textSha256 ?? []))];
  if (!fingerprints.length) return graphs;
  const rows = await tx.runNamed('ingest/articles-by-text', { fingerprints });
  const idOf = new Map(rows.map((r) => [r.fingerprint, r.id]));
  return graphs.map((g) => {
    const text = g.article.textSha256;
    if (!text) return g;
    const id = idOf.get(text);
    // The first of a text new to the graph names it for the rest of the batch.
    if (id === undefined) idOf.set(text, g.article.id);
    return id === undefined || id === g.article.id ? g : { ...g, article: { ...g.article, id } };
  });
}

/**
 * Writes articles inside the caller's transaction: each one under the id its text is known by (underKnownIds),
 * its old contribution removed, its extraction kept, the corrections in force applied to it, the result merged,
 * events consolidated, the corrections' graph fixes applied last (applyGraphFixes). The caller holds the write
 * lock. The counts are the input's, one per graph given.
 */
export async function writeArticles(
  tx: WriteTx,
  graphs: ArticleGraph[],
  corrections: ActiveCorrection[],
): Promise<LoadCounts[]> {
  const named = await underKnownIds(tx, graphs);
  // An article twice in one batch is written once, as its later copy: what writing them in turn would leave.
  const written = [...new Map(named.map((g) => [g.article.id, g])).values()];
  const rows = batchRows(written.map((g) => applyCorrections(g, corrections)));
  await tx.runNamed('ingest/remove-articles', { articleIds: rows.articleIds });
  await tx.runNamed('ingest/merge-articles', { articles: rows.articles });
  await tx.runNamed('ingest/store-extractions', { extractions: written.map(extractionRow) });
  await tx.runNamed('ingest/merge-entities', { entities: rows.entities });
  await tx.runNamed('ingest/merge-mentions', { mentions: rows.mentions });
  await tx.runNamed('ingest/merge-facts', { facts: rows.facts });
  if (rows.links.length) await tx.runNamed('ingest/link-outlets', { links: rows.links });
  await consolidateEvents(tx, rows.eventIds);
  await applyGraphFixes(tx, corrections);
  const countsOf = new Map(rows.counts.map((c) => [c.articleId, c]));
  return named.map((g) => countsOf.get(g.article.id)!);
}

/**
 * What corrections make hold on the graph as loaded, whatever ids the articles' extractions used: rejected facts
 * gone from their final ends, then the node fixes (so re-ingesting never undoes a person's fix).
 */
export async function applyGraphFixes(tx: WriteTx, corrections: ActiveCorrection[]): Promise<void> {
  const rejects = rejectedFacts(corrections);
  if (rejects.length) await tx.runNamed('corrections/drop-rejected-facts', { rejects });
  for (const fixes of inWaves(nodeFixes(corrections))) await tx.runNamed('corrections/apply-node-fixes', { fixes });
}

/**
 * Node fixes in waves, each holding at most one fix per node, in the order they were made. Two fixes of one node
 * in one query did not see each other's writes (the planner may read every row before writing any): a fix-event
 * then a rename of an event loaded afresh kept only the rename's name among the aliases. One query per wave.
 */
function inWaves(fixes: NodeFix[]): NodeFix[][] {
  const waves: NodeFix[][] = [];
  const seen = new Map<string, number>();
  for (const fix of fixes) {
    const wave = seen.get(fix.id) ?? 0;
    seen.set(fix.id, wave + 1);
    (waves[wave] ??= []).push(fix);
  }
  return waves;
}

/**
 * Several articles in one write transaction: one round trip per query for the whole batch instead of per
 * article. All of the batch commits or none of it. Writers take turns (the write lock): an article written while
 * a correction is made is written with it, never with the list of corrections from before it.
 */
export async function loadArticles(
  executor: Executor,
  graphs: ArticleGraph[],
  options: LoadOptions = {},
): Promise<LoadCounts[]> {
  return executor.write(async (tx) => {
    await tx.runNamed('ingest/take-write-lock', {});
    const counts = await writeArticles(tx, graphs, await activeCorrections(tx));
    await options.beforeCommit?.(tx);
    return counts;
  });
}

/** One article in its own transaction: all of it or none of it. */
export async function loadArticle(
  executor: Executor,
  graph: ArticleGraph,
  options: LoadOptions = {},
): Promise<LoadCounts> {
  return (await loadArticles(executor, [graph], options))[0];
}
