import { Neo4jError } from 'neo4j-driver';
import {
  AppError,
  DatabaseError,
  DatabaseUnavailableError,
  ForbiddenQueryError,
  QuerySyntaxError,
  QueryTimeoutError,
  QueryTooCostlyError,
} from '../errors';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Neo4j's memory errors: a transaction over db.memory.transaction.max, or the heap itself. */
const OUT_OF_MEMORY =
  /^Neo\.TransientError\.General\.(MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemoryError|TransactionOutOfMemoryError)$/;

/**
 * A Neo4j status code (and message) as one of the app's typed errors. `DatabaseError` (500) is what remains
 * when nothing else fits; the console, which runs what clients write, turns even that into a 503.
 */
export function errorForNeo4jCode(code: string, message: string): AppError {
  if (UNAVAILABLE.has(code) || /ECONNREFUSED|ECONNRESET|connection.*(closed|refused|lost)/i.test(message))
    return new DatabaseUnavailableError('Neo4j is unreachable right now; try again shortly.');
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return new QueryTimeoutError('The query ran past the time limit and was cancelled.');
  if (code === 'Neo.TransientError.Transaction.Terminated' || code === 'Neo.ClientError.Transaction.Terminated')
    return /timeout|timed out/i.test(message)
      ? new QueryTimeoutError('The query ran past the time limit and was cancelled.')
      : new QueryTimeoutError('The query was stopped before it finished.');
  if (OUT_OF_MEMORY.test(code))
    return new QueryTooCostlyError('The query needed more memory than one query may use, and was stopped.');
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.'))
    return new ForbiddenQueryError('Neo4j refused the query: it is not allowed in a read-only session.');
  if (/^Neo\.ClientError\.(Statement|Procedure|Schema)\./.test(code)) return new QuerySyntaxError(firstLine(message));
  return new DatabaseError('The database failed to answer the query.');
}

/** Maps a driver failure to the app's typed errors; the original stays as `cause` for the log only. */
export function mapNeo4jError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = error instanceof Neo4jError ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  const mapped = errorForNeo4jCode(code, message);
  (mapped as Error).cause = error;
  return mapped;
}

/** A fully qualified Java class name (org.apache.lucene.queryparser.classic.ParseException, java.lang.Long). */
const JAVA_CLASS = /\b(?:[a-z_][a-z0-9_]*\.){2,}[A-Z][A-Za-z0-9_$]*/g;

/**
 * What Neo4j said, for a client: its first line, without the Java underneath it. "Caused by: <class>: " and a
 * leading "<class>: " are dropped, other class names cut to their simple name ("String cannot be cast to Long").
 */
export function clientMessage(message: string): string {
  return message
    .split('\n')[0]
    .replace(/(?:Caused by:\s*)?\b(?:[a-z_][a-z0-9_]*\.){2,}[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\b:?\s*/g, '')
    .replace(JAVA_CLASS, (name) => name.slice(name.lastIndexOf('.') + 1))
    .replace(/\s{2,}/g, ' ')
    .trim()
    .slice(0, 500);
}

const firstLine = clientMessage;
