import { Router } from 'express';
import { ChangeFeed } from '../services/change-feed';

/** A comment line every so often keeps proxies and browsers from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * GET /api/changes: a Server-Sent Events stream with one `change` event per write that landed (`{type, articleIds,
 * entityIds}`), so open pages refresh what they show without a reload. Ids only: it needs no token.
 */
export function changesRouter(changes: ChangeFeed, heartbeatMs = HEARTBEAT_MS): Router {
  const router = Router();
  router.get('/changes', (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // nginx would otherwise hold events back until its buffer fills.
      'X-Accel-Buffering': 'no',
    });
    res.write(': connected\n\n');
    const stop = changes.subscribe((change) => {
      res.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
    heartbeat.unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      stop();
    });
  });
  return router;
}
