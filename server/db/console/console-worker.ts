/**
 * A console worker: a thread of its own with its own Neo4j connection, running one console query at a time.
 * Isolation is the point. Decoding a result happens here, not on the server's event loop; the thread's heap is
 * capped (resourceLimits), so an oversized value kills this thread, not the server; and when Neo4j does not
 * stop a query in time, the pool terminates the thread, which closes its connection at once.
 */
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import neo4j, { Neo4jError, Transaction } from 'neo4j-driver';
import { toCypherParams } from '../cypher-params';
import { emptyGraphSink, GraphSink, PlainRow, toPlain } from '../to-plain';
import { RunRequest, WorkerConfig, WorkerReply } from './console-protocol';
import { planViolations } from './plan-policy';

const config = workerData as WorkerConfig;

/**
 * Bytes Neo4j has sent for the running query. Socket reads are counted here (this thread's own `net`, nothing
 * else's) so that one huge value is cut off while it streams, before the driver buffers and decodes it whole.
 */
const meter = { received: 0, limit: Infinity, cut: false };
const emit = net.Socket.prototype.emit;
net.Socket.prototype.emit = function (this: net.Socket, event: string | symbol, ...args: unknown[]): boolean {
  if (event === 'data' && Buffer.isBuffer(args[0])) {
    meter.received += args[0].length;
    if (meter.received > meter.limit && !meter.cut) {
      meter.cut = true;
      // With an error, so that the driver fails the running query at once instead of waiting for more.
      this.destroy(new Error('the result is larger than the console allows'));
      return false;
    }
  }
  return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
} as typeof net.Socket.prototype.emit;

const EXPLAIN = 'EXPLAIN ';

/** Neo4j's error positions count the EXPLAIN prefix on line 1; the user wrote the query without it. */
function withoutPrefixOffsets(message: string): string {
  return message.replace(
    /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g,
    (_, line: string, column: string, offset: string) => {
      const shown = line === '1' ? Math.max(1, Number(column) - EXPLAIN.length) : Number(column);
      return `(line ${line}, column ${shown} (offset: ${Math.max(0, Number(offset) - EXPLAIN.length)}))`;
    },
  );
}

const driver = neo4j.driver(
  config.uri,
  config.password ? neo4j.auth.basic(config.username, config.password) : undefined,
  {
    maxConnectionPoolSize: 1,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    userAgent: 'readout-console/0.1',
  },
);

/** Rows are pulled in small batches so that Neo4j never streams far ahead of the caps. */
const FETCH_SIZE = 100;

/** Each node and relationship once (a node returned in every row is sent to the server once). */
function distinctElements(graph: GraphSink): GraphSink {
  const once = <T extends { elementId: string }>(items: T[]) => [
    ...new Map(items.map((item) => [item.elementId, item])).values(),
  ];
  return { nodes: once(graph.nodes), relationships: once(graph.relationships) };
}

async function run(request: RunRequest): Promise<WorkerReply> {
  const params = toCypherParams(request.params);
  const session = driver.session({
    database: config.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  const started = performance.now();
  const rows: PlainRow[] = [];
  // The nodes, relationships and paths the driver decoded: the only things the console draws as graph elements.
  const graph: GraphSink = emptyGraphSink();
  let columns: string[] = [];
  let bytes = 0;
  let cutBy: 'rows' | 'bytes' | null = null;
  let tx: Transaction | undefined;
  let planning = true;
  try {
    tx = await session.beginTransaction({ timeout: request.timeoutMs, metadata: { readoutConsole: request.id } });
    const planStarted = performance.now();
    // EXPLAIN plans without running: what Neo4j would do, judged before it does any of it.
    const plan = await tx.run(EXPLAIN + request.query, params);
    const found = planViolations(plan.summary.plan as Parameters<typeof planViolations>[0]);
    if (found.length) return { id: request.id, ok: false, kind: 'refused', found };
    const planMs = performance.now() - planStarted;
    planning = false;

    meter.received = 0;
    meter.cut = false;
    meter.limit = request.byteLimit * 2;
    const result = tx.run(request.query, params);
    try {
      for await (const record of result) {
        if (rows.length >= request.rowLimit) {
          cutBy = 'rows';
          break;
        }
        const row: PlainRow = {};
        const found = emptyGraphSink();
        for (const key of record.keys) row[String(key)] = toPlain(record.get(key), found);
        bytes += JSON.stringify(row).length;
        if (bytes > request.byteLimit) {
          cutBy = 'bytes';
          break;
        }
        rows.push(row);
        graph.nodes.push(...found.nodes);
        graph.relationships.push(...found.relationships);
      }
      columns = (await result.keys()).map(String);
    } catch (error) {
      // The meter cut the connection: what arrived before the cut is the answer, marked as cut.
      if (!meter.cut) throw error;
      cutBy = 'bytes';
      columns = rows.length ? Object.keys(rows[0]) : [];
    }
    return {
      id: request.id,
      ok: true,
      columns,
      rows,
      graph: distinctElements(graph),
      truncated: cutBy !== null,
      cutBy,
      elapsedMs: Math.round(performance.now() - started),
      planMs: Math.round(planMs * 10) / 10,
    };
  } catch (error) {
    const e = error as Neo4jError;
    const message = String(e.message ?? e);
    return {
      id: request.id,
      ok: false,
      kind: 'neo4j',
      code: String(e.code ?? ''),
      message: planning ? withoutPrefixOffsets(message) : message,
    };
  } finally {
    meter.limit = Infinity;
    // A read has nothing to commit; closing after a cut connection may fail, and that is fine.
    await tx?.rollback().catch(() => {});
    await session.close().catch(() => {});
  }
}

parentPort!.on('message', (request: RunRequest) => {
  void run(request).then((reply) => parentPort!.postMessage(reply));
});
