/** The API's OpenAPI 3 document, served at /api/openapi.json; a test checks it matches the routes. */
import { z } from 'zod';
import { correctionInput, undoInput } from './services/corrections-input';

const error = { $ref: '#/components/responses/Error' };
const errors = { '400': error, '404': error, '503': error };
const q = (
  name: string,
  description: string,
  schema: Record<string, unknown> = { type: 'string' },
  required = false,
) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});
/** A write's failures: bad input, no or wrong token, editing off, nothing to correct, a conflict, Neo4j away. */
const writeErrors = { '400': error, '401': error, '403': error, '404': error, '409': error, '503': error };
/** A request body as the route validates it: the same zod schema, as OpenAPI 3.0 describes it. */
const requestSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input' });
const elements = { $ref: '#/components/schemas/Elements' };
const pathId = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', minLength: 1, maxLength: 500 },
});

const articleMeta = {
  title: { type: 'string', maxLength: 500 },
  url: { type: 'string', maxLength: 2000, description: 'http or https' },
  publishedAt: { type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  outlet: { type: 'string', maxLength: 200, description: 'An outlet id ("outlet:xinhua") or name' },
};

export const openApiDocument = {
  openapi: '3.0.3',
  info: {
    title: 'Readout API',
    version: '0.1.0',
    description:
      'Explore a Neo4j graph of news entities (or any Neo4j graph): search, neighbourhoods as Cytoscape elements, paths, the evidence behind facts, and read-only Cypher. Errors are {error: {code, message}}.',
  },
  servers: [{ url: '/api' }],
  paths: {
    '/health': {
      get: {
        summary:
          "Neo4j version, edition, database, location and counts; the console's slots (`console.state` is `waiting-for-neo4j` while Neo4j still runs a query the console gave up on)",
        responses: { '200': { description: 'Neo4j answers' }, '503': error },
      },
    },
    '/editing': {
      get: {
        summary:
          'Whether this server accepts writes (adding articles, corrections): only when started with READOUT_EDIT_TOKEN, and then only from requests sending it as `Authorization: Bearer <token>`',
        responses: { '200': { description: '{enabled: boolean}' } },
      },
    },
    '/corrections': {
      get: {
        summary:
          'Corrections of the graph, newest first: what each changes, who made it, when, why, what it replaced, the articles it was applied to, and whether it was undone',
        parameters: [
          q('entity', 'Only corrections touching this entity id'),
          q('undone', 'Include undone corrections', { type: 'string', enum: ['true', 'false'] }),
        ],
        responses: { '200': { description: '{corrections: [CorrectionRecord]}' }, '400': error, '503': error },
      },
      post: {
        summary:
          "Correct the graph (needs the edit token): merge two entities, split an alias off into its own entity, reject a fact, fix an event's date or kind, rename. Stored as a record and applied again after every ingest",
        security: [{ editToken: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: requestSchema(correctionInput) } } },
        responses: { '201': { description: '{correction, reloaded, notReloaded}' }, ...writeErrors },
      },
    },
    '/corrections/{id}/undo': {
      post: {
        summary: 'Undo a correction (needs the edit token): it stays on record, and what it replaced comes back',
        security: [{ editToken: [] }],
        parameters: [pathId('Correction id')],
        requestBody: { required: true, content: { 'application/json': { schema: requestSchema(undoInput) } } },
        responses: { '200': { description: '{correction, reloaded, notReloaded}' }, ...writeErrors },
      },
    },
    '/schema': {
      get: {
        summary:
          "Labels and relationship types with counts; per label its property keys (from a sample), default caption keys, searchable keys, distinguishing keys and whether its `id` names its nodes; `news`: Readout's own graph",
        responses: {
          '200': {
            description:
              '{labels: [{label, count, properties: [{key, types}], caption, searchable, detail, idKey}], relationshipTypes: [{type, count}], news}',
          },
          '503': error,
        },
      },
    },
    '/search': {
      get: {
        summary:
          "Ranked search: Readout's full-text index over names and aliases (prefix and fuzzy terms), or every string property of every label on other graphs (a bounded scan per label)",
        parameters: [
          q('q', 'Search text', { type: 'string', minLength: 1, maxLength: 200 }, true),
          q('label', 'Comma-separated labels to keep'),
          q('limit', 'At most this many hits', { type: 'integer', minimum: 1, maximum: 100, default: 10 }),
          q('fields', 'Comma-separated Label.key: the properties to search for those labels (default: all strings)'),
        ],
        responses: {
          '200': {
            description:
              '{hits: [{id, labels, name (caption), score, matched: {key, value} | null, detail: {key, value} | null}], partial}',
          },
          ...errors,
        },
      },
    },
    '/node': {
      get: {
        summary: 'One node as a Cytoscape element',
        parameters: [q('id', "Stable id (Readout's, or Label:id), or elementId", { type: 'string' }, true)],
        responses: { '200': { description: 'The node' }, ...errors },
      },
    },
    '/nodes': {
      post: {
        summary: 'Several nodes (a shared view) and the relationships among them, naming the ids no longer found',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['ids'],
                properties: { ids: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2000 } },
              },
            },
          },
        },
        responses: { '200': { description: '{nodes, edges, missing: [id], truncated}' }, ...errors },
      },
    },
    '/connections': {
      post: {
        summary:
          'The relationships between nodes joining a canvas (fresh) and those on it (among) or fresh too, 2,000 ids in all: Neo4j Browser’s "connect result nodes"',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['fresh'],
                properties: {
                  fresh: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2000 },
                  among: { type: 'array', items: { type: 'string' }, maxItems: 2000 },
                },
              },
            },
          },
        },
        responses: { '200': { description: '{edges, truncated}' }, ...errors },
      },
    },
    '/subgraph': {
      get: {
        summary: 'The neighbourhood of a node as Cytoscape elements, supernode-safe, with counts of what was left out',
        parameters: [
          q('id', 'Stable id or elementId of the centre', { type: 'string' }, true),
          q('depth', 'Hops', { type: 'integer', minimum: 1, maximum: 3, default: 1 }),
          q('limit', 'At most this many nodes', { type: 'integer', minimum: 1, maximum: 1000, default: 100 }),
          q('types', 'Comma-separated relationship types'),
          q('labels', 'Comma-separated neighbour labels'),
          q('direction', 'Relationship direction', { type: 'string', enum: ['both', 'out', 'in'], default: 'both' }),
          q(
            'from',
            'Events whose date (a day, month or year) overlaps [from, to], from this ISO date (YYYY, YYYY-MM or YYYY-MM-DD); undated events are left out while from or to is set',
          ),
          q('to', 'Events whose date overlaps [from, to], to this ISO date (its last day)'),
          q('cursor', "The previous answer's cursor: the next page of the same node's neighbours (depth 1)"),
        ],
        responses: {
          '200': {
            description:
              '{nodes, edges, truncated, more: {total, byType, byLabel}, cursor}; truncated whenever anything within the depth was left out; more counts what is still left around the centre (byLabel null for a node with over 2,000 relationships: per-type counts from the degree store); cursor pages on (null when nothing is left)',
            content: { 'application/json': { schema: elements } },
          },
          ...errors,
        },
      },
    },
    '/paths': {
      get: {
        summary:
          'Shortest paths between two nodes, each hop with its evidence; through facts only by default, through sources (REPORTED_BY, PUBLISHED_BY: "who reported both", taken by itself when an end is an outlet) or articles (MENTIONS, HAS_SENTENCE) when asked',
        parameters: [
          q('from', 'Start node id', { type: 'string' }, true),
          q('to', 'End node id', { type: 'string' }, true),
          q('maxLength', 'Most hops', { type: 'integer', minimum: 1, maximum: 6, default: 4 }),
          q('through', 'facts only; also sources (who reported or published what); also articles (sentences)', {
            type: 'string',
            enum: ['facts', 'sources', 'articles'],
            default: 'facts',
          }),
        ],
        responses: {
          '200': { description: '{nodes, edges, paths: [{nodes, edges}], through, evidence: {edgeId: [sentence]}}' },
          ...errors,
        },
      },
    },
    '/evidence': {
      get: {
        summary: 'The sentences behind a fact (rel) or an entity (node); for an event, grouped by reporting body',
        parameters: [q('rel', 'Relationship id (elementId)'), q('node', 'Node id')],
        responses: { '200': { description: '{subject, sentences, byReporter?}' }, ...errors },
      },
    },
    '/event-dates': {
      get: {
        summary:
          "How many events (Readout's :Event nodes) the whole graph holds per date, for the timeline: dates as stored (a day, a month or a year), cut to the precision asked for; date null counts the undated events",
        parameters: [
          q('precision', 'Count days as their month, or everything as its year', {
            type: 'string',
            enum: ['day', 'month', 'year'],
            default: 'day',
          }),
        ],
        responses: { '200': { description: '{precision, dates: [{date: string | null, events}]}' }, ...errors },
      },
    },
    '/articles': {
      post: {
        summary:
          'Adds an article (needs `Authorization: Bearer <READOUT_EDIT_TOKEN>`): text or a web page (reduced to its article by Readability; its og:title, og:url or canonical link, article:published_time and og:site_name used where the request gives none), extracted and loaded in one transaction. Its id comes from its text, so posting it again replaces it. Several files in one multipart request are added one after another, each with its own result',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['text'],
                properties: {
                  text: {
                    type: 'string',
                    description: 'The article, at most 2 MB of UTF-8; a web page when it opens as one',
                  },
                  format: { type: 'string', enum: ['text', 'html'] },
                  ...articleMeta,
                },
              },
            },
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: {
                    type: 'array',
                    maxItems: 20,
                    items: { type: 'string', format: 'binary', description: '.txt or .html, at most 2 MB' },
                  },
                  ...articleMeta,
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description:
              '{article: {id, title, outlet: {id, name} | null, publishedAt, url}, sentences, entities: [{id, name, kind}], events: [{id, name, kind, date}], facts, seconds}; for several files {results: [{file, ok, summary | error: {code, message, status}}]}',
          },
          '401': error,
          '403': error,
          '413': error,
          '415': error,
          '422': error,
          '429': error,
          ...errors,
        },
      },
    },
    '/changes': {
      get: {
        summary:
          'Server-Sent Events: one `change` event per write that landed, `{type: "articles", articleIds, entityIds}`, and a comment line every 25 s. Streams are capped in all and per client (CHANGE_STREAMS_MAX, CHANGE_STREAMS_PER_CLIENT)',
        responses: { '200': { description: 'text/event-stream' }, '429': error },
      },
    },
    '/articles/{id}': {
      get: {
        summary:
          'An article to read: its title, outlet, date and address (http or https only), and its sentences in order, each with the entities it mentions (where in the text, none overlapping) and the facts it states (relationships whose evidence lists it)',
        parameters: [pathId("The article's id")],
        responses: {
          '200': {
            description:
              '{article: {id, title, url, publishedAt, outlet: {id, name} | null, truncated}, sentences: [{id, index, text, mentions: [{entityId, caption, label, start, end}], unplaced: [{id, caption, label}], facts: [{id, type, source: {id, caption, label}, target, detail, rule}]}]}; start and end count UTF-16 code units',
          },
          ...errors,
        },
      },
    },
    '/events/{id}/readouts': {
      get: {
        summary:
          "An event's readouts side by side: one column per source (publishing outlets, the agencies they quote, official bodies, states and state media), each sentence about the event once (copies folded), in the column of the source it speaks for, its claim marked, and what each column alone mentions",
        parameters: [pathId("The event's id")],
        responses: {
          '200': {
            description:
              '{event: {id, name, kind, date}, columns: [{source: {id, name, label, country, stateAffiliated}, group: "publisher" | "agency" | "official", including: [source], onlyHere: {entities, terms}, cards: [{sentenceId, text, index, article: {id, title, url, publishedAt, outlet}, attributedBy: "graph" | "text" | "publisher", alongside: [{source, role: "quoted" | "with"}], copies: [{sentenceId, article}], claim: [{start, end}], claimRule, onlyHere: [{start, end}]}]}], context: [{source, group, cards}], sentences, articles, truncated}',
          },
          ...errors,
        },
      },
    },
    '/cypher': {
      post: {
        summary:
          "Read-only Cypher: rows as a table and any graph values as elements; Neo4j's plan of the query decides, and writes, admin commands, LOAD CSV and costly shapes are refused",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['query'],
                properties: { query: { type: 'string', maxLength: 10000 }, params: { type: 'object' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              '{columns, rows, elements, truncated, cutBy: "rows" | "bytes" | null, rowLimit, elapsedMs, planMs}',
          },
          '403': error,
          '413': error,
          '422': error,
          '429': error,
          '504': error,
          ...errors,
        },
      },
    },
    '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3 document' } } } },
  },
  components: {
    securitySchemes: {
      editToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'READOUT_EDIT_TOKEN; without it on the server every write is 403 editing_disabled',
      },
    },
    schemas: {
      Elements: {
        type: 'object',
        properties: {
          nodes: {
            type: 'array',
            items: { type: 'object', properties: { data: { type: 'object', required: ['id', 'label', 'name'] } } },
          },
          edges: {
            type: 'array',
            items: {
              type: 'object',
              properties: { data: { type: 'object', required: ['id', 'source', 'target', 'type'] } },
            },
          },
          truncated: { type: 'boolean' },
          more: { type: 'object' },
        },
      },
    },
    responses: {
      Error: {
        description: 'An error',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                error: {
                  type: 'object',
                  required: ['code', 'message'],
                  properties: { code: { type: 'string' }, message: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
  },
};
