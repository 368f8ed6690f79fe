import { expect } from 'chai';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { createHttpServer } from '../../server/http-server';
import { HtmlReducer } from '../../server/services/html-reducer';
import { appFor } from '../support/app';
import { getTestNeo4j, TestNeo4j } from '../support/neo4j';
import { getTestNlp } from '../support/nlp';
import { startServerOn } from '../support/server-process';

const TOKEN = 'a-test-edit-token-of-some-length';

/** The hostile page: a paragraph inside `depth` nested divs (1,000: 11 kB; 150,000: 1.6 MB). */
const nestedPage = (depth: number) =>
  `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>The talks went well, the minister said.</p>${'</div>'.repeat(depth)}</body></html>`;

/** Posts a page as an uploaded .html file, as the page's Add dialog does. */
function upload(base: string, html: string): Promise<{ status: number; body: { error?: { message: string } } }> {
  const form = new FormData();
  form.append('file', new Blob([html], { type: 'text/html' }), 'hostile.html');
  return fetch(`${base}/api/articles`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: form })
    .then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { message: string } } }))
    .catch(() => ({ status: 0, body: {} }));
}

/** Asks GET /api/editing every 50 ms until `until` settles; the slowest answer and how many there were. */
async function watchEditing<T>(
  base: string,
  until: Promise<T>,
): Promise<{ result: T; slowestMs: number; polls: number }> {
  let done = false;
  let slowestMs = 0;
  let polls = 0;
  const poller = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await fetch(`${base}/api/editing`);
      await res.arrayBuffer();
      slowestMs = Math.max(slowestMs, performance.now() - started);
      polls++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const result = await until.finally(() => (done = true));
  await poller;
  return { result, slowestMs, polls };
}

describe('hostile web pages cannot stall the server', function () {
  this.timeout(180_000);
  let neo4j: TestNeo4j;
  before(async () => {
    neo4j = await getTestNeo4j();
  });

  it('a page of 1,000 nested divs is refused with 422 while /api/editing answers in < 1.5 s throughout', async () => {
    const server = createHttpServer(appFor(neo4j, { editToken: TOKEN, nlp: getTestNlp() }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // Warm: the reducing thread starts on first use.
      await fetch(`${base}/api/editing`);
      for (const depth of [1_000, 150_000]) {
        const { result, slowestMs, polls } = await watchEditing(base, upload(base, nestedPage(depth)));
        expect(result.status, `${depth}: ${JSON.stringify(result.body)}`).to.equal(422);
        expect(result.body.error?.message, String(depth)).to.match(/too complex to read.*nested more than/);
        expect(polls, String(depth)).to.be.above(0);
        expect(slowestMs, String(depth)).to.be.below(1_500);
      }
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => (server as http.Server).close(resolve));
    }
  });

  it('a page that reduces past the deadline loses its thread with a 422, and the next page is read', async () => {
    const reducer = new HtmlReducer({ deadlineMs: 300, heapMb: 256 });
    try {
      // Within the structural bound, but Readability takes about a second over 150 nested levels here.
      const slow = nestedPage(150).replace('<p>', `${'<p>Filler words for the reader to weigh.</p>'.repeat(400)}<p>`);
      const error = await reducer.reduce(slow, 'slow.html').catch((e: Error) => e);
      expect((error as { status?: number }).status).to.equal(422);
      expect((error as Error).message).to.match(
        /^slow\.html: this page is too costly to read \(the task ran past 300 ms\)/,
      );
      const fine = await reducer.reduce(nestedPage(3), 'fine.html');
      expect(fine.text).to.include('The talks went well');
    } finally {
      await reducer.close();
    }
  });

  it('SIGTERM stops the app at once while it reads a 150,000-deep page', async () => {
    const { server, base } = await startServerOn(neo4j.target, { READOUT_EDIT_TOKEN: TOKEN, READOUT_NLP: 'rules' });
    try {
      const answer = upload(base, nestedPage(150_000));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      const exited = await Promise.race([
        server.exited.then(() => Date.now() - signalled),
        new Promise<number>((resolve) => setTimeout(() => resolve(Infinity), 20_000)),
      ]);
      await answer;
      // The server gives requests in flight 2 s, then closes them (the liveness bound is generous on purpose).
      expect(exited, server.output().slice(-2000)).to.be.below(10_000);
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
