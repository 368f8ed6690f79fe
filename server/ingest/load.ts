import { Executor, WriteTx } from '../db/executor';
import { ArticleGraph } from './types';

export interface LoadCounts {
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
  const surfaces = new Map<string, { sentenceId: string; entityId: string; surface: string[] }>();
  for (const m of graph.mentions) {
    const key = `${m.sentence}|${m.entity.id}`;
    const row = surfaces.get(key) ?? { sentenceId: sentenceId(id, m.sentence), entityId: m.entity.id, surface: [] };
    if (m.text && !row.surface.includes(m.text)) row.surface.push(m.text);
    surfaces.set(key, row);
  }
  return {
    article: {
      id,
      title: graph.article.title,
      url: graph.article.url,
      publishedAt: graph.article.publishedAt,
      file: graph.article.file,
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
      props: f.props,
      evidence: f.sentences.map((s) => sentenceId(id, s)),
    })),
  };
}

/** One write transaction per article: its old contribution removed, the new one merged; all or nothing. */
export async function loadArticle(
  executor: Executor,
  graph: ArticleGraph,
  options: LoadOptions = {},
): Promise<LoadCounts> {
  const rows = toRows(graph);
  return executor.write(async (tx) => {
    await tx.runNamed('ingest/remove-article', { articleId: rows.article.id });
    await tx.runNamed('ingest/merge-article', { article: rows.article, sentences: rows.sentences });
    await tx.runNamed('ingest/merge-entities', { entities: rows.entities });
    await tx.runNamed('ingest/merge-mentions', { mentions: rows.mentions });
    await tx.runNamed('ingest/merge-facts', { facts: rows.facts, articleId: rows.article.id });
    if (graph.article.outlet)
      await tx.runNamed('ingest/link-outlet', { articleId: rows.article.id, outletId: graph.article.outlet.id });
    await options.beforeCommit?.(tx);
    return {
      sentences: rows.sentences.length,
      entities: rows.entities.length,
      mentions: rows.mentions.length,
      facts: rows.facts.length,
    };
  });
}
