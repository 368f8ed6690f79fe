import { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, BadRequestError, NotFoundError, PayloadTooLargeError } from '../errors';
import { Logger } from '../logger';

/** Body-parser and other Express-level failures carry a status but are not AppErrors. */
function fromExpressError(error: unknown): AppError | null {
  const e = error as { type?: string; status?: number; message?: string };
  if (e?.type === 'entity.too.large') return new PayloadTooLargeError('The request body is too large.');
  if (e?.type === 'entity.parse.failed') return new BadRequestError('The request body is not valid JSON.');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500)
    return new BadRequestError(e.message ?? 'Bad request.');
  return null;
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No API endpoint ${req.method} ${req.path}`));
};

/** The one error middleware: typed errors become their status and `{error: {code, message}}`; nothing else leaks. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = error instanceof AppError ? error : fromExpressError(error);
    if (known) {
      const level = known.status >= 500 ? 'warn' : 'debug';
      logger[level](
        { code: known.code, path: req.path, cause: (known.cause as Error | undefined)?.message },
        known.message,
      );
      if (known.retryAfterSeconds !== undefined) res.set('Retry-After', String(known.retryAfterSeconds));
      if (known.authenticate) res.set('WWW-Authenticate', known.authenticate);
      res.status(known.status).json({ error: { code: known.code, message: known.message, ...(known.details ?? {}) } });
      return;
    }
    logger.error({ err: error, path: req.path }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong on the server.' } });
  };
}
