import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Executor } from '../db/executor';
import { ArticleMetadata, extractArticle } from './extract';
import { KnownPeople, KnownPerson } from './known-people';
import { loadArticle, LoadOptions } from './load';
import { ArticleInputError, readArticleFile } from './read-article';

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
  failed: IngestFailure[];
  sentences: number;
  entities: number;
  events: number;
  facts: number;
  seconds: number;
}

export interface IngestOptions extends LoadOptions {
  /** Metadata for articles given one by one (CLI flags); wins over articles.json. */
  metadata?: Record<string, ArticleMetadata>;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Text files under the given files and folders, in a stable order. */
export function listArticleFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name.endsWith('.txt')) files.push(path.join(p, name));
      }
    } else files.push(p);
  }
  return files;
}

/** articles.json beside the articles: what the text alone cannot say (title, outlet, URL, date). */
export function readFolderMetadata(folder: string): Record<string, ArticleMetadata> {
  const file = path.join(folder, 'articles.json');
  if (!fs.existsSync(file)) return {};
  return metadataSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export const articleIdOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');

export async function loadKnownPeople(executor: Executor): Promise<KnownPeople> {
  const rows = await executor.read('ingest/known-people', {}, { timeoutMs: 60_000 });
  return new KnownPeople(rows as unknown as KnownPerson[]);
}

/** Ingests every article; a broken one is reported and skipped, the others still load. */
export async function ingestPaths(
  executor: Executor,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const files = listArticleFiles(paths);
  const metadataByFolder = new Map<string, Record<string, ArticleMetadata>>();
  const known = await loadKnownPeople(executor);
  const summary: IngestSummary = {
    articles: 0,
    failed: [],
    sentences: 0,
    entities: 0,
    events: 0,
    facts: 0,
    seconds: 0,
  };
  const entityIds = new Set<string>();
  for (const [i, file] of files.entries()) {
    try {
      const folder = path.dirname(file);
      if (!metadataByFolder.has(folder)) metadataByFolder.set(folder, readFolderMetadata(folder));
      const meta = options.metadata?.[path.basename(file)] ?? metadataByFolder.get(folder)![path.basename(file)] ?? {};
      const text = readArticleFile(file);
      const graph = extractArticle(articleIdOf(file), text, meta, path.basename(file), known);
      const counts = await loadArticle(executor, graph, options);
      for (const e of graph.entities) entityIds.add(e.id);
      for (const e of graph.entities.filter((e) => e.kind === 'Person')) {
        const roles = graph.facts
          .filter((f) => f.type === 'HOLDS_ROLE' && f.from === e.id)
          .map((f) => ({ holderId: f.to, title: f.props.title ?? null }));
        known.add({ id: e.id, name: e.name, roles });
      }
      summary.articles += 1;
      summary.sentences += counts.sentences;
      summary.facts += counts.facts;
    } catch (error) {
      const message = (error as Error).message.split('\n')[0];
      summary.failed.push({
        file,
        error: error instanceof ArticleInputError ? message : `${path.basename(file)}: ${message}`,
      });
    }
    options.onProgress?.(i + 1, files.length, file);
  }
  summary.entities = entityIds.size;
  summary.events = [...entityIds].filter((id) => id.startsWith('event:')).length;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
