import { Neo4jError } from 'neo4j-driver';
import {
  AppError,
  DatabaseError,
  DatabaseUnavailableError,
  ForbiddenQueryError,
  QuerySyntaxError,
  QueryTimeoutError,
} from '../errors';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps a driver failure to the app's typed errors; the original stays as `cause` for the log only. */
export function mapNeo4jError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = error instanceof Neo4jError ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  let mapped: AppError;
  if (UNAVAILABLE.has(code) || /ECONNREFUSED|ECONNRESET|connection.*(closed|refused|lost)/i.test(message)) {
    mapped = new DatabaseUnavailableError('Neo4j is unreachable right now; try again shortly.');
  } else if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    (code === 'Neo.TransientError.Transaction.Terminated' && /timeout/i.test(message))
  ) {
    mapped = new QueryTimeoutError('The query ran past the time limit and was cancelled.');
  } else if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.')) {
    mapped = new ForbiddenQueryError('Neo4j refused the query: it is not allowed in a read-only session.');
  } else if (
    code.startsWith('Neo.ClientError.Statement.') ||
    code.startsWith('Neo.ClientError.Procedure.') ||
    code.startsWith('Neo.ClientError.Schema.')
  ) {
    mapped = new QuerySyntaxError(firstLine(message));
  } else {
    mapped = new DatabaseError('The database failed to answer the query.');
  }
  (mapped as Error).cause = error;
  return mapped;
}

function firstLine(message: string): string {
  return message.split('\n')[0].slice(0, 500);
}
