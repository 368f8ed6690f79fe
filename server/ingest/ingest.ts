import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Executor } from '../db/executor';
import { Nlp } from '../nlp/types';
import { ArticleMetadata, extractPrepared, PreparedArticle, prepareArticle } from './extract';
import { KnownPeople, KnownPerson } from './knowledge/known-people';
import { loadArticle, loadArticles, LoadCounts, LoadOptions } from './load/load';
import { ArticleGraph } from './types';
import { ArticleInputError, readArticleFile } from './read/read-article';

const metadataSchema = z.record(
  z.string(),
  z.object({
    title: z.string().nullable().optional(),
    url: z.string().url().nullable().optional(),
    publishedAt: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?/)
      .nullable()
      .optional(),
    outlet: z.string().nullable().optional(),
  }),
);

export interface IngestFailure {
  file: string;
  error: string;
}

export interface IngestSummary {
  articles: number;
  /** The ids the loaded articles were written under (an article already in the graph keeps its id). */
  articleIds: string[];
  /** The entities they name, as extracted (before events told twice are folded into one). */
  entityIds: string[];
  failed: IngestFailure[];
  sentences: number;
  entities: number;
  events: number;
  facts: number;
  seconds: number;
}

/** A summary before the first article: what both ways of ingesting (direct, through the app) count into. */
export const emptySummary = (): IngestSummary => ({
  articles: 0,
  articleIds: [],
  entityIds: [],
  failed: [],
  sentences: 0,
  entities: 0,
  events: 0,
  facts: 0,
  seconds: 0,
});

export interface IngestOptions extends LoadOptions {
  /** The NLP engine that annotates each article (CoreNLP or the rules engine). */
  nlp: Nlp;
  /** Metadata for articles given one by one (CLI flags); wins over articles.json. */
  metadata?: Record<string, ArticleMetadata>;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Articles per write transaction (default 100); 1 writes each article on its own. */
  batchSize?: number;
  /** Articles sent to the NLP process ahead of the one being extracted (default 4). */
  prefetch?: number;
}

export interface ArticleFile {
  file: string;
  /** The folder it was found in, when it was found by listing one (its links must stay inside). */
  within?: string;
}

/** Text files under the given files and folders, in a stable order. */
export function listArticleFiles(paths: string[]): ArticleFile[] {
  const files: ArticleFile[] = [];
  for (const p of paths) {
    if (fs.statSync(p).isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name.endsWith('.txt')) files.push({ file: path.join(p, name), within: p });
      }
    } else files.push({ file: p });
  }
  return files;
}

/** articles.json beside the articles: what the text alone cannot say (title, outlet, URL, date). */
export function readFolderMetadata(folder: string): Record<string, ArticleMetadata> {
  const file = path.join(folder, 'articles.json');
  if (!fs.existsSync(file)) return {};
  return metadataSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/**
 * An article file's metadata: what was given for it by name (CLI flags) wins over its folder's articles.json.
 * Each folder's articles.json is read once, when its first article is looked up.
 */
export function metadataLookup(given?: Record<string, ArticleMetadata>): (file: string) => ArticleMetadata {
  const byFolder = new Map<string, Record<string, ArticleMetadata>>();
  return (file) => {
    const folder = path.dirname(file);
    if (!byFolder.has(folder)) byFolder.set(folder, readFolderMetadata(folder));
    return given?.[path.basename(file)] ?? byFolder.get(folder)![path.basename(file)] ?? {};
  };
}

export const articleIdOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');

export async function loadKnownPeople(executor: Executor): Promise<KnownPeople> {
  const rows = await executor.read('ingest/known-people', {}, { timeoutMs: 60_000 });
  return new KnownPeople(rows as unknown as KnownPerson[]);
}

interface Extracted {
  file: string;
  graph: ArticleGraph;
}

/** Articles per write transaction: large enough to amortise round trips, small enough to keep one cheap. */
const DEFAULT_BATCH_SIZE = 100;
/** Enough to keep two annotating threads busy while this thread extracts, few enough to hold in memory. */
const DEFAULT_PREFETCH = 4;

/**
 * Ingests every article; a broken one is reported and skipped, the others still load. Articles are extracted
 * on this thread while the previous batch is written by Neo4j; a batch that fails is retried article by
 * article, so one bad article costs only itself.
 */
export async function ingestPaths(executor: Executor, paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const files = listArticleFiles(paths);
  const metadataOf = metadataLookup(options.metadata);
  const known = await loadKnownPeople(executor);
  const summary = emptySummary();
  const entityIds = new Set<string>();
  let done = 0;
  const fail = (file: string, error: unknown) => {
    const message = (error as Error).message.split('\n')[0];
    summary.failed.push({
      file,
      error: error instanceof ArticleInputError ? message : `${path.basename(file)}: ${message}`,
    });
  };
  const loaded = (item: Extracted, counts: LoadCounts) => {
    for (const e of item.graph.entities) entityIds.add(e.id);
    summary.articles += 1;
    summary.articleIds.push(counts.articleId);
    summary.sentences += counts.sentences;
    summary.facts += counts.facts;
  };
  const progress = (file: string) => options.onProgress?.(++done, files.length, file);
  const load = async (batch: Extracted[]) => {
    try {
      const counts = await loadArticles(
        executor,
        batch.map((b) => b.graph),
        options,
      );
      batch.forEach((item, i) => loaded(item, counts[i]));
    } catch (batchError) {
      if (batch.length === 1) fail(batch[0].file, batchError);
      else
        for (const item of batch) {
          try {
            loaded(item, await loadArticle(executor, item.graph, options));
          } catch (error) {
            fail(item.file, error);
          }
        }
    }
    for (const item of batch) progress(item.file);
  };

  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let batch: Extracted[] = [];
  let writing: Promise<void> = Promise.resolve();
  // Articles read, cleaned and sent to the NLP process ahead of extraction, so it is never idle.
  const ahead: { file: string; prepared: PreparedArticle | Error }[] = [];
  let next = 0;
  const prepare = ({ file, within }: ArticleFile): PreparedArticle | Error => {
    try {
      return prepareArticle(
        articleIdOf(file),
        readArticleFile(file, { within }),
        options.nlp,
        metadataOf(file),
        path.basename(file),
      );
    } catch (error) {
      return error as Error;
    }
  };
  const window = options.prefetch ?? DEFAULT_PREFETCH;
  while (next < files.length || ahead.length) {
    while (ahead.length < window && next < files.length)
      ahead.push({ file: files[next].file, prepared: prepare(files[next++]) });
    const { file, prepared } = ahead.shift()!;
    try {
      if (prepared instanceof Error) throw prepared;
      const graph = await extractPrepared(prepared, known);
      // Later articles may name these people by surname alone.
      for (const e of graph.entities.filter((e) => e.kind === 'Person')) {
        const roles = graph.facts
          .filter((f) => f.type === 'HOLDS_ROLE' && f.from === e.id)
          .map((f) => ({ holderId: f.to, title: f.props.title ?? null }));
        known.add({ id: e.id, name: e.name, roles });
      }
      batch.push({ file, graph });
    } catch (error) {
      fail(file, error);
      progress(file);
    }
    if (batch.length >= batchSize) {
      await writing;
      writing = load(batch);
      batch = [];
    }
    // Lets the batch being written send its next query while this thread extracts.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await writing;
  if (batch.length) await load(batch);
  summary.entityIds = [...entityIds];
  summary.entities = entityIds.size;
  summary.events = [...entityIds].filter((id) => id.startsWith('event:')).length;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
