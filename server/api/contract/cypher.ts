/** The read-only Cypher console. */
import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '../../db/console/query-guard';
import { elements } from './common';
import { errors, json, route } from './route';

const cypherAnswer = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  elements: elements.describe('The graph values among the rows (nodes, relationships, paths) as Cytoscape elements'),
  truncated: z.boolean(),
  cutBy: z.enum(['rows', 'bytes']).nullable().describe('What cut the result short: the row cap or the size cap'),
  rowLimit: z.number(),
  elapsedMs: z.number(),
  planMs: z.number().describe('Time EXPLAIN and the plan check took'),
});

export const cypher = route({
  method: 'post',
  path: '/cypher',
  summary: 'Read-only Cypher: rows as a table and any graph values as elements',
  description: "Neo4j's plan of the query decides, and writes, admin commands, LOAD CSV and costly shapes are refused",
  request: {
    body: {
      'application/json': z.object({
        query: z.string().min(1, 'is required').max(MAX_QUERY_LENGTH, `is longer than ${MAX_QUERY_LENGTH} characters`),
        params: z
          .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'parameter names are identifiers'), z.unknown())
          .default({})
          .describe('Query parameters by name'),
      }),
    },
  },
  responses: {
    200: json(cypherAnswer, 'The result'),
    ...errors(400, 403, 413, 422, 429, 503, 504),
  },
});

export type CypherAnswer = z.output<typeof cypherAnswer>;
