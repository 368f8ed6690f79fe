import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, REPO_ROOT } from '../server/config';
import { createNlp, NlpMode } from '../server/nlp';
import { benchAddArticle, percentile, PLANNING_WAIT_MS } from './add-article-bench';
import { benchEndpoints, benchFloor, CpuPerRequest, EndpointFigures } from './api-bench';
import { benchCatalogue } from './catalogue-bench';
import { LoadFigures } from './api-load';
import { benchIngest, IngestFigures } from './ingest-bench';
import { benchLayout, LAYOUT_BUDGETS } from './layout-bench';
import { benchCorpus, benchNlpStart, corpusDir, CorpusFigures } from './nlp-bench';
import { benchPage } from './page';
import { benchSupernode } from './supernode-bench';
import { BenchNeo4j, emptyGraph, startBenchNeo4j } from './support/neo4j';
import { count, machineDescription, ms, ratio, Report, table } from './support/results';
import { startBenchServer } from './support/server';
import { loadSyntheticGraph, SyntheticGraph } from './synthetic-graph';

/**
 * `npm run bench` (full sizes, ~40 min, writes bench/RESULTS.md) or `npm run bench -- --quick` (small sizes,
 * under 2 min, writes bench/RESULTS.quick.md, as any partial run does). `--only=ingest,api,supernode,page`
 * runs some sections; `--graphs=10000 --seconds=10` override the graph sizes and the seconds per load run.
 */
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = (
  args
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',') ?? ['ingest', 'api', 'supernode', 'page', 'add-article']
).map((s) => s.trim());

const PLAN = quick
  ? {
      ingest: [200],
      graphs: [10_000],
      seconds: 1.5,
      warmUp: 0.5,
      pairs: 20,
      supernode: 20_000,
      repeats: 5,
      page: [200, 1000],
      webglUpTo: 200,
      pageGraph: 0,
      gestureMs: 800,
    }
  : {
      ingest: [1_000, 10_000],
      graphs: [10_000, 100_000, 1_000_000],
      seconds: 30,
      warmUp: 3,
      pairs: 60,
      supernode: 100_000,
      repeats: 30,
      page: [200, 1000, 5000],
      webglUpTo: Infinity,
      // 5,000 nodes drawn need a graph with more than that many events and the entities they touch.
      pageGraph: 1,
      gestureMs: 3000,
    };
// Overrides for a focused look at one size: `--graphs=10000,100000 --seconds=10`.
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
if (flag('graphs')) PLAN.graphs = flag('graphs')!.split(',').map(Number);
if (flag('seconds')) PLAN.seconds = Number(flag('seconds'));
const CONNECTIONS = 50;

const memoryFor = (nodes: number) =>
  nodes >= 500_000 ? { heapMb: 4096, pageCache: '4g' } : { heapMb: 1024, pageCache: '1g' };

/**
 * Quick runs share one Neo4j between sections, emptied at each hand-over (a JVM start costs 10 s or more
 * here); full runs start one per section and graph, sized for it.
 */
let sharedNeo4j: BenchNeo4j | null = null;
async function neo4jFor(label: string, memory: { heapMb: number; pageCache: string }): Promise<BenchNeo4j> {
  if (!quick) return startBenchNeo4j(label, memory);
  if (sharedNeo4j) await emptyGraph(sharedNeo4j.raw);
  else sharedNeo4j = await startBenchNeo4j('quick', memory);
  return { ...sharedNeo4j, stop: async () => {} };
}

/** CoreNLP (the default) and the rules engine (READOUT_NLP=rules), both measured. */
const NLP_MODES: NlpMode[] = ['corenlp', 'rules'];

const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

/** The layout budgets that used to be asserted in `npm test` (issue 21): median and worst of a few runs each. */
async function layoutSection(report: Report): Promise<void> {
  const db = await neo4jFor('layout', { heapMb: 1024, pageCache: '1g' });
  const server = await startBenchServer(db.target);
  try {
    const repeats = quick ? 2 : 7;
    const f = await benchLayout({ baseUrl: server.baseUrl, executor: db.executor, repeats, log });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const row = (name: string, xs: number[], budget: number) => [
      name,
      ms(median(xs)),
      ms(Math.max(...xs)),
      ms(budget),
      median(xs) <= budget ? 'within' : 'over',
    ];
    report.section('Layout budgets', [
      "Headless Chromium, the page's own measure of its layout (`data-layout-ms`: elements added → positions set),",
      `${repeats} fresh pages per step; the scenario of test/browser/layout.test.ts (which checks overlaps and that`,
      'nothing moves, but asserts no time: a wall-clock budget in `npm test` fails on a busy machine).',
      '',
      ...table(
        ['step', 'median', 'worst', 'budget', 'median vs budget'],
        [
          row('1,000 nodes, first view', f.thousandMs, LAYOUT_BUDGETS.thousandNodesMs),
          row('50 more beside 300 shown', f.expansionMs, LAYOUT_BUDGETS.expansionMs),
        ],
      ),
    ]);
  } finally {
    await server.stop();
    await db.stop();
  }
}

async function ingestSection(report: Report): Promise<void> {
  const rows: IngestFigures[] = [];
  const corpus: CorpusFigures[] = [];
  const { nlp: nlpConfig } = loadConfig();
  for (const mode of NLP_MODES) {
    const nlp = createNlp(mode, { heapMb: nlpConfig.heapMb, threads: nlpConfig.threads, javaHome: nlpConfig.javaHome });
    try {
      for (const n of PLAN.ingest) {
        const db = await neo4jFor('ingest', { heapMb: 1024, pageCache: '1g' });
        log(`Neo4j ${db.version} up; ingesting ${count(n)} articles with ${mode}`);
        try {
          rows.push(await benchIngest({ executor: db.executor, raw: db.raw, nlp, count: n, log }));
        } finally {
          await db.stop();
        }
      }
    } finally {
      await nlp.close();
    }
  }
  const db = await neo4jFor('corpus', { heapMb: 1024, pageCache: '1g' });
  try {
    for (const [mode, threads] of [
      ['corenlp', 1],
      ['corenlp', 2],
      ['rules', 1],
    ] as const)
      corpus.push(await benchCorpus({ executor: db.executor, raw: db.raw, mode, threads, passes: quick ? 2 : 5, log }));
  } finally {
    await db.stop();
  }
  const { dir, name } = corpusDir();
  const texts = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const start = await benchNlpStart(nlpConfig.heapMb, texts);
  report.section('Ingestion', [
    'Synthetic articles (bench/article-generator.ts: gazetteer countries and outlets, Zipf-popular leaders; calls,',
    'meetings and visits in wire-copy sentences), written to files and ingested as `npm run ingest` does, into an',
    "empty graph, with each NLP engine. The load phase alone writes the same extracted rows twice into an empty graph: Readout's loader",
    `(batches of ${rows[0]?.batchSize} articles per transaction, events folded across articles) and the floor (the bare driver, one plain`,
    '`UNWIND $rows … MERGE` per row kind and batch). Both warmed up first (plans compiled, JIT warm).',
    '',
    ...table(
      [
        'NLP',
        'articles',
        'end to end',
        'articles/s',
        'failed',
        'facts',
        'entities',
        'load phase',
        'floor',
        'load / floor',
      ],
      rows.map((r) => [
        r.nlp,
        count(r.articles),
        `${r.endToEndSeconds.toFixed(1)} s`,
        r.articlesPerSecond.toFixed(0),
        r.failed,
        count(r.facts),
        count(r.entities),
        `${r.loadSeconds.toFixed(2)} s`,
        `${r.floorSeconds.toFixed(2)} s`,
        ratio(r.loadSeconds / r.floorSeconds),
      ]),
    ),
    '',
    `Real articles: the ${name}, end to end into an emptied graph, the NLP process started before the clock:`,
    'JVM cold (no warm-up at all), after the warm-up CoreNLP runs on start-up while Neo4j starts (what `npm start`',
    'and `npm run ingest` see), and warm (best of the passes after).',
    '',
    ...table(
      ['NLP', 'threads', 'articles', 'JVM cold', 'articles/s', 'after start-up', 'articles/s', 'warm', 'articles/s'],
      corpus.map((c) => [
        c.nlp,
        c.threads,
        c.articles,
        `${c.coldSeconds.toFixed(2)} s`,
        (c.articles / c.coldSeconds).toFixed(1),
        `${c.startedSeconds.toFixed(2)} s`,
        (c.articles / c.startedSeconds).toFixed(1),
        `${c.warmSeconds.toFixed(2)} s`,
        (c.articles / c.warmSeconds).toFixed(1),
      ]),
    ),
    '',
    `CoreNLP process: warm start (classpath cached, models loaded, ready) ${start.startSeconds.toFixed(1)} s; heap capped at`,
    `${start.heapMaxMb} MB (\`READOUT_NLP_HEAP_MB\`), resident ${start.rssMb.toFixed(0)} MB after annotating the corpus.`,
    '',
    'Targets: ≥ 5 articles/s warm end to end with CoreNLP on real 2,000-byte articles (the dependency parse and',
    'SUTime included); CoreNLP heap ≤ 1 GB; warm start ≤ 15 s; load phase ≤ 1.5× the floor.',
  ]);
}

interface GraphRun {
  graph: SyntheticGraph;
  endpoints: EndpointFigures[];
  floor: LoadFigures;
  catalogue: { coldMs: number; warmUs: number; labels: number };
}

function apiSection(report: Report, runs: GraphRun[]): void {
  const serving = (c: CpuPerRequest) => c.neo4j + c.client;
  const cpu = (c: CpuPerRequest) => `${serving(c).toFixed(2)} (${c.neo4j.toFixed(2)} + ${c.client.toFixed(2)})`;
  const rows = runs.flatMap(({ graph, endpoints, floor }) => [
    [
      count(graph.nodes),
      'floor: `RETURN 1`, raw driver',
      ...['–', '–', '–', '–', '–'],
      floor.perSecond.toFixed(0),
      ms(floor.p50),
      ms(floor.p99),
      ...['–', '–', '–'],
    ],
    ...endpoints.map((e) => [
      count(graph.nodes),
      e.endpoint,
      e.readout.perSecond.toFixed(0),
      ms(e.readout.p50),
      ms(e.readout.p99),
      e.readout.errors,
      cpu(e.readout.cpu),
      e.raw.perSecond.toFixed(0),
      ms(e.raw.p50),
      ms(e.raw.p99),
      cpu(e.raw.cpu),
      ratio(serving(e.readout.cpu) / serving(e.raw.cpu)),
      ratio(e.raw.perSecond / e.readout.perSecond),
    ]),
  ]);
  report.section('API under load', [
    `autocannon, ${CONNECTIONS} connections for ${PLAN.seconds} s per endpoint, on loopback, against Readout as`,
    '`npm start` runs it (its own process); then the raw driver: the exact Cypher Readout sent for each request',
    '(recorded in-process, same parameters, same concurrency between queries) replayed by 50 concurrent workers',
    `through a bare neo4j-driver for the same time. Requests cycle through ${2 * PLAN.pairs} paths per endpoint: half aimed at`,
    'the 20 most connected people (Zipf: the busiest is in about a tenth of all events), half at anyone or at events.',
    "CPU ms/req: CPU time of Neo4j plus the serving process (Readout's server; or the bench process running the",
    "raw driver) per request, from /proc; autocannon's own CPU is not counted. CPU cost = Readout's CPU ms/req ÷",
    'raw CPU ms/req: what Readout adds. Throughput cost = raw req/s ÷ Readout req/s: it also charges Readout for',
    'the load generator, which shares the two cores only in the HTTP runs. The floor row is the most any query',
    'can do here: `RETURN 1` through the bare driver at the same concurrency.',
    '',
    ...table(
      [
        'nodes',
        'endpoint',
        'Readout req/s',
        'p50',
        'p99',
        'errors',
        'CPU ms/req (Neo4j + server)',
        'raw req/s',
        'raw p50',
        'raw p99',
        'raw CPU ms/req (Neo4j + client)',
        'CPU cost',
        'throughput cost',
      ],
      rows,
    ),
    '',
    ...table(
      ['nodes', 'relationships', 'graph load', 'most connected node'],
      runs.map(({ graph }) => [
        count(graph.nodes),
        count(graph.relationships),
        `${graph.loadSeconds.toFixed(0)} s`,
        `${graph.maxDegree.id} (${count(graph.maxDegree.degree)})`,
      ]),
    ),
    '',
    'Targets: subgraph and search p99 ≤ 50 ms at 1M nodes, growing little from 10k; REST cost ≤ 1.3× raw.',
    '',
    'Captions, ids and search keys come from a catalogue each server builds from the graph (label counts, a',
    '500-node sample per label, id checks) and refreshes every 30 s; requests read it from memory:',
    '',
    ...table(
      ['nodes', 'labels', 'catalogue built (cold)', 'catalogue read (warm)'],
      runs.map(({ graph, catalogue }) => [
        count(graph.nodes),
        catalogue.labels,
        ms(catalogue.coldMs),
        `${catalogue.warmUs.toFixed(1)} µs`,
      ]),
    ),
  ]);
}

async function addArticleSection(report: Report): Promise<void> {
  const db = await neo4jFor('add-article', { heapMb: 1024, pageCache: '1g' });
  try {
    const f = await benchAddArticle({ db, apiArticles: quick ? 10 : 30, pageArticles: quick ? 5 : 10, log });
    const row = (name: string, values: number[]) => [
      name,
      values.length,
      ms(percentile(values, 50)),
      ms(percentile(values, 90)),
      ms(Math.max(...values)),
    ];
    report.section('Adding an article', [
      'One generated article at a time (bench/article-generator.ts, distinct each time) added to the seed graph',
      'through `POST /api/articles` (JSON, edit token) on Readout as `npm start` runs it (CoreNLP): read, extracted',
      "with the graph's known people, loaded in one transaction, answered with what was extracted. Then in the page:",
      'paste, click Add, until every entity of the answer is on the canvas.',
      '',
      ...table(
        ['what', 'n', 'p50', 'p90', 'max'],
        [
          row('POST /api/articles (client side)', f.api),
          row('… of which the server (its `seconds`)', f.serverMs),
          row('page: click Add → on the canvas', f.page),
          row(`merge two people (${f.reloaded.join(', ')} articles loaded again)`, f.merge),
          row('… its undo', f.undo),
        ],
      ),
      '',
      `The first add, ${PLANNING_WAIT_MS / 1000} s after the server seeded and serves, took ${ms(f.firstMs)}: the app plans the loader's`,
      'queries in the background once it serves (an invented article loaded and rolled back), where that first add',
      'used to wait about 1.2 s for Neo4j to plan them. Target: one article end to end ≤ 2 s p50.',
    ]);
  } finally {
    await db.stop();
  }
}

async function main(): Promise<void> {
  // Only a full run replaces RESULTS.md; a partial one must not wipe the sections it did not run.
  const partial = quick || args.length > 0;
  const file = path.join(REPO_ROOT, 'bench', partial ? 'RESULTS.quick.md' : 'RESULTS.md');
  const report = new Report(file, `Readout benchmarks${partial ? ' (partial run)' : ''}`, [
    ...machineDescription(),
    `- Run: \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\``,
  ]);
  const started = performance.now();
  if (only.includes('ingest')) await ingestSection(report);
  if (only.includes('add-article')) await addArticleSection(report);
  if (only.includes('layout')) await layoutSection(report);

  const runs: GraphRun[] = [];
  const needsGraph = only.some((s) => ['api', 'supernode', 'page'].includes(s));
  for (const [i, size] of (needsGraph ? PLAN.graphs : []).entries()) {
    const last = i === PLAN.graphs.length - 1;
    const db = await neo4jFor(`graph-${size}`, memoryFor(size));
    log(`Neo4j ${db.version} up; loading a ${count(size)}-node graph`);
    try {
      const graph = await loadSyntheticGraph(db.raw, { nodes: size });
      log(
        `graph: ${count(graph.nodes)} nodes, ${count(graph.relationships)} relationships in ${graph.loadSeconds.toFixed(0)} s`,
      );
      // The page bench draws up to 5,000 nodes through the console (~3 rows per node) and asks it ~10 times.
      const server = await startBenchServer(db.target, { CYPHER_ROW_LIMIT: '25000', CONSOLE_RATE_LIMIT: '600' });
      try {
        if (only.includes('api')) {
          const endpoints = await benchEndpoints({
            baseUrl: server.baseUrl,
            raw: db.raw,
            database: db.target.database,
            graph,
            seconds: PLAN.seconds,
            warmUpSeconds: PLAN.warmUp,
            pairs: PLAN.pairs,
            connections: CONNECTIONS,
            pids: { neo4j: db.pid, server: server.pid },
            log,
          });
          const floor = await benchFloor({
            raw: db.raw,
            database: db.target.database,
            seconds: PLAN.seconds,
            connections: CONNECTIONS,
          });
          log(
            `floor (RETURN 1): ${floor.perSecond.toFixed(0)}/s p50 ${floor.p50.toFixed(1)} p99 ${floor.p99.toFixed(1)}`,
          );
          const catalogue = await benchCatalogue(db.target);
          log(
            `catalogue (captions, ids, search keys) of ${catalogue.labels} labels: ${catalogue.coldMs.toFixed(0)} ms cold, ` +
              `${catalogue.warmUs.toFixed(1)} µs warm`,
          );
          runs.push({ graph, endpoints, floor, catalogue });
          apiSection(report, runs);
        }
        if (i === PLAN.pageGraph && only.includes('page')) {
          const figures = await benchPage({
            baseUrl: server.baseUrl,
            sizes: PLAN.page,
            webglUpTo: PLAN.webglUpTo,
            gestureMs: PLAN.gestureMs,
            log,
          });
          report.section('Page', [
            'Headless Chromium (Debian), software rendering (no GPU here: WebGL is SwiftShader, on the CPU). A',
            "read-only Cypher query in the page's console returns about N nodes with their relationships; time from",
            'clicking Run to the laid-out view (request, drawing, table, layout), then frames per second (counted with',
            `requestAnimationFrame) while real mouse input drags the view and turns the wheel, ${PLAN.gestureMs / 1000} s each. Graph:`,
            `${count(graph.nodes)} nodes. Canvas is the default renderer; \`?renderer=webgl\` picks Cytoscape's WebGL one.`,
            '',
            ...table(
              ['nodes', 'edges', 'renderer', 'layout', 'answer received', 'request → laid out', 'pan fps', 'zoom fps'],
              figures.map((f) => [
                f.nodes,
                f.edges,
                f.renderer,
                f.layoutName,
                ms(f.requestMs ?? NaN),
                ms(f.layoutMs),
                f.panFps.toFixed(0),
                f.zoomFps.toFixed(0),
              ]),
            ),
            '',
            'Targets: 1,000 nodes laid out in < 2 s; 5,000 nodes still pan and zoom smoothly.',
          ]);
        }
        if (last && only.includes('supernode')) {
          const s = await benchSupernode({
            baseUrl: server.baseUrl,
            raw: db.raw,
            neighbours: PLAN.supernode,
            repeats: PLAN.repeats,
          });
          report.section('Supernode', [
            `A person with ${count(s.neighbours)} neighbours (${count(s.neighbours * 0.8)} events, ${count(s.neighbours * 0.2)} sentences)`,
            `added to the ${count(graph.nodes)}-node graph, expanded one request at a time (${PLAN.repeats} times after a first, cold`,
            'request); raw = the same recorded Cypher through the bare driver.',
            '',
            ...table(
              ['request', 'first', 'p50', 'p99', 'raw p50', 'nodes returned', 'left out (reported)', 'per-type counts'],
              s.cases.map((c) => [
                c.name,
                ms(c.firstMs),
                ms(c.p50),
                ms(c.p99),
                ms(c.rawP50),
                c.nodes,
                count(c.leftOut),
                c.byTypeShown ? 'yes' : 'no',
              ]),
            ),
            '',
            'Target: expansion ≤ 100 ms with truncation info.',
          ]);
        }
      } finally {
        await server.stop();
      }
    } finally {
      await db.stop();
    }
  }
  await sharedNeo4j?.stop();
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s → ${path.relative(REPO_ROOT, file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
