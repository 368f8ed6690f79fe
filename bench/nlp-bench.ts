import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../server/config';
import { Executor } from '../server/db/executor';
import { ingestPaths } from '../server/ingest/ingest';
import { createNlp, Nlp, NlpMode } from '../server/nlp';
import { startCoreNlp } from '../server/nlp/corenlp';
import { emptyGraph } from './support/neo4j';
import { Driver } from 'neo4j-driver';

export interface NlpStartFigures {
  /** Spawn → models loaded, with the classpath and launcher already cached (a warm start). */
  startSeconds: number;
  heapMaxMb: number;
  /** Resident memory of the JVM after annotating the corpus. */
  rssMb: number;
}

/** The shared corpus beside the repo (real news), when this machine has it; else the seeds. */
export function corpusDir(): { dir: string; name: string } {
  const shared = path.resolve(REPO_ROOT, '../shared/corpus/articles');
  if (fs.existsSync(shared)) return { dir: shared, name: 'shared corpus (24 real excerpts)' };
  return { dir: path.join(REPO_ROOT, 'seeds'), name: 'seeds (5 articles)' };
}

const rssOf = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
};

/** A CoreNLP start timed from spawn to ready, and its memory after real work. */
export async function benchNlpStart(heapMb: number, texts: string[]): Promise<NlpStartFigures> {
  await (await startCoreNlp({ heapMb })).close(); // resolve and compile once: what a second start reuses
  const started = performance.now();
  const nlp = await startCoreNlp({ heapMb });
  const startSeconds = (performance.now() - started) / 1000;
  try {
    for (const t of texts) await nlp.annotate(t);
    return { startSeconds, heapMaxMb: heapMb, rssMb: rssOf(nlp.pid) };
  } finally {
    await nlp.close();
  }
}

export interface CorpusFigures {
  nlp: NlpMode;
  threads: number;
  articles: number;
  /** A JVM that has annotated nothing yet (no warm-up): the worst case. */
  coldSeconds: number;
  /** After the warm-up CoreNLP runs on start-up while Neo4j starts (what `npm start` and `npm run ingest` see). */
  startedSeconds: number;
  /** Best of the passes after those. */
  warmSeconds: number;
}

const WARM_UP_MS = 4000;

/** Real articles end to end (files → NLP → extraction → Neo4j), into an emptied graph each pass. */
export async function benchCorpus(options: {
  executor: Executor;
  raw: Driver;
  mode: NlpMode;
  threads: number;
  passes: number;
  log: (s: string) => void;
}): Promise<CorpusFigures> {
  const { dir } = corpusDir();
  const pass = async (nlp: Nlp, label: string) => {
    await emptyGraph(options.raw);
    const summary = await ingestPaths(options.executor, [dir], { nlp });
    options.log(
      `corpus ${options.mode} ×${options.threads} ${label}: ${summary.articles} in ${summary.seconds.toFixed(2)} s`,
    );
    return summary;
  };
  const cold = createNlp(options.mode, { threads: options.threads, warmUpMs: 0 });
  let coldSeconds: number;
  try {
    await cold.warm();
    coldSeconds = (await pass(cold, 'cold')).seconds;
  } finally {
    await cold.close();
  }
  const nlp = createNlp(options.mode, { threads: options.threads, warmUpMs: WARM_UP_MS });
  try {
    await nlp.warm();
    if (options.mode === 'corenlp') await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS + 500));
    const started = await pass(nlp, 'after start-up warm-up');
    const times: number[] = [];
    for (let i = 0; i < options.passes; i++) times.push((await pass(nlp, `warm ${i + 1}`)).seconds);
    return {
      nlp: options.mode,
      threads: options.threads,
      articles: started.articles,
      coldSeconds,
      startedSeconds: started.seconds,
      warmSeconds: Math.min(...times),
    };
  } finally {
    await nlp.close();
  }
}
