import http from 'node:http';
import { RequestListener } from 'node:http';

export interface HttpTimeouts {
  /** A client must have sent all its headers within this (slow-header connections are closed). */
  headersTimeoutMs: number;
  /** …and its whole request, body included, within this (a 10 MB upload on a slow line fits in the default). */
  requestTimeoutMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { headersTimeoutMs: 10_000, requestTimeoutMs: 120_000 };

/**
 * The HTTP server the app listens on, with the timeouts that close connections a slow client holds open by
 * sending its request a byte at a time. Node checks them every `connectionsCheckingInterval`, 30 s by default,
 * which would let such a connection live half a minute past its limit: it checks every second here.
 */
export function createHttpServer(app: RequestListener, timeouts: HttpTimeouts = DEFAULT_HTTP_TIMEOUTS): http.Server {
  const server = http.createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersTimeoutMs),
    },
    app,
  );
  return server;
}

/** How long requests in flight get to finish when the app stops, before their connections are closed. */
export const STOP_GRACE_MS = 2_000;

/**
 * Stops listening and lets requests in flight finish for up to `graceMs`; then every connection still open (a
 * change stream, a client that never finishes) is closed, so a stop signal always stops the app promptly.
 */
export function closeHttpServer(server: http.Server, graceMs = STOP_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
