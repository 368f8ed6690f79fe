import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { REPO_ROOT } from '../../server/config';
import { Executor } from '../../server/db/executor';
import { appFor } from '../support/app';
import { WALKAROUNDS } from '../support/console-walkarounds';
import { graphFingerprint } from '../support/graph-fingerprint';
import { listeningTarget } from '../support/listening-target';
import {
  COMMENT_TERMINATORS,
  LOAD_CSV,
  MULTI_STATEMENT,
  PREFIXES,
  PROCEDURES,
  SHOW_AND_TERMINATE,
  WRITES,
} from '../support/hostile-cypher';
import { getTestNeo4j, TestNeo4j } from '../support/neo4j';
import { isAlive, ServerProcess, startServerOn } from '../support/server-process';
import { loadSeedGraph } from '../support/seed-graph';

const TOOLS = ['cypher', 'evidence', 'node', 'paths', 'readouts', 'search', 'subgraph'];
const CALL = 'event:call:2022-06-15:vladimir-putin-xi-jinping';

interface Sentence {
  id: string;
  text: string;
  article: { id: string | null };
}
interface Edge {
  data: { id: string; source: string; target: string; type: string; rule?: string; evidence?: string[] };
}

/** Counts and the whole news graph, read straight from Neo4j. */
async function graphState(executor: Executor) {
  const [counts] = await executor.readText(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const [schema] = await executor.readText('SHOW INDEXES YIELD name RETURN count(name) AS indexes');
  return { ...counts, ...schema, graph: await graphFingerprint(executor) };
}

async function call(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** A tool's answer, which must not be an error; its text and its structured content must agree. */
async function answer<T>(client: Client, name: string, args: Record<string, unknown>): Promise<T> {
  const result = await call(client, name, args);
  const text = (result.content[0] as { text: string }).text;
  expect(result.isError ?? false, `${name}: ${text}`).to.equal(false);
  expect(JSON.parse(text)).to.deep.equal(result.structuredContent);
  return result.structuredContent as T;
}

/** A tool's refusal: an error result with a plain message, never a stack trace. */
async function refusal(client: Client, name: string, args: Record<string, unknown>) {
  const result = await call(client, name, args);
  const text = (result.content[0] as { text: string }).text;
  expect(result.isError, `${name} ${JSON.stringify(args)} was not refused: ${text.slice(0, 300)}`).to.equal(true);
  expect(text, JSON.stringify(args)).to.not.match(/at \w+ \(|\.ts:\d+|\.js:\d+/);
  return { text, error: (result.structuredContent as { error?: { code: string } } | undefined)?.error };
}

const HOSTILE = [
  ...SHOW_AND_TERMINATE,
  ...COMMENT_TERMINATORS,
  ...WRITES,
  ...MULTI_STATEMENT,
  ...PREFIXES,
  ...PROCEDURES,
].map((query) => ({ query, params: {} as Record<string, unknown> }));

describe('MCP: the read-only door for AI assistants', function () {
  this.timeout(300_000);
  let neo4j: TestNeo4j;
  let app: ServerProcess;
  let base: string;
  /** What POST /api/cypher answers to each hostile query: the MCP tool must refuse it with the same code. */
  const consoleCodes = new Map<string, string>();
  let csvTarget: Awaited<ReturnType<typeof listeningTarget>>;
  let hostile: { query: string; params: Record<string, unknown> }[];

  before(async () => {
    neo4j = await getTestNeo4j();
    await loadSeedGraph(neo4j.executor);
    csvTarget = await listeningTarget();
    hostile = [
      ...HOSTILE,
      ...LOAD_CSV.map((q) => ({ query: q.replaceAll('{url}', csvTarget.url), params: { url: csvTarget.url } })),
      ...WALKAROUNDS.map((w) => ({ query: w.query, params: w.params ?? {} })),
    ];
    const rest = appFor(neo4j);
    for (const h of hostile) {
      const res = await request(rest).post('/api/cypher').send(h);
      expect(res.status, h.query).to.be.within(400, 499);
      consoleCodes.set(h.query, res.body.error.code);
    }
    ({ server: app, base } = await startServerOn(neo4j.target, { CONSOLE_RATE_LIMIT: '100000' }));
  });

  after(async () => {
    app?.child.kill('SIGTERM');
    await app?.exited;
    await csvTarget?.close();
  });

  const doors: { name: string; connect: () => Promise<{ client: Client; pid: number | null }> }[] = [
    {
      name: 'stdio (readout mcp)',
      connect: async () => {
        const transport = new StdioClientTransport({
          command: process.execPath,
          args: [path.join(REPO_ROOT, 'server/bin/readout.js'), 'mcp'],
          cwd: REPO_ROOT,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            NEO4J_URI: neo4j.target.uri,
            NEO4J_PASSWORD: 'unused-auth-is-off',
            LOG_LEVEL: 'warn',
          },
          stderr: 'pipe',
        });
        const client = new Client({ name: 'readout-test', version: '1.0.0' });
        await client.connect(transport);
        return { client, pid: transport.pid };
      },
    },
    {
      name: 'Streamable HTTP (/mcp)',
      connect: async () => {
        const client = new Client({ name: 'readout-test', version: '1.0.0' });
        await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
        return { client, pid: null };
      },
    },
  ];

  for (const door of doors) {
    describe(`over ${door.name}`, () => {
      let client: Client;
      let pid: number | null;
      before(async () => {
        ({ client, pid } = await door.connect());
      });
      after(async () => {
        await client?.close();
      });

      it('lists the seven read-only tools, each with an input schema', async () => {
        const { tools } = await client.listTools();
        expect(tools.map((t) => t.name).sort()).to.deep.equal(TOOLS);
        for (const tool of tools) {
          expect(tool.annotations?.readOnlyHint, tool.name).to.equal(true);
          expect(tool.inputSchema.type, tool.name).to.equal('object');
          expect(tool.description, tool.name).to.be.a('string').and.not.equal('');
        }
      });

      it('walks search "Xi" → subgraph → evidence to the sentences and articles behind the call', async () => {
        const found = await answer<{ hits: { id: string; name: string }[] }>(client, 'search', { q: 'Xi' });
        expect(found.hits[0]).to.include({ id: 'person:xi-jinping', name: 'Xi Jinping' });

        const around = await answer<{
          nodes: { data: { id: string } }[];
          edges: Edge[];
          evidence: Record<string, Sentence[]>;
        }>(client, 'subgraph', { id: found.hits[0].id, limit: 100 });
        const took = around.edges.find(
          (e) => e.data.type === 'PARTICIPATED_IN' && e.data.source === 'person:xi-jinping' && e.data.target === CALL,
        );
        expect(took, 'Xi took part in the 15 June 2022 call').to.not.equal(undefined);
        expect(took!.data.rule).to.be.a('string').and.not.equal('');
        expect(took!.data.evidence).to.be.an('array').with.length.greaterThan(0);
        // The neighbourhood already carries the sentences behind its facts, with their articles.
        const inline = around.evidence[took!.data.id];
        expect(inline).to.be.an('array').with.length.greaterThan(0);
        expect(inline.every((s) => took!.data.evidence!.includes(s.id) && s.article.id)).to.equal(true);

        const why = await answer<{ subject: { kind: string }; sentences: Sentence[]; articles: string[] }>(
          client,
          'evidence',
          { rel: took!.data.id },
        );
        expect(why.subject.kind).to.equal('relationship');
        expect(why.sentences).to.not.have.lengthOf(0);
        expect(why.sentences.map((s) => s.id)).to.have.members(took!.data.evidence!);
        expect(why.sentences.some((s) => /Xi/.test(s.text))).to.equal(true);
        expect(why.articles).to.not.have.lengthOf(0);
        expect(why.articles).to.have.members([...new Set(why.sentences.map((s) => s.article.id))]);
        const [stored] = await neo4j.executor.readText(
          'UNWIND $ids AS id MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence {id: id}) RETURN collect(DISTINCT a.id) AS ids',
          { ids: took!.data.evidence },
        );
        expect(why.articles).to.have.members(stored.ids as string[]);
      });

      it('gives a node, the paths between two people with evidence per hop, and an event’s readouts', async () => {
        const node = await answer<{ node: { id: string; label: string } }>(client, 'node', {
          id: 'person:vladimir-putin',
        });
        expect(node.node).to.include({ id: 'person:vladimir-putin', label: 'Person' });
        const paths = await answer<{ paths: unknown[]; edges: Edge[]; evidence: Record<string, Sentence[]> }>(
          client,
          'paths',
          { from: 'person:xi-jinping', to: 'person:vladimir-putin' },
        );
        expect(paths.paths).to.not.have.lengthOf(0);
        const hops = Object.values(paths.evidence).flat();
        expect(hops).to.not.have.lengthOf(0);
        expect(hops.every((s) => s.article.id)).to.equal(true);
        const readouts = await answer<{ event: { id: string }; columns: unknown[]; articles: number }>(
          client,
          'readouts',
          { event: CALL },
        );
        expect(readouts.event.id).to.equal(CALL);
        expect(readouts.columns).to.not.have.lengthOf(0);
        expect(readouts.articles).to.be.greaterThan(0);
        // The same answer the reader route gives.
        const rest = await fetch(`${base}/api/events/${encodeURIComponent(CALL)}/readouts`);
        expect(await rest.json()).to.deep.equal(readouts);
      });

      it('answers a read query through the console’s path', async () => {
        const result = await answer<{ columns: string[]; rows: Record<string, unknown>[]; rowLimit: number }>(
          client,
          'cypher',
          {
            query: 'MATCH (p:Person {id: $id})-[r:PARTICIPATED_IN]->(e:Event) RETURN p.name AS name, r, e LIMIT 5',
            params: { id: 'person:xi-jinping' },
          },
        );
        expect(result.columns).to.deep.equal(['name', 'r', 'e']);
        expect(result.rows).to.not.have.lengthOf(0);
        expect(result.rows[0].name).to.equal('Xi Jinping');
        expect(result.rowLimit).to.equal(1000);
      });

      it('refuses every hostile query /api/cypher refuses, with the same code, and the graph is unchanged', async () => {
        const before = await graphState(neo4j.executor);
        const differing: string[] = [];
        for (const h of hostile) {
          const { error } = await refusal(client, 'cypher', h);
          if (error?.code !== consoleCodes.get(h.query))
            differing.push(`${JSON.stringify(h.query)}: ${error?.code} ≠ ${consoleCodes.get(h.query)}`);
        }
        expect(differing).to.deep.equal([]);
        expect(csvTarget.hits(), 'LOAD CSV fetched nothing').to.equal(0);
        expect(await graphState(neo4j.executor)).to.deep.equal(before);
      });

      it('answers bad input with a tool error, not a crash', async () => {
        expect((await refusal(client, 'evidence', { rel: 'x', node: 'y' })).text).to.match(
          /exactly one of rel or node/,
        );
        expect((await refusal(client, 'evidence', {})).text).to.match(/exactly one of rel or node/);
        expect((await refusal(client, 'node', { id: 'person:nobody-at-all' })).error?.code).to.equal('not_found');
        expect((await refusal(client, 'readouts', { event: 'person:xi-jinping' })).error?.code).to.equal('not_found');
        expect((await refusal(client, 'search', { q: '' })).text).to.match(/q/);
        expect((await refusal(client, 'subgraph', { id: 'person:xi-jinping', limit: 100_000 })).text).to.match(/limit/);
        expect((await refusal(client, 'cypher', { query: 'MATCH (n RETURN n' })).error?.code).to.equal('cypher_error');
        expect((await refusal(client, 'cypher', { query: 'x'.repeat(20_000) })).text).to.match(/longer than/);
        // Still serving after all that.
        expect((await answer<{ hits: unknown[] }>(client, 'search', { q: 'Putin' })).hits).to.not.have.lengthOf(0);
      });

      if (door.name.startsWith('stdio'))
        it('ends when the assistant closes the connection', async () => {
          expect(pid).to.be.a('number');
          await client.close();
          for (let i = 0; i < 100 && isAlive(pid!); i++) await new Promise((resolve) => setTimeout(resolve, 100));
          expect(isAlive(pid!), 'the stdio server exited').to.equal(false);
        });
    });
  }

  it('the HTTP door takes POST only and is rate-limited like the console', async () => {
    const get = await fetch(`${base}/mcp`);
    expect(get.status).to.equal(405);
    const limited = await startServerOn(neo4j.target, { CONSOLE_RATE_LIMIT: '2' });
    try {
      const list = () =>
        fetch(`${limited.base}/mcp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
          body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
        });
      expect((await list()).status).to.equal(200);
      expect((await list()).status).to.equal(200);
      const third = await list();
      expect(third.status).to.equal(429);
      expect(((await third.json()) as { error: { message: string } }).error.message).to.match(/At most 2 MCP/);
    } finally {
      limited.server.child.kill('SIGTERM');
      await limited.server.exited;
    }
  });
});

describe('MCP over stdio without a graph to read', () => {
  it('refuses to start a Neo4j of its own: it says what to do and exits 2', async () => {
    const dataDir = path.join(os.tmpdir(), `readout-mcp-none-${process.pid}`);
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'server/bin/readout.js'), 'mcp'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NEO4J_EMBEDDED_DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).to.equal(2);
    expect(stderr).to.match(/No Readout is running on .* and NEO4J_URI is not set: start Readout/);
    expect(stdout, 'stdout is the protocol’s alone').to.equal('');
    expect(fs.existsSync(dataDir), 'no database was created').to.equal(false);
  });
});
