import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { AppError } from '../errors';
import { Logger } from '../logger';

/** An answer as MCP gives it: JSON text for any client, the same object as structured content for those that read it. */
export function jsonAnswer(value: object): CallToolResult {
  return {
    content: [{ type: 'text', text: JSON.stringify(value) }],
    structuredContent: value as Record<string, unknown>,
  };
}

/**
 * A failure as a tool error (`isError: true`) the assistant can read and act on: Readout's own errors say what was
 * wrong, as the REST API does; anything else is logged and reported briefly (no stack trace, no driver detail).
 */
export function toolError(error: unknown, tool: string, logger: Logger): CallToolResult {
  const known = error instanceof AppError ? error : null;
  if (!known) logger.error({ err: error, tool }, 'MCP tool failed');
  else logger[known.status >= 500 ? 'warn' : 'debug']({ code: known.code, tool }, known.message);
  const body = known
    ? { code: known.code, message: known.message, ...(known.details ?? {}) }
    : { code: 'internal_error', message: 'Something went wrong on the server.' };
  return {
    content: [{ type: 'text', text: `${body.code}: ${body.message}` }],
    structuredContent: { error: body },
    isError: true,
  };
}
