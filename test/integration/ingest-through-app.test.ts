import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { Executor } from '../../server/db/executor';
import { AppProcess, startAppProcess } from '../support/app-process';
import { ChangeStream } from '../support/change-stream';
import { CliRun, fakeJava, runIngestCli } from '../support/ingest-cli';
import { javaProcessesMentioning } from '../support/server-process';

const TOKEN = 'the-intake-test-edit-token';

/**
 * `npm run ingest` beside a running app sends its articles to the app's API: the app's NLP reads them (the CLI
 * starts no JVM), the app's id rule names them, and the app's change feed tells the open pages.
 */
describe('npm run ingest through the running app', function () {
  this.timeout(240_000);
  let workDir: string;
  let dataDir: string;
  let javaCalls: string;
  let app: AppProcess;
  let base: string;
  let executor: Executor;

  /**
   * The built CLI with the app's data directory. Its NLP is CoreNLP, and `java`/`javac` on its PATH only note
   * that they were called: a CLI that starts a JVM of its own (CoreNLP, Neo4j) leaves a note and fails.
   */
  const ingest = (args: string[], extra: Record<string, string | undefined> = {}): Promise<CliRun> =>
    runIngestCli(args, {
      PATH: `${path.join(workDir, 'bin')}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '',
      NEO4J_EMBEDDED_DATA_DIR: dataDir,
      SEED_ON_EMPTY: 'false',
      READOUT_NLP: 'corenlp',
      READOUT_EDIT_TOKEN: TOKEN,
      ...extra,
    });
  const write = (name: string, text: string) => {
    const file = path.join(workDir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  const articleIds = async () =>
    ((await executor.readText('MATCH (a:Article) RETURN collect(a.id) AS ids'))[0].ids as string[]).sort();
  const articleTitled = async (title: string) =>
    executor.readText('MATCH (a:Article {title: $title}) RETURN a.id AS id, a.publishedAt AS publishedAt', {
      title,
    });

  before(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-intake-'));
    dataDir = path.join(workDir, 'data');
    javaCalls = fakeJava(workDir);
    app = await startAppProcess(dataDir, { READOUT_EDIT_TOKEN: TOKEN });
    ({ base, executor } = app);
  });

  after(async () => {
    await app?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('records where the app answers, and the CLI sends there: one NLP, open pages told, no JVM started', async () => {
    const record = JSON.parse(fs.readFileSync(`${dataDir}.app.json`, 'utf8'));
    expect(record.api).to.equal(base);
    expect(record.uri).to.match(/^bolt:\/\/127\.0\.0\.1:\d+$/);

    const stream = await ChangeStream.open(base);
    try {
      const file = write(
        'story.txt',
        'Chancellor Olaf Scholz met Prime Minister Mette Frederiksen in Copenhagen on Monday, Reuters reported.\n',
      );
      const run = await ingest([file, '--title', 'Scholz in Copenhagen', '--published', '2025-03-04']);
      expect(run.status, run.stderr).to.equal(0);
      expect(run.stderr).to.match(/Sending to the running Readout \(pid \d+, http:\/\/127\.0\.0\.1:\d+\)/);
      expect(run.stdout).to.match(/^1 articles ingested, 0 failed: [1-9]\d* entities/m);
      expect(fs.existsSync(javaCalls), 'the CLI ran java or javac').to.equal(false);
      expect(javaProcessesMentioning(dataDir), "only the app's Neo4j").to.have.length(1);

      const stored = await articleTitled('Scholz in Copenhagen');
      expect(stored).to.have.length(1);
      expect(stored[0].publishedAt).to.equal('2025-03-04');
      const change = await stream.nth(1);
      expect(change.type).to.equal('articles');
      expect(change.articleIds).to.deep.equal([stored[0].id]);
      // Its sentences are in the graph with what they mention, and the page is told of those entities too.
      const mentioned = await executor.readText(
        `MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(e:Entity)
         RETURN collect(DISTINCT s.text) AS sentences, collect(DISTINCT e.id) AS ids`,
        { id: stored[0].id },
      );
      expect((mentioned[0].sentences as string[]).join(' ')).to.contain('Mette Frederiksen in Copenhagen');
      expect(mentioned[0].ids).to.have.length.above(0);
      expect(change.entityIds).to.include.members(mentioned[0].ids as string[]);
    } finally {
      stream.close();
    }
  });

  it('the page first, then the same file through the CLI: one article', async () => {
    const text =
      'President Emmanuel Macron called Chancellor Olaf Scholz on Tuesday to discuss the grain corridor, ' +
      'the Elysee said.\n';
    const posted = await fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text }),
    });
    expect(posted.status).to.equal(201);
    const { article } = (await posted.json()) as { article: { id: string } };
    const before = await articleIds();
    expect(before).to.include(article.id);

    const run = await ingest([write('macron-call.txt', text)]);
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout).to.match(/^1 articles ingested, 0 failed/m);
    expect(await articleIds()).to.deep.equal(before);
  });

  it("takes a folder's articles.json, reports a bad file and goes on with the others (exit 1)", async () => {
    const stream = await ChangeStream.open(base);
    try {
      write('folder/a.txt', 'Prime Minister Mark Rutte visited Kyiv on Friday, the Dutch government said.\n');
      write('folder/b.txt', '   \n');
      write('folder/articles.json', JSON.stringify({ 'a.txt': { title: 'Rutte in Kyiv', publishedAt: '2024-03-01' } }));
      const run = await ingest([path.join(workDir, 'folder')]);
      expect(run.status).to.equal(1);
      expect(run.stderr).to.match(/^error: b\.txt: empty file$/m);
      expect(run.stdout).to.match(/^1 articles ingested, 1 failed/m);
      const stored = await articleTitled('Rutte in Kyiv');
      expect(stored).to.have.length(1);
      expect(stored[0].publishedAt).to.equal('2024-03-01');
      expect((await stream.nth(1)).articleIds).to.deep.equal([stored[0].id]);
    } finally {
      stream.close();
    }
  });

  it('sends a web page given by name as one, so the app reduces it to its article and reads its meta', async () => {
    const page = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/articles/fisheries.html'));
    const run = await ingest([write('fisheries.html', page.toString('utf8'))]);
    expect(run.status, run.stderr).to.equal(0);
    const stored = await executor.readText(
      `MATCH (a:Article {title: 'Norway and Iceland sign fisheries deal'})-[:HAS_SENTENCE]->(s:Sentence)
       RETURN a.url AS url, a.publishedAt AS publishedAt, collect(s.text) AS sentences`,
    );
    expect(stored).to.have.length(1);
    expect(stored[0]).to.include({
      url: 'https://nordicwire.example/2026/11/fisheries-deal',
      publishedAt: '2026-11-18',
    });
    const text = (stored[0].sentences as string[]).join(' ');
    expect(text).to.include('mackerel');
    expect(text).to.not.include('Cookie settings');
  });

  for (const [name, extra] of [
    ['a wrong edit token', { READOUT_EDIT_TOKEN: 'not-the-edit-token-the-app-has' }],
    ['no edit token', { READOUT_EDIT_TOKEN: undefined }],
  ] as const) {
    it(`with ${name} of its own: the intake token the app recorded takes the article`, async () => {
      const file = write('fiala-duda.txt', 'Prime Minister Petr Fiala met President Andrzej Duda in Warsaw.\n');
      const run = await ingest([file, '--title', `Fiala and Duda (${name})`], extra);
      expect(run.status, run.stderr).to.equal(0);
      expect(run.stdout).to.match(/^1 articles ingested, 0 failed/m);
      expect(await articleTitled(`Fiala and Duda (${name})`)).to.have.length(1);
    });
  }

  it('with a recorded intake token the app does not take (it restarted): one line, exit 1, nothing written', async () => {
    const recordFile = `${dataDir}.app.json`;
    const record = fs.readFileSync(recordFile, 'utf8');
    const intake = (JSON.parse(record) as { intake: string }).intake;
    fs.writeFileSync(recordFile, record.replace(intake, 'f'.repeat(64)));
    try {
      const before = await articleIds();
      const file = write('refused.txt', 'Prime Minister Donald Tusk met Chancellor Olaf Scholz in Berlin.\n');
      const run = await ingest([file], { READOUT_EDIT_TOKEN: undefined });
      expect(run.status).to.equal(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines[lines.length - 1]).to.match(
        /^ingest failed: the running Readout at http:\/\/127\.0\.0\.1:\d+ refused the article \(401: .*\); .*intake token/,
      );
      expect(run.stdout).to.equal('');
      expect(await articleIds()).to.deep.equal(before);
    } finally {
      fs.writeFileSync(recordFile, record);
    }
  });
});
