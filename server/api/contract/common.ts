/**
 * Pieces the route groups share: ids, comma lists and dates as requests carry them, the error envelope and
 * Cytoscape elements as responses carry them. Runtime zod on the server; the page imports only types from here.
 */
import { z } from 'zod';

const NAME = /^[\p{L}\p{N}_ -]{1,100}$/u;

/** "A, B" → ["A","B"]: at most `most` items of at most `maxLength` characters in all, each matching `item`. */
export function commaList(item: RegExp, { maxLength, most, what }: { maxLength: number; most: number; what: string }) {
  return z
    .string()
    .max(maxLength)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .refine((list) => list.length <= most && list.every((x) => item.test(x)), `a comma-separated list of ${what}`);
}

/** "A,B" → ["A","B"]; each a plausible label or type name (they are parameters anyway, never spliced). */
export const nameList = commaList(NAME, { maxLength: 2000, most: 50, what: 'names' });

export const isoDatePrefix = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .optional()
  .transform((s) => s ?? null);

export const id = z.string().min(1, 'is required').max(500);

/** An id in a path (`/articles/:id`): no control characters, which no id Readout writes holds. */
export const pathId = id.regex(/^[^\p{Cc}]+$/u, 'must not hold control characters');

/** Every failure: a stable `code`, a message for people, and details some errors add (`parameter`, `results`). */
export const errorEnvelope = z
  .object({
    error: z.looseObject({
      code: z.string().describe('Stable, machine-readable: bad_request, not_found, neo4j_unavailable, …'),
      message: z.string(),
    }),
  })
  .meta({ id: 'Error' });

/** Property values as they travel: JSON values; a byte array as `{$binary, bytes, hex}`. */
const propertyValue = z.unknown();

export const nodeData = z
  .object({
    id: z.string().describe("Stable id (Readout's, or Label:id where `id` names a label's nodes) or elementId"),
    elementId: z.string(),
    label: z.string().describe('The primary label'),
    labels: z.array(z.string()),
    caption: z.string().describe("The server's default caption: the label's caption properties joined by a space"),
    name: z.string().describe("Readout's display name; on another graph the same as `caption`"),
  })
  .catchall(propertyValue)
  .describe("The node's properties ride along; one named like a field above (but `name`) comes as prop_<key>");
export const nodeElement = z.object({ data: nodeData }).meta({ id: 'Node' });

export const edgeData = z
  .object({ id: z.string(), source: z.string(), target: z.string(), type: z.string() })
  .catchall(propertyValue);
export const edgeElement = z.object({ data: edgeData }).meta({ id: 'Edge' });

export const elements = z.object({ nodes: z.array(nodeElement), edges: z.array(edgeElement) });

export type NodeData = z.output<typeof nodeData>;
export type EdgeData = z.output<typeof edgeData>;
export type Elements = z.output<typeof elements>;
export type ErrorEnvelope = z.output<typeof errorEnvelope>;
