import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { id } from '../../api/contract';
import { Logger } from '../../logger';
import { ReadServices } from '../../services/read-services';
import { jsonAnswer, toolError } from '../tool-result';

export interface ToolContext {
  services: ReadServices;
  logger: Logger;
  /** Who asks (the HTTP client's address, or `stdio`), for the console's fair turns. */
  client: string;
}

/** One tool: it adds itself to a server, reading through the context's services. */
export type ToolRegistration = (server: McpServer, context: ToolContext) => void;

/** Every tool only reads, and only Readout's graph: assistants may call them without asking the user. */
export const READ_ONLY: ToolAnnotations = { readOnlyHint: true, destructiveHint: false, openWorldHint: false };

/** A node's id: Readout's stable id (`person:xi-jinping`), another graph's `Label:key`, or an elementId. */
export const nodeId = id;

/** A label or relationship type (parameters to the queries, never spliced into them). */
export const nameList = z
  .array(z.string().regex(/^[\p{L}\p{N}_ -]{1,100}$/u, 'a label or type name'))
  .max(50)
  .optional();

export const isoDatePrefix = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();

/** Distinct article ids of a set of sentences, in order: what an assistant cites. */
export function articleIds(sentences: { article: { id: string | null } }[]): string[] {
  return [...new Set(sentences.map((s) => s.article.id).filter((id): id is string => id !== null))];
}

/** Registers a read-only tool whose answer is JSON; any failure becomes a tool error, never a crash. */
export function registerReadTool<Shape extends z.ZodRawShape>(
  server: McpServer,
  context: ToolContext,
  name: string,
  config: { title: string; description: string; inputSchema: Shape },
  run: (args: z.infer<z.ZodObject<Shape>>) => Promise<object>,
): void {
  server.registerTool(name, { ...config, annotations: READ_ONLY }, (async (args: z.infer<z.ZodObject<Shape>>) => {
    try {
      return jsonAnswer(await run(args));
    } catch (error) {
      return toolError(error, name, context.logger);
    }
  }) as never);
}
