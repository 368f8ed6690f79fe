import { createHash, timingSafeEqual } from 'node:crypto';
import { RequestHandler } from 'express';
import { EditingDisabledError, UnauthorizedError } from '../errors';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Lets a write through only with `Authorization: Bearer <READOUT_EDIT_TOKEN>`. Without a configured token every
 * write is refused (the app is read-only by default). Both sides are hashed first so the comparison takes the
 * same time whatever the length or the first wrong character; the header is never logged (the logger redacts it).
 */
export function requireEditToken(token: string | null): RequestHandler {
  const expected = token === null ? null : digest(token);
  return (req, _res, next) => {
    if (expected === null)
      return next(
        new EditingDisabledError('Editing is turned off: the server was started without READOUT_EDIT_TOKEN.'),
      );
    const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (!match) return next(new UnauthorizedError('This change needs the edit token: Authorization: Bearer <token>.'));
    if (!timingSafeEqual(digest(match[1]), expected)) return next(new UnauthorizedError('The edit token is wrong.'));
    next();
  };
}
