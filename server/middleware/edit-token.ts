import { createHash, timingSafeEqual } from 'node:crypto';
import { RequestHandler } from 'express';
import { EditingDisabledError, UnauthorizedError } from '../errors';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Lets a write through only with `Authorization: Bearer <READOUT_EDIT_TOKEN>`. Without a configured token every
 * write is refused (the app is read-only by default). Both sides are hashed first so the comparison takes the
 * same time whatever the length or the first wrong character; the header is never logged (the logger redacts it).
 *
 * `intakeToken` is the running app's own intake token, given only for the route whose contract says
 * `intakeToken: true` (POST /api/articles): it is taken there as the edit token is, even on a read-only app, so
 * `npm run ingest` goes through the app's NLP and change feed. Anyone else still meets editing turned off.
 */
export function requireEditToken(token: string | null, intakeToken: string | null = null): RequestHandler {
  const expected = token === null ? null : digest(token);
  const intake = intakeToken === null ? null : digest(intakeToken);
  return (req, _res, next) => {
    const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    const given = match ? digest(match[1]) : null;
    if (given && intake && timingSafeEqual(given, intake)) return next();
    if (expected === null)
      return next(
        new EditingDisabledError('Editing is turned off: the server was started without READOUT_EDIT_TOKEN.'),
      );
    if (!given) return next(new UnauthorizedError('This change needs the edit token: Authorization: Bearer <token>.'));
    if (!timingSafeEqual(given, expected)) return next(new UnauthorizedError('The edit token is wrong.'));
    next();
  };
}
