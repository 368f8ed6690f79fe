import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { Config, loadConfig, REPO_ROOT } from '../config';
import { createExecutor } from '../db/executor';
import { applySchema } from '../db/schema';
import { connectNeo4j, externalConnection, Neo4jConnection } from '../neo4j/connect';
import { findRunningApp, RunningApp } from '../neo4j/running-app';
import { createNlp } from '../nlp';
import { IngestOptions, IngestSummary, ingestPaths } from './ingest';
import { AppIntakeOptions, AppRefusedError, appTakesArticles, AppUnreachableError, sendToApp } from './send-to-app';

const USAGE = `Usage: npm run ingest -- [files or folders…] [--title T --url U --published YYYY-MM-DD --outlet NAME]
                          [--batch-size N] [--direct]
  Reads plain-text news articles (default: seeds/) into Neo4j. Metadata flags apply to a single file.
  While a Readout runs on the same data directory, each article is sent to its API (its NLP reads it, its open
  pages are told) with the intake token it records beside the data directory.
  --batch-size: articles per write transaction when writing directly (default 100; 1 = each on its own).
  --direct: extract with this command's own NLP and write into the database (the running app's Neo4j) directly.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      outlet: { type: 'string' },
      'batch-size': { type: 'string' },
      direct: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1)) {
    console.error('--batch-size must be a whole number of at least 1.');
    return 2;
  }
  const config = loadConfig();
  const paths = positionals.length > 0 ? positionals.map((p) => path.resolve(p)) : [config.seeding.dir];
  const flags = { title: values.title, url: values.url, publishedAt: values.published, outlet: values.outlet };
  const hasFlags = Object.values(flags).some((v) => v !== undefined);
  if (hasFlags && (paths.length !== 1 || !path.extname(paths[0]))) {
    console.error(
      'Metadata flags (--title, --url, --published, --outlet) describe one article: give exactly one file.',
    );
    return 2;
  }

  const metadata = hasFlags ? { [path.basename(paths[0])]: flags } : undefined;
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic)
    : null;
  let started = false;
  const onProgress = (done: number, total: number, file: string) => {
    if (!bar) return;
    if (!started) bar.start(total, 0, { file: '' });
    started = true;
    bar.update(done, { file: path.relative(REPO_ROOT, file) });
  };

  const app = config.neo4j.external ? null : await findRunningApp(config.neo4j.embedded.dataDir);
  let summary: IngestSummary;
  try {
    const intake = app && !values.direct ? await throughApp(app, config.editToken) : null;
    summary = intake
      ? await sendToApp(paths, { ...intake, metadata, onProgress })
      : await ingestDirectly(config, app, paths, { metadata, batchSize, onProgress });
  } catch (error) {
    bar?.stop();
    if (error instanceof AppRefusedError || error instanceof AppUnreachableError) {
      console.error(`ingest failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
  bar?.stop();
  for (const failure of summary.failed) console.error(`error: ${failure.error}`);
  const rate = summary.articles / Math.max(summary.seconds, 0.001);
  console.log(
    `${summary.articles} articles ingested, ${summary.failed.length} failed: ${summary.entities} entities (${summary.events} events), ` +
      `${summary.facts} facts, ${summary.sentences} sentences in ${summary.seconds.toFixed(2)} s (${rate.toFixed(0)} articles/s)`,
  );
  return summary.failed.length > 0 ? 1 : 0;
}

/**
 * Where and with which bearer to send the articles to the running app, or null to write directly: the app must
 * have recorded its API and answer there. Its record's intake token opens POST /api/articles whether or not it
 * takes edits; an app from before intake tokens takes articles only with the edit token, and when it is
 * read-only the CLI writes into its Neo4j as before (rather than fail where it used to succeed) and says that
 * open pages will not be told.
 */
async function throughApp(
  app: RunningApp,
  editToken: string | null,
): Promise<Pick<AppIntakeOptions, 'base' | 'token' | 'tokenFrom'> | null> {
  if (!app.api) return null;
  const takes = await appTakesArticles(app.api);
  if (takes === null) return null;
  if (app.intake || takes) {
    console.error(`Sending to the running Readout (pid ${app.pid}, ${app.api}): its NLP reads, its pages are told.`);
    return app.intake
      ? { base: app.api, token: app.intake, tokenFrom: 'intake' }
      : { base: app.api, token: editToken, tokenFrom: 'edit' };
  }
  console.error(
    `The running Readout (pid ${app.pid}) predates intake tokens and takes no edits (started without ` +
      'READOUT_EDIT_TOKEN): writing into its database directly, and its open pages are not told.',
  );
  return null;
}

/** Extracts with the CLI's own NLP and writes into the running app's Neo4j, NEO4J_URI's, or one of its own. */
async function ingestDirectly(
  config: Config,
  app: RunningApp | null,
  paths: string[],
  options: Omit<IngestOptions, 'nlp'>,
): Promise<IngestSummary> {
  // CoreNLP loads its models and warms up while Neo4j starts.
  const nlp = createNlp(config.nlp.mode, { ...config.nlp, log: (m) => console.error(m) });
  nlp.warm().catch(() => undefined); // the first article reports why it could not start
  const connection = await connectToGraph(config, app).catch(async (error: unknown) => {
    await nlp.close();
    throw error;
  });
  const { driver, executor } = createExecutor(connection.target, { queryTimeoutMs: config.neo4j.queryTimeoutMs });
  try {
    await applySchema(executor);
    return await ingestPaths(executor, paths, { ...options, nlp });
  } finally {
    await nlp.close();
    await driver.close();
    await connection.stop();
  }
}

/**
 * The running app's Neo4j when there is one (its Bolt address is recorded beside the data directory), else
 * NEO4J_URI, else an embedded Neo4j of the CLI's own, as before.
 */
async function connectToGraph(config: Config, app: RunningApp | null): Promise<Neo4jConnection> {
  if (app) {
    console.error(`Writing into the running Readout (pid ${app.pid}, ${app.uri}).`);
    return externalConnection({ uri: app.uri, username: 'neo4j', password: '', database: config.neo4j.database });
  }
  try {
    return await connectNeo4j(config, (m) => console.error(m));
  } catch (error) {
    throw new Error(oneLine(error as Error, config));
  }
}

/** A failed start in one line: what happened and what to do, never a Java stack trace. */
function oneLine(error: Error, config: Config): string {
  const text = error.message;
  if (/store_lock|FileLockException|lock file/i.test(text))
    return (
      `the database in ${config.neo4j.embedded.dataDir} is in use by another process (a Readout started before ` +
      `this version, or a Neo4j of its own): stop it, or set NEO4J_URI to its Bolt address`
    );
  return text.split('\n')[0];
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`ingest failed: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  },
);
