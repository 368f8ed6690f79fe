/** The service's own routes: health, whether writes are open, the change stream and this document. */
import { z } from 'zod';
import { errors, json, route } from './route';

const health = z.object({
  status: z.literal('ok'),
  neo4j: z.object({
    product: z.string(),
    version: z.string(),
    edition: z.string(),
    database: z.string(),
    uri: z.string().describe('Credentials taken out'),
    mode: z.enum(['embedded', 'external']),
    nodes: z.number(),
    relationships: z.number(),
    latencyMs: z.number(),
  }),
  console: z
    .object({
      slots: z.number(),
      busy: z.number(),
      waiting: z.number(),
      abandoned: z
        .array(z.object({ since: z.string(), seconds: z.number() }))
        .describe('Queries the console gave up on that Neo4j still runs: each keeps its slot until it ends'),
      state: z
        .enum(['ready', 'busy', 'waiting-for-neo4j'])
        .describe('`waiting-for-neo4j` while Neo4j still runs a query the console gave up on'),
    })
    .optional(),
});

export const healthCheck = route({
  method: 'get',
  path: '/health',
  summary: "Neo4j version, edition, database, location and counts; the console's slots",
  responses: { 200: json(health, 'Neo4j answers'), ...errors(503) },
});

export const editing = route({
  method: 'get',
  path: '/editing',
  summary: 'Whether this server accepts writes (adding articles, corrections)',
  description:
    'Only when started with READOUT_EDIT_TOKEN, and then only from requests sending it as `Authorization: Bearer <token>`',
  responses: { 200: json(z.object({ enabled: z.boolean() }), 'Whether writes are open') },
});

/** One `change` event's data. */
const graphChange = z.object({
  type: z
    .enum(['articles', 'corrections'])
    .describe("'articles': articles were added; 'corrections': one was made or undone"),
  articleIds: z.array(z.string()),
  entityIds: z.array(z.string()),
});

export const changes = route({
  method: 'get',
  path: '/changes',
  summary: 'Server-Sent Events: one `change` event per write that landed',
  description:
    'Each event is `event: change` with `data:` a JSON GraphChange `{type, articleIds, entityIds}`; a comment line every 25 s keeps the stream open. Streams are capped in all and per client (CHANGE_STREAMS_MAX, CHANGE_STREAMS_PER_CLIENT)',
  responses: {
    200: {
      description: 'An event stream; each `data:` line is a GraphChange',
      contentType: 'text/event-stream',
      body: graphChange.meta({ id: 'GraphChange' }),
    },
    ...errors(429),
  },
});

export const openApi = route({
  method: 'get',
  path: '/openapi.json',
  summary: 'This document (OpenAPI 3.1), generated from the contract the routes validate with',
  responses: {
    200: json(z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }), 'OpenAPI 3.1'),
  },
});

export type HealthReport = z.output<typeof health>;
export type GraphChange = z.output<typeof graphChange>;
