import { expect } from 'chai';
import { Express } from 'express';
import fc from 'fast-check';
import request from 'supertest';
import { seededApp } from '../support/seed-graph';

const RUNS = 120;

/** Strings that tend to break things: markup, Cypher and Lucene syntax, unicode, huge and empty values. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '*',
    '~',
    '"',
    "'",
    '\\',
    '`',
    '[',
    '(',
    ')',
    '{',
    '}',
    ':',
    'AND',
    'OR NOT',
    '-1',
    '0',
    '1e309',
    'NaN',
    'null',
    'undefined',
    '../../etc/passwd',
    '%00',
    '\u0000',
    '<img src=x onerror=alert(1)>',
    "' OR 1=1 //",
    'x) DETACH DELETE (n',
    'Ｘｉ',
    '\ud83d',
    'person:xi-jinping',
    '4:abc:1',
  ),
  fc.string({ minLength: 300, maxLength: 3000 }),
);

function expectSafe(res: request.Response, label: string): void {
  expect(res.status, `${label} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).to.satisfy(
    (s: number) => s < 500 || s === 503,
  );
  if (res.status >= 400) {
    expect(res.body?.error?.code, label).to.be.a('string');
    expect(JSON.stringify(res.body), label).to.not.match(/at \w+ \(|node_modules|\.ts:\d+/);
  }
}

/** Property-based: malformed parameters, ids, bodies and headers at every endpoint; never a crash, never a 5xx. */
describe('fuzzing the API', function () {
  this.timeout(300_000);
  let app: Express;
  before(async () => {
    ({ app } = await seededApp());
  });

  it('GET endpoints survive arbitrary query strings', async () => {
    const paths = [
      '/api/search',
      '/api/node',
      '/api/subgraph',
      '/api/paths',
      '/api/evidence',
      '/api/schema',
      '/api/health',
    ];
    const keys = fc.constantFrom(
      'q',
      'id',
      'label',
      'labels',
      'types',
      'limit',
      'depth',
      'direction',
      'from',
      'to',
      'maxLength',
      'rel',
      'node',
      'x',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.array(fc.tuple(keys, nasty), { maxLength: 6 }),
        async (path, pairs) => {
          // A lone surrogate cannot be encoded: send the raw invalid UTF-8 bytes instead, the server must cope.
          const encode = (v: string) => {
            try {
              return encodeURIComponent(v);
            } catch {
              return '%ED%A0%BD%ZZ';
            }
          };
          const query = pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
          expectSafe(await request(app).get(`${path}?${query}`), `${path}?${query}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('POST /api/cypher survives arbitrary bodies and content types', async () => {
    const body = fc.oneof(
      fc.record(
        {
          query: nasty,
          params: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        async (value, type) => {
          const payload = type === 'application/json' ? JSON.stringify(value) : String(JSON.stringify(value));
          expectSafe(
            await request(app).post('/api/cypher').set('Content-Type', type).send(payload),
            `cypher ${payload.slice(0, 120)}`,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('survives malformed JSON and odd headers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), nasty, async (raw, header) => {
        const safeHeader = header.replace(/[^\x20-\x7e]/g, '').slice(0, 200);
        expectSafe(
          await request(app)
            .post('/api/cypher')
            .set('Content-Type', 'application/json')
            .set('X-Forwarded-For', safeHeader)
            .set('Accept-Language', safeHeader)
            .send(raw),
          `raw ${raw.slice(0, 80)}`,
        );
      }),
      { numRuns: RUNS },
    );
  });
});
