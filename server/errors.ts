/** One error type per failure kind; the error middleware turns each into its HTTP status. */
export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  /** Sent as Retry-After: when the same request may succeed if the client waits. */
  readonly retryAfterSeconds?: number;
  /** Sent as WWW-Authenticate: how to authenticate (RFC 6750 for Bearer tokens). */
  readonly authenticate?: string;
  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  readonly status = 400;
  readonly code = 'bad_request';
}

/** A Cypher statement the read-only console will not run (writes, LOAD CSV, admin, unsafe procedures). */
export class ForbiddenQueryError extends AppError {
  readonly status = 403;
  readonly code = 'forbidden_query';
}

/** Cypher that Neo4j rejected as malformed, or that referenced something missing. */
export class QuerySyntaxError extends AppError {
  readonly status = 400;
  readonly code = 'cypher_error';
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly code = 'not_found';
}

/** A write without the edit token, or with a wrong one. */
export class UnauthorizedError extends AppError {
  readonly status = 401;
  readonly code = 'unauthorized';
  override readonly authenticate = 'Bearer realm="readout"';
}

/** A write to a server started without READOUT_EDIT_TOKEN: it is read-only, whoever asks. */
export class EditingDisabledError extends AppError {
  readonly status = 403;
  readonly code = 'editing_disabled';
}

/** A request that is well formed but cannot be applied to the graph as it is (a correction naming nothing). */
export class ConflictError extends AppError {
  readonly status = 409;
  readonly code = 'conflict';
}

/** Input the server understood but cannot use (an upload that is not an article). */
export class UnprocessableError extends AppError {
  readonly status = 422;
  readonly code = 'unprocessable';
}

/** A body in a format the endpoint does not take (an upload that is neither JSON nor multipart, a .pdf). */
export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415;
  readonly code = 'unsupported_media_type';
}

export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly code = 'payload_too_large';
}

export class TooManyRequestsError extends AppError {
  readonly status = 429;
  readonly code = 'rate_limited';
  override readonly retryAfterSeconds: number = 5;
}

/** Every console slot is taken and none freed up in time. */
export class ConsoleBusyError extends AppError {
  readonly status = 429;
  readonly code = 'console_busy';
  override readonly retryAfterSeconds: number;
  /** `retryAfterSeconds`: longer while Neo4j still runs a query the console gave up on. */
  constructor(message: string, retryAfterSeconds = 2, details?: Record<string, unknown>) {
    super(message, details);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Neo4j ran the query past the configured timeout and cancelled it. */
export class QueryTimeoutError extends AppError {
  readonly status = 504;
  readonly code = 'query_timeout';
}

/** Neo4j cannot be reached (down, restarting, network): the client may retry. */
export class DatabaseUnavailableError extends AppError {
  readonly status = 503;
  readonly code = 'database_unavailable';
  override readonly retryAfterSeconds = 5;
}

/** Neo4j failed in a way nobody expected; logged in full, reported briefly. */
export class DatabaseError extends AppError {
  readonly status = 500;
  readonly code = 'database_error';
}

/** A query the console will not run because of what it would cost (memory, planning, nesting), not its rights. */
export class QueryTooCostlyError extends AppError {
  readonly status = 422;
  readonly code = 'query_too_costly';
}
