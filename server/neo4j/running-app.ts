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
  startedAt: string;
}

export const recordPathFor = (dataDir: string) => `${dataDir.replace(/[\\/]+$/, '')}.app.json`;

export function recordRunningApp(dataDir: string, uri: string, api?: string): void {
  const record: RunningApp = { pid: process.pid, uri, ...(api ? { api } : {}), startedAt: new Date().toISOString() };
  fs.writeFileSync(recordPathFor(dataDir), `${JSON.stringify(record)}\n`);
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
  return alive(record.pid) && (await answers(record.uri)) ? record : null;
}
