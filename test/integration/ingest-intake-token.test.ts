import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Executor } from '../../server/db/executor';
import { AppProcess, startAppProcess } from '../support/app-process';
import { ChangeStream } from '../support/change-stream';
import { CliRun, fakeJava, runIngestCli } from '../support/ingest-cli';
import { javaProcessesMentioning } from '../support/server-process';

/**
 * The default setup: `npm start` without READOUT_EDIT_TOKEN, then `npm run ingest`. The app records a fresh intake
 * token beside its data directory (readable by its user alone); the CLI posts with it, so the app's one CoreNLP
 * reads the articles and its open pages are told. The token opens POST /api/articles and nothing else.
 */
describe('npm run ingest through a running app started without an edit token', function () {
  this.timeout(240_000);
  let workDir: string;
  let dataDir: string;
  let javaCalls: string;
  let app: AppProcess;
  let base: string;
  let executor: Executor;

  const recordFile = () => `${dataDir}.app.json`;
  const intakeToken = () => (JSON.parse(fs.readFileSync(recordFile(), 'utf8')) as { intake: string }).intake;

  /** The built CLI with no edit token and a PATH whose `java` only leaves a note (see fakeJava). */
  const ingest = (args: string[]): Promise<CliRun> =>
    runIngestCli(args, {
      PATH: `${path.join(workDir, 'bin')}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '',
      NEO4J_EMBEDDED_DATA_DIR: dataDir,
      SEED_ON_EMPTY: 'false',
      READOUT_NLP: 'corenlp',
    });

  before(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-intake-token-'));
    dataDir = path.join(workDir, 'data');
    javaCalls = fakeJava(workDir);
    app = await startAppProcess(dataDir);
    ({ base, executor } = app);
  });

  after(async () => {
    await app?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('records a fresh 256-bit intake token with its API, in a file only its user can read (0600)', () => {
    const record = JSON.parse(fs.readFileSync(recordFile(), 'utf8'));
    expect(record.api).to.equal(base);
    expect(record.intake).to.match(/^[0-9a-f]{64}$/);
    expect(fs.statSync(recordFile()).mode & 0o777).to.equal(0o600);
  });

  it('the CLI without an edit token sends through the app: no JVM of its own, open pages told', async () => {
    const stream = await ChangeStream.open(base);
    try {
      const file = path.join(workDir, 'story.txt');
      fs.writeFileSync(
        file,
        'Chancellor Olaf Scholz met Prime Minister Mette Frederiksen in Copenhagen on Monday, Reuters reported.\n',
      );
      const run = await ingest([file, '--title', 'Scholz in Copenhagen']);
      expect(run.status, run.stderr).to.equal(0);
      expect(run.stderr).to.match(/Sending to the running Readout \(pid \d+, http:\/\/127\.0\.0\.1:\d+\)/);
      expect(run.stderr).to.not.match(/open pages are not told|Writing into the running Readout/);
      expect(run.stdout).to.match(/^1 articles ingested, 0 failed: [1-9]\d* entities/m);
      expect(fs.existsSync(javaCalls), 'the CLI ran java or javac').to.equal(false);
      expect(javaProcessesMentioning(dataDir), "only the app's Neo4j").to.have.length(1);

      const stored = await executor.readText(
        `MATCH (a:Article {title: 'Scholz in Copenhagen'})-[:HAS_SENTENCE]->(s:Sentence)
         RETURN a.id AS id, collect(s.text) AS sentences`,
      );
      expect(stored).to.have.length(1);
      expect((stored[0].sentences as string[]).join(' ')).to.contain('Mette Frederiksen in Copenhagen');
      const change = await stream.nth(1);
      expect(change.type).to.equal('articles');
      expect(change.articleIds).to.deep.equal([stored[0].id]);
    } finally {
      stream.close();
    }
  });

  it('the intake token opens POST /api/articles but no correction, and the page still sees editing off', async () => {
    const auth = { Authorization: `Bearer ${intakeToken()}` };
    const added = await fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify({ text: 'Prime Minister Mark Rutte visited Kyiv on Friday, the Dutch government said.\n' }),
    });
    expect(added.status).to.equal(201);
    const { entities } = (await added.json()) as { entities: { id: string }[] };
    expect(entities).to.have.length.above(0);

    const correction = await fetch(`${base}/api/corrections`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify({ kind: 'split', entity: entities[0].id, alias: 'Rutte', who: 'intake', why: 'a test' }),
    });
    expect(correction.status).to.be.oneOf([401, 403]);
    expect(((await correction.json()) as { error: { code: string } }).error.code).to.equal('editing_disabled');
    expect(await executor.readText('MATCH (c:Correction) RETURN count(c) AS n')).to.deep.equal([{ n: 0 }]);

    const editing = await fetch(`${base}/api/editing`);
    expect(await editing.json()).to.deep.equal({ enabled: false });

    // Without it (or with another), articles meet editing turned off, as before.
    const refused = await fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${'0'.repeat(64)}` },
      body: JSON.stringify({ text: 'President Andrzej Duda met Chancellor Olaf Scholz in Berlin.\n' }),
    });
    expect(refused.status).to.equal(403);
  });
});
