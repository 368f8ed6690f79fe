import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { Config, loadConfig, REPO_ROOT } from '../config';
import { createExecutor } from '../db/executor';
import { applySchema } from '../db/schema';
import { connectNeo4j, externalConnection, Neo4jConnection } from '../neo4j/connect';
import { findRunningApp } from '../neo4j/running-app';
import { createNlp } from '../nlp';
import { ingestPaths } from './ingest';

const USAGE = `Usage: npm run ingest -- [files or folders…] [--title T --url U --published YYYY-MM-DD --outlet NAME]
                          [--batch-size N]
  Reads plain-text news articles (default: seeds/) into Neo4j. Metadata flags apply to a single file.
  --batch-size: articles per write transaction (default 100; 1 = each article on its own).`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      outlet: { type: 'string' },
      'batch-size': { type: 'string' },
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

  // CoreNLP loads its models and warms up while Neo4j starts.
  const nlp = createNlp(config.nlp.mode, { ...config.nlp, log: (m) => console.error(m) });
  nlp.warm().catch(() => undefined); // the first article reports why it could not start
  const connection = await connectToGraph(config).catch(async (error: unknown) => {
    await nlp.close();
    throw error;
  });
  const { driver, executor } = createExecutor(connection.target, { queryTimeoutMs: config.neo4j.queryTimeoutMs });
  try {
    await applySchema(executor);
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic)
      : null;
    let started = false;
    const summary = await ingestPaths(executor, paths, {
      nlp,
      metadata: hasFlags ? { [path.basename(paths[0])]: flags } : undefined,
      batchSize,
      onProgress: (done, total, file) => {
        if (!bar) return;
        if (!started) bar.start(total, 0, { file: '' });
        started = true;
        bar.update(done, { file: path.relative(REPO_ROOT, file) });
      },
    });
    bar?.stop();
    for (const failure of summary.failed) console.error(`error: ${failure.error}`);
    const rate = summary.articles / Math.max(summary.seconds, 0.001);
    console.log(
      `${summary.articles} articles ingested, ${summary.failed.length} failed: ${summary.entities} entities (${summary.events} events), ` +
        `${summary.facts} facts, ${summary.sentences} sentences in ${summary.seconds.toFixed(2)} s (${rate.toFixed(0)} articles/s)`,
    );
    return summary.failed.length > 0 ? 1 : 0;
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
async function connectToGraph(config: Config): Promise<Neo4jConnection> {
  if (!config.neo4j.external) {
    const dataDir = config.neo4j.embedded.dataDir;
    const app = await findRunningApp(dataDir);
    if (app) {
      console.error(`Writing into the running Readout (pid ${app.pid}, ${app.uri}).`);
      return externalConnection({ uri: app.uri, username: 'neo4j', password: '', database: config.neo4j.database });
    }
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
