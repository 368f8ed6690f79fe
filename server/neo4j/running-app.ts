import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';

/**
 * Where a running Readout answers, recorded beside its data directory: its embedded Neo4j's Bolt address from the
 * moment it starts, its HTTP API once it listens. `npm run ingest` sends its articles to the API (one NLP, one
 * change feed), or writes into the Neo4j when it cannot, instead of starting a second Neo4j on a locked store.
 */
export interface RunningApp {
  pid: number;
  /** The embedded Neo4j's Bolt address. */
  uri: string;
  /** Where the HTTP API answers (`http://127.0.0.1:3000`), once the app listens; absent before. */
  api?: string;
  /** This run's intake token: a bearer the app takes on POST /api/articles only (see newIntakeToken). */
  intake?: string;
  startedAt: string;
}

/** What the app adds to its record once it listens. */
export interface RunningApi {
  api: string;
  intake: string;
}

/**
 * A fresh intake token for one run of the app, as Jupyter's runtime files carry theirs: it lets `npm run ingest`
 * post articles to an app started without READOUT_EDIT_TOKEN, so one CoreNLP reads them and open pages are told.
 * It grants nothing new: whoever can read the record (mode 0600, beside the data directory) can already write the
 * Neo4j store on disk. It opens POST /api/articles alone, never corrections, and does not turn the page's editing on.
 */
export const newIntakeToken = (): string => randomBytes(32).toString('hex');

export const recordPathFor = (dataDir: string) => `${dataDir.replace(/[\\/]+$/, '')}.app.json`;

/** Writes the record, readable by this user alone (it holds the intake token); a record left by an old run too. */
export function recordRunningApp(dataDir: string, uri: string, listening?: RunningApi): void {
  const record: RunningApp = { pid: process.pid, uri, ...listening, startedAt: new Date().toISOString() };
  const file = recordPathFor(dataDir);
  // The mode applies when the file is made; chmod narrows one an older version made 0644 before the token goes in.
  fs.writeFileSync(file, '', { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  fs.writeFileSync(file, `${JSON.stringify(record)}\n`);
}

/**
 * The address a client on this machine reaches a listening server at: one bound to every interface (`0.0.0.0`,
 * `::`) answers on loopback, which needs no route and no firewall rule.
 */
export function localBaseUrl(address: { address: string; port: number }): string {
  const host =
    address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address || '127.0.0.1';
  return `http://${net.isIPv6(host) ? `[${host}]` : host}:${address.port}`;
}

/** Removes the record if it is this process's (another app may have started on the same directory since). */
export function forgetRunningApp(dataDir: string): void {
  const file = recordPathFor(dataDir);
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as RunningApp;
    if (record.pid === process.pid) fs.rmSync(file, { force: true });
  } catch {
    // No record, or not readable: nothing of ours to remove.
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function answers(uri: string, timeoutMs = 2000): Promise<boolean> {
  const match = uri.match(/^bolt:\/\/([^:/]+):(\d+)/);
  if (!match) return Promise.resolve(false);
  return new Promise((resolve) => {
    const socket = net.connect({ host: match[1], port: Number(match[2]) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The running app on `dataDir`, if its process lives and its Bolt port answers; a stale record reads as none. */
export async function findRunningApp(dataDir: string): Promise<RunningApp | null> {
  let record: RunningApp;
  try {
    record = JSON.parse(fs.readFileSync(recordPathFor(dataDir), 'utf8')) as RunningApp;
  } catch {
    return null;
  }
  if (!Number.isInteger(record.pid) || typeof record.uri !== 'string') return null;
  if (record.api !== undefined && typeof record.api !== 'string') delete record.api;
  if (record.intake !== undefined && typeof record.intake !== 'string') delete record.intake;
  return alive(record.pid) && (await answers(record.uri)) ? record : null;
}
