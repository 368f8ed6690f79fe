import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { Executor } from '../../server/db/executor';
import { ingestPaths } from '../../server/ingest/ingest';
import { MAX_ARTICLE_BYTES } from '../../server/ingest/read/read-article';
import { warmLoader } from '../../server/ingest/load/warm-loader';
import { createLogger } from '../../server/logger';
import { prepareDatabase } from '../../server/seed';
import { graphFingerprint } from '../support/graph-fingerprint';
import { clearDatabase, getTestNeo4j } from '../support/neo4j';
import { SEEDS_DIR } from '../support/seed-graph';
import { getTestNlp } from '../support/nlp';

describe('ingestion behaviour', function () {
  this.timeout(120_000);
  let executor: Executor;
  let workDir: string;

  before(async () => {
    executor = (await getTestNeo4j()).executor;
  });
  beforeEach(async () => {
    await clearDatabase(executor);
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-ingest-'));
  });
  afterEach(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it('plans the loader ahead without writing anything (its invented article is rolled back)', async () => {
    await ingestPaths(executor, [SEEDS_DIR], { nlp: getTestNlp() });
    const before = await executor.readText(`MATCH (n) RETURN count(n) AS nodes, sum(size([(n)-->() | 1])) AS rels`);
    const fingerprint = await graphFingerprint(executor);
    expect(await warmLoader(executor)).to.be.a('number');
    expect(await graphFingerprint(executor)).to.deep.equal(fingerprint);
    expect(
      await executor.readText(`MATCH (n) RETURN count(n) AS nodes, sum(size([(n)-->() | 1])) AS rels`),
    ).to.deep.equal(before);
  });

  it('says at start how many articles an older Readout loaded without their extraction (corrections miss them)', async () => {
    await ingestPaths(executor, [SEEDS_DIR], { nlp: getTestNlp() });
    await executor.write((tx) => tx.run(`MATCH (x:Extraction) WITH x LIMIT 2 DELETE x`));
    const lines: string[] = [];
    const logger = createLogger('warn', 'test', { write: (line: string) => void lines.push(line) });
    const seeding = { onEmpty: true, dir: SEEDS_DIR };
    expect(await prepareDatabase(executor, getTestNlp(), seeding, logger)).to.equal(true);
    expect(lines.join('')).to.include('2 articles were loaded by an older Readout');
  });

  it('is idempotent: ingesting the same articles again changes nothing', async () => {
    await ingestPaths(executor, [SEEDS_DIR], { nlp: getTestNlp() });
    const first = await graphFingerprint(executor);
    const again = await ingestPaths(executor, [SEEDS_DIR], { nlp: getTestNlp() });
    expect(again.failed).to.deep.equal([]);
    expect(await graphFingerprint(executor)).to.deep.equal(first);
  });

  it('replaces what an edited article contributed, leaving no stale facts', async () => {
    for (const f of fs.readdirSync(SEEDS_DIR)) fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(workDir, f));
    await ingestPaths(executor, [workDir], { nlp: getTestNlp() });
    const original = await graphFingerprint(executor);
    const file = path.join(workDir, '001_cd2d930251a88537.txt');
    const text = fs.readFileSync(file, 'utf8');
    const edited = text.replace(/Meanwhile, Germany’s Olaf Scholz[^\n]*\n/, '');
    expect(edited).to.not.equal(text);
    fs.writeFileSync(file, edited);
    await ingestPaths(executor, [file], { nlp: getTestNlp() });

    const scholz = await executor.readText(`MATCH (p:Person) WHERE p.name CONTAINS 'Scholz' RETURN p`);
    expect(scholz, 'Scholz only came from the removed paragraph').to.deep.equal([]);
    const stale = await executor.readText(
      `MATCH ()-[r]->() WHERE any(e IN r.evidence WHERE NOT EXISTS { MATCH (:Sentence {id: e}) }) RETURN count(r) AS n`,
    );
    expect(stale[0].n).to.equal(0);
    const orphans = await executor.readText(`MATCH (n:Entity) WHERE NOT (n)--() RETURN count(n) AS n`);
    expect(orphans[0].n).to.equal(0);

    fs.writeFileSync(file, text);
    await ingestPaths(executor, [file], { nlp: getTestNlp() });
    const restored = await graphFingerprint(executor);
    // Aliases only accumulate; everything else is exactly as before the edit.
    const strip = (ids: string[]) => ids.map((k) => k.replace(/ [^ ]*\|.*$/, ''));
    const missing = strip(original).filter((k) => !strip(restored).includes(k));
    const extra = strip(restored).filter((k) => !strip(original).includes(k));
    expect({ missing, extra }).to.deep.equal({ missing: [], extra: [] });
  });

  it('reports empty, binary, non-UTF-8 and oversized files by name and still ingests the others', async () => {
    fs.copyFileSync(path.join(SEEDS_DIR, '002_198ae831fd13e891.txt'), path.join(workDir, 'good.txt'));
    fs.writeFileSync(path.join(workDir, 'empty.txt'), '  \n\n');
    fs.writeFileSync(path.join(workDir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(
      path.join(workDir, 'latin1.txt'),
      Buffer.from('Caf\xe9 au lait in M\xfcnchen, the minister said.', 'latin1'),
    );
    fs.writeFileSync(
      path.join(workDir, 'huge.txt'),
      'The minister said. '.repeat(Math.ceil(MAX_ARTICLE_BYTES / 19) + 10),
    );
    const summary = await ingestPaths(executor, [workDir], { nlp: getTestNlp() });
    expect(summary.articles).to.equal(1);
    const errors = summary.failed.map((f) => f.error).sort();
    expect(errors).to.have.length(4);
    expect(errors[0]).to.match(/^binary\.txt: binary file/);
    expect(errors[1]).to.match(/^empty\.txt: empty file$/);
    expect(errors[2]).to.match(/^huge\.txt: too large/);
    expect(errors[3]).to.match(/^latin1\.txt: not valid UTF-8/);
    for (const e of errors) expect(e).to.not.include('\n');
    const articles = await executor.readText(`MATCH (a:Article) RETURN collect(a.id) AS ids`);
    expect(articles[0].ids).to.deep.equal(['good']);
  });

  it('loads an article whole or not at all', async () => {
    await ingestPaths(executor, [path.join(SEEDS_DIR, '000_3cf6aa974cae5a1c.txt')], { nlp: getTestNlp() });
    const before = await graphFingerprint(executor);
    const summary = await ingestPaths(executor, [path.join(SEEDS_DIR, '002_198ae831fd13e891.txt')], {
      nlp: getTestNlp(),
      beforeCommit: async (tx) => {
        const [row] = await tx.run(
          `MATCH (a:Article {id: '002_198ae831fd13e891'})-[:HAS_SENTENCE]->(s) RETURN count(s) AS n`,
        );
        expect(row.n).to.be.greaterThan(5); // the article was written inside the transaction…
        throw new Error('simulated crash before commit');
      },
    });
    expect(summary.failed.map((f) => f.error)).to.deep.equal([
      '002_198ae831fd13e891.txt: simulated crash before commit',
    ]);
    expect(await graphFingerprint(executor)).to.deep.equal(before); // …and none of it remains.
  });

  it('makes one event of a call told with its day, with a month and without a date, in any order', async () => {
    const articles: Record<string, [string, string | null]> = {
      'dated.txt': [
        'Chancellor Ilse Brandauer spoke with Premier Tomas Varga by phone on Tuesday, the chancellery said.',
        '2024-05-08',
      ],
      'month.txt': ['Chancellor Ilse Brandauer and Premier Tomas Varga held a phone call in May 2024.', null],
      'undated.txt': ['Chancellor Ilse Brandauer and Premier Tomas Varga held a phone call, their aides said.', null],
    };
    const metadata = Object.fromEntries(Object.entries(articles).map(([f, [, publishedAt]]) => [f, { publishedAt }]));
    for (const [f, [text]] of Object.entries(articles)) fs.writeFileSync(path.join(workDir, f), text);
    const calls = async () =>
      executor.readText(
        `MATCH (e:Event {kind: 'call'}) OPTIONAL MATCH (s:Sentence)-[:MENTIONS]->(e)
         RETURN e.id AS id, e.date AS date, e.mergeRules AS rules, count(DISTINCT s) AS sentences`,
      );
    for (const order of [
      ['dated.txt', 'month.txt', 'undated.txt'],
      ['undated.txt', 'month.txt', 'dated.txt'],
    ]) {
      await clearDatabase(executor);
      for (const f of order)
        await ingestPaths(executor, [path.join(workDir, f)], { nlp: getTestNlp(), metadata: { [f]: metadata[f] } });
      const rows = await calls();
      expect(rows, order.join(' → ')).to.have.length(1);
      expect(rows[0]).to.include({ date: '2024-05-07', sentences: 3 });
      expect(rows[0].rules).to.have.members(['month-to-day', 'undated-to-only-twin']);
    }
  });

  it('writes the same graph in batches as article by article', async () => {
    await ingestPaths(executor, [SEEDS_DIR], {
      nlp: getTestNlp(),
      batchSize: 1,
    });
    const oneByOne = await graphFingerprint(executor);
    await clearDatabase(executor);
    await ingestPaths(executor, [SEEDS_DIR], {
      nlp: getTestNlp(),
      batchSize: 100,
    });
    expect(await graphFingerprint(executor)).to.deep.equal(oneByOne);
  });

  it('retries a failed batch article by article: only the bad article is lost', async () => {
    for (const f of ['000_3cf6aa974cae5a1c.txt', '002_198ae831fd13e891.txt', '003_349aa6260db2e640.txt'])
      fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(workDir, f));
    let transactions = 0;
    const summary = await ingestPaths(executor, [workDir], {
      nlp: getTestNlp(),
      beforeCommit: async (tx) => {
        transactions += 1;
        const [row] = await tx.run(`MATCH (a:Article {id: '002_198ae831fd13e891'}) RETURN count(a) AS n`);
        if (Number(row.n) > 0) throw new Error('simulated failure of one article');
      },
    });
    expect(transactions).to.equal(4); // the batch of three, then each article alone
    expect(summary.articles).to.equal(2);
    expect(summary.failed.map((f) => f.error)).to.deep.equal([
      '002_198ae831fd13e891.txt: simulated failure of one article',
    ]);
    const [row] = await executor.readText('MATCH (a:Article) RETURN collect(a.id) AS ids');
    expect([...(row.ids as string[])].sort()).to.deep.equal(['000_3cf6aa974cae5a1c', '003_349aa6260db2e640']);
  });

  it('the CLI names each broken file on one line and exits non-zero', async () => {
    const neo4j = await getTestNeo4j();
    fs.copyFileSync(path.join(SEEDS_DIR, '003_349aa6260db2e640.txt'), path.join(workDir, 'good.txt'));
    fs.writeFileSync(path.join(workDir, 'empty.txt'), '');
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'server/ingest/cli.ts', workDir],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NEO4J_URI: neo4j.target.uri, NEO4J_PASSWORD: 'unused-auth-is-off' },
      },
    );
    expect(result.status, result.stderr).to.equal(1);
    expect(result.stderr).to.match(/^error: empty\.txt: empty file$/m);
    expect(result.stdout).to.match(
      /^1 articles ingested, 1 failed: \d+ entities \(\d+ events\), \d+ facts, \d+ sentences in [\d.]+ s/m,
    );
  });
});
