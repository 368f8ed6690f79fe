import { Request } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';

/**
 * Who a request is from, for per-client limits (console rate and queue, change streams): its address as Express
 * reads it, so behind a reverse proxy TRUST_PROXY makes it the real client's (X-Forwarded-For) instead of the
 * proxy's, shared by everyone. IPv6 addresses count per /56, as one client gets a whole block.
 */
export function clientKey(req: Request): string {
  return ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}
