import { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { TooManyRequestsError } from '../errors';
import { clientKey } from './client-key';

/**
 * The console's per-client budget (CONSOLE_RATE_LIMIT a minute): /api/cypher and the MCP door each get one, so an
 * assistant's queries are held to what a person at the console is.
 */
export function consoleRateLimit(requestsPerMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: requestsPerMinute,
    keyGenerator: clientKey,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new TooManyRequestsError(`At most ${requestsPerMinute} ${what} a minute; try again shortly.`)),
  });
}
