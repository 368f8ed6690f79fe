import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../config';
import { createExecutor } from '../db/executor';
import { applySchema } from '../db/schema';
import { loadConfig } from '../config';
import { startEmbeddedNeo4j } from '../neo4j/embedded';
import { createNlp } from '../nlp';
import { ArticleMetadata } from './extract';
import { ingestPaths } from './ingest';

const USAGE = `Usage: npm run eval -- <corpus folder> [--scorer score.mjs] [--json out.json] [--quiet] [--keep]
  The folder holds articles/, articles.tsv (file, url, outlet, published, title), gold.json and score.mjs, as
  ../shared/corpus does. Its articles are ingested into a throwaway Neo4j, then the corpus's own scorer runs.
  --scorer runs that scorer instead, for a corpus that keeps no copy of its own (bench/probe).
  --keep leaves that Neo4j running and prints its Bolt URI (stop it with Ctrl-C).`;

/** articles.tsv: one row per article, metadata as the corpus states it (empty = unknown). */
export function readCorpusMetadata(folder: string): Record<string, ArticleMetadata> {
  const [header, ...rows] = fs.readFileSync(path.join(folder, 'articles.tsv'), 'utf8').trim().split('\n');
  const columns = header.split('\t');
  const metadata: Record<string, ArticleMetadata> = {};
  for (const row of rows) {
    const cells = Object.fromEntries(row.split('\t').map((cell, i) => [columns[i], cell.trim()]));
    metadata[cells.file] = {
      url: cells.url || null,
      outlet: cells.outlet || null,
      publishedAt: cells.published || null,
      title: cells.title || null,
    };
  }
  return metadata;
}

/** The scorer to run: the one --scorer names (a corpus without its own copy), else the folder's score.mjs. */
export function scorerFor(folder: string, scorer?: string): string {
  return scorer ? path.resolve(scorer) : path.join(folder, 'score.mjs');
}

/** What the corpus lacks before anything starts, as the message to print; null when nothing is missing. */
export function missingInput(folder: string, scorer: string): string | null {
  for (const needed of ['articles', 'articles.tsv', 'gold.json'])
    if (!fs.existsSync(path.join(folder, needed))) return `${folder}: no ${needed} (see --help)`;
  return fs.existsSync(scorer) ? null : `no scorer at ${scorer} (see --help)`;
}

function runScorer(folder: string, scorer: string, uri: string, extra: string[]): Promise<number> {
  const args = [scorer, uri, path.join(folder, 'gold.json'), '--articles', path.join(folder, 'articles'), ...extra];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      scorer: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const folder = positionals[0];
  if (values.help || !folder) {
    console.log(USAGE);
    return folder ? 0 : 2;
  }
  const scorer = scorerFor(folder, values.scorer);
  const missing = missingInput(folder, scorer);
  if (missing) {
    console.error(missing);
    return 2;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-eval-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, heapMb: 768, pageCache: '64m' });
  const target = { uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j' };
  const { driver, executor } = createExecutor(target, { queryTimeoutMs: 60_000 });
  const config = loadConfig();
  const nlp = createNlp(config.nlp.mode, { ...config.nlp, log: (m) => console.error(m) });
  try {
    await applySchema(executor);
    const metadata = readCorpusMetadata(folder);
    const files = Object.keys(metadata).map((file) => path.join(folder, 'articles', file));
    const summary = await ingestPaths(executor, files, { nlp, metadata });
    console.log(
      `ingested ${summary.articles} articles (${summary.failed.length} failed) in ${summary.seconds.toFixed(1)} s: ` +
        `${summary.entities} entities, ${summary.events} events, ${summary.facts} facts`,
    );
    for (const f of summary.failed) console.log(`  failed: ${f.error}`);
    const code = await runScorer(folder, scorer, neo4j.uri, [
      ...(values.json ? ['--json', path.resolve(values.json)] : []),
      ...(values.quiet ? ['--quiet'] : []),
    ]);
    if (values.keep) {
      console.log(`Neo4j stays up on ${neo4j.uri} (Ctrl-C to stop)`);
      await new Promise((resolve) => process.once('SIGINT', resolve));
    }
    return code;
  } finally {
    await nlp.close();
    await driver.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module)
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error((error as Error).message);
      process.exit(1);
    },
  );
