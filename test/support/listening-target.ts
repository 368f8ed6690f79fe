import http from 'node:http';
import { AddressInfo } from 'node:net';

/** A server that counts the requests made to it: LOAD CSV must never reach it. */
export async function listeningTarget(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits++;
    res.end('secret,data\n1,2\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data.csv`;
  return { url, hits: () => hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
