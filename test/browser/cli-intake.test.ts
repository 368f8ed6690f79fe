import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { launchChromium } from '../support/browser';
import { COCOA } from '../support/cocoa-article';
import { freePort } from '../support/free-port';
import { fakeJava, runIngestCli } from '../support/ingest-cli';
import { PageWindow } from '../support/page-graph';
import { ServerProcess, startServerProcess } from '../support/server-process';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots/cli-intake');

/**
 * Issue 22, finding 7: `npm start` as the README gives it (no edit token), a journalist's page open, then
 * `npm run ingest` of a file from another terminal. The page hears of it as of an article added in the page, and
 * the CLI starts no JVM of its own (one CoreNLP: the app's).
 */
describe('an article ingested from the command line reaches the open page (Chromium)', function () {
  this.timeout(300_000);
  let workDir: string;
  let server: ServerProcess;
  let browser: Browser;
  let base: string;

  before(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-cli-intake-'));
    const [port, boltPort] = [await freePort(), await freePort()];
    server = startServerProcess({
      PORT: String(port),
      NEO4J_EMBEDDED_BOLT_PORT: String(boltPort),
      NEO4J_EMBEDDED_DATA_DIR: path.join(workDir, 'data'),
      READOUT_NLP: 'rules',
      LOG_LEVEL: 'info',
    });
    await server.waitFor(/seeded \d+ articles/, 240_000);
    base = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('shows a notice for the CLI’s article, and Show puts its people on the canvas', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${base}/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 120_000 });

    const story = path.join(workDir, 'cocoa.txt');
    fs.writeFileSync(story, COCOA);
    const javaCalls = fakeJava(workDir);
    const run = await runIngestCli([story], {
      PATH: `${path.join(workDir, 'bin')}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '',
      NEO4J_EMBEDDED_DATA_DIR: path.join(workDir, 'data'),
      READOUT_NLP: 'corenlp',
    });
    expect(run.status, run.stderr).to.equal(0);
    expect(fs.existsSync(javaCalls), 'the CLI started a JVM of its own').to.equal(false);

    const notice = page.getByTestId('change-notice');
    await notice.filter({ hasText: '1 article added: Ghana and Ivory Coast agree on joint cocoa price' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, '01-notice.png') });
    await page.getByTestId('change-notice-show').click();
    await page.waitForFunction(() =>
      (window as unknown as PageWindow).cy.nodes().some((n) => n.data('name') === 'John Mahama'),
    );
    await page.screenshot({ path: path.join(SHOTS, '02-shown.png') });
    await page.close();
  });
});
