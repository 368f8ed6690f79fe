import { Router } from 'express';
import { changes as changesRoute, expressPath } from '../api/contract';
import { TooManyRequestsError } from '../errors';
import { clientKey } from '../middleware/client-key';
import { ChangeFeed } from '../services/change-feed';
import { StreamSlots } from '../services/stream-slots';

/** A comment line every so often keeps proxies and browsers from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * GET /api/changes: a Server-Sent Events stream with one `change` event per write that landed (`{type, articleIds,
 * entityIds}`), so open pages refresh what they show without a reload. Ids only: it needs no token. Streams are
 * counted (`slots`): past the total or the client's share, 429 with Retry-After, and the connection closes. When
 * the app stops (`changes.close()`), every stream ends.
 */
export function changesRouter(changes: ChangeFeed, slots: StreamSlots, heartbeatMs = HEARTBEAT_MS): Router {
  const router = Router();
  router.get(expressPath(changesRoute), (req, res) => {
    const release = slots.take(clientKey(req));
    if (!release) {
      res.set('Connection', 'close');
      throw new TooManyRequestsError(
        `Too many change streams are open (at most ${slots.limits.perClient} per client, ` +
          `${slots.limits.total} in all); close another page or try again later.`,
      );
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // nginx would otherwise hold events back until its buffer fills.
      'X-Accel-Buffering': 'no',
    });
    res.write(': connected\n\n');
    const stop = changes.subscribe(
      (change) => res.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`),
      // The app is stopping: the stream ends cleanly and its connection closes, rather than holding the stop up
      // until the server cuts every connection (the page's EventSource reconnects once the app is back).
      () => {
        res.end();
        req.socket.end();
      },
    );
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
    heartbeat.unref();
    res.on('close', () => {
      clearInterval(heartbeat);
      stop();
      release();
    });
  });
  return router;
}
