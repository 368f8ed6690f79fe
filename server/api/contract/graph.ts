/** Exploring the graph: its catalogue, search, nodes, neighbourhoods, paths, evidence and event dates. */
import { z } from 'zod';
import { commaList, edgeElement, elements, id, isoDatePrefix, nameList, nodeElement } from './common';
import { errors, json, route } from './route';

const FIELD = /^[\p{L}\p{N}_ -]{1,100}\.[^,]{1,100}$/u;

/** "Product.productName,Product.quantityPerUnit" → Product → [productName, quantityPerUnit]. */
const fieldList = commaList(FIELD, { maxLength: 4000, most: 200, what: 'Label.key' }).transform((list) => {
  const fields = new Map<string, string[]>();
  for (const item of list) {
    const dot = item.indexOf('.');
    const label = item.slice(0, dot);
    fields.set(label, [...(fields.get(label) ?? []), item.slice(dot + 1)]);
  }
  return fields;
});

// ---- GET /schema
const schemaLabel = z.object({
  label: z.string(),
  count: z.number(),
  properties: z
    .array(z.object({ key: z.string(), types: z.array(z.string()) }))
    .describe('Property keys with their Cypher value types ("STRING", "LIST<STRING>", …), from a sample'),
  caption: z.array(z.string()).describe("The default caption's property keys, in order"),
  searchable: z.array(z.string()).describe('The string properties searched by default'),
  detail: z.array(z.string()).describe('Keys that tell two nodes with similar captions apart'),
  idKey: z.literal('id').nullable().describe('`id` when that property names the label’s nodes uniquely'),
});
const graphSchema = z.object({
  labels: z.array(schemaLabel),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number() })),
  news: z.boolean().describe("True for Readout's own news graph (articles, sentences); false for any other graph"),
});

export const schema = route({
  method: 'get',
  path: '/schema',
  summary: 'Labels and relationship types with counts, and per label its keys, captions and searchable keys',
  description:
    "Per label its property keys (from a sample), default caption keys, searchable keys, distinguishing keys and whether its `id` names its nodes; `news`: Readout's own graph",
  responses: { 200: json(graphSchema, 'The catalogue'), ...errors(503) },
});

// ---- GET /search
const propertyMatch = z.object({ key: z.string(), value: z.string() });
const searchHit = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  name: z.string().describe("The node's caption"),
  score: z.number(),
  matched: propertyMatch.nullable().describe('The property the query matched, as stored'),
  detail: propertyMatch
    .nullable()
    .describe('A property other than the caption that tells similar hits apart (a price, a city, a date)'),
});
const searchAnswer = z.object({
  hits: z.array(searchHit),
  partial: z
    .boolean()
    .describe('True when a label was too large to read whole without an index: hits come from its first nodes'),
});

export const search = route({
  method: 'get',
  path: '/search',
  summary: 'Ranked search over names, aliases and string properties',
  description:
    "Readout's full-text index over names and aliases (prefix and fuzzy terms), or every string property of every label on other graphs (a bounded scan per label)",
  request: {
    query: z.object({
      q: z.string().trim().min(1, 'is required').max(200).describe('Search text'),
      label: nameList.describe('Comma-separated labels to keep'),
      limit: z.coerce.number().int().min(1).max(100).default(10).describe('At most this many hits'),
      fields: fieldList.describe(
        'Comma-separated Label.key: the properties to search for those labels (default: all strings)',
      ),
    }),
  },
  responses: { 200: json(searchAnswer, 'Hits, best first'), ...errors(400, 503) },
});

// ---- GET /node
export const node = route({
  method: 'get',
  path: '/node',
  summary: 'One node as a Cytoscape element',
  request: { query: z.object({ id: id.describe("Stable id (Readout's, or Label:id), or elementId") }) },
  responses: { 200: json(nodeElement, 'The node'), ...errors(400, 404, 503) },
});

// ---- POST /nodes
const nodesAnswer = elements.extend({
  missing: z.array(z.string()).describe('Asked-for ids no longer in the graph'),
  truncated: z.boolean().describe('True when the relationships among the nodes were capped'),
});

export const nodes = route({
  method: 'post',
  path: '/nodes',
  summary: 'Several nodes (a shared view) and the relationships among them, naming the ids no longer found',
  request: {
    body: {
      'application/json': z.object({
        ids: z.array(id).min(1, 'give at least one id').max(2000, 'at most 2,000 ids'),
      }),
    },
  },
  responses: { 200: json(nodesAnswer, 'The nodes found and their relationships'), ...errors(400, 413, 503) },
});

// ---- POST /connections
const connectionsAnswer = z.object({
  edges: z.array(edgeElement),
  truncated: z.boolean().describe('True when there were more than the answer holds'),
});

export const connections = route({
  method: 'post',
  path: '/connections',
  summary: 'The relationships between nodes joining a canvas and those on it',
  description: 'Between `fresh` and `among` or `fresh` too, 2,000 ids in all: Neo4j Browser’s "connect result nodes"',
  request: {
    body: {
      'application/json': z
        .object({
          fresh: z.array(id).min(1, 'give at least one id').describe('Nodes joining the canvas'),
          among: z.array(id).default([]).describe('Nodes already on it'),
        })
        .refine((b) => b.fresh.length + b.among.length <= 2000, {
          message: 'at most 2,000 ids in all',
          path: ['among'],
        }),
    },
  },
  responses: { 200: json(connectionsAnswer, 'The relationships'), ...errors(400, 413, 503) },
});

// ---- GET /subgraph
const leftOut = z.object({
  total: z.number(),
  byType: z.record(z.string(), z.number()),
  byLabel: z
    .record(z.string(), z.number())
    .nullable()
    .describe('Null for a node with over 2,000 relationships: per-type counts come from the degree store'),
});
const subgraphAnswer = elements.extend({
  truncated: z.boolean().describe('True whenever anything within the depth was left out'),
  more: leftOut.describe('What is still left around the centre after this page'),
  cursor: z
    .string()
    .nullable()
    .describe('Pass it back (same id and types) for the next page of neighbours; null when nothing is left'),
});

export const subgraph = route({
  method: 'get',
  path: '/subgraph',
  summary: 'The neighbourhood of a node as Cytoscape elements, supernode-safe, with counts of what was left out',
  request: {
    query: z.object({
      id: id.describe('Stable id or elementId of the centre'),
      depth: z.coerce.number().int().min(1).max(3).default(1).describe('Hops'),
      limit: z.coerce.number().int().min(1).max(1000).default(100).describe('At most this many nodes'),
      types: nameList.describe('Comma-separated relationship types'),
      labels: nameList.describe('Comma-separated neighbour labels'),
      direction: z.enum(['both', 'out', 'in']).default('both').describe('Relationship direction'),
      from: isoDatePrefix.describe(
        'Events whose date (a day, month or year) overlaps [from, to], from this ISO date (YYYY, YYYY-MM or YYYY-MM-DD); undated events are left out while from or to is set',
      ),
      to: isoDatePrefix.describe('Events whose date overlaps [from, to], to this ISO date (its last day)'),
      cursor: z
        .string()
        .max(20_000)
        .optional()
        .describe("The previous answer's cursor: the next page of the same node's neighbours (depth 1)"),
    }),
  },
  responses: { 200: json(subgraphAnswer, 'The neighbourhood'), ...errors(400, 404, 503) },
});

// ---- GET /paths
export const evidenceSentence = z.object({
  id: z.string(),
  text: z.string(),
  index: z.number().nullable(),
  article: z.object({
    id: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    outlet: z.string().nullable(),
  }),
  highlights: z.array(z.string()).describe('Words of the sentence that name the entities in question'),
  rules: z
    .array(z.string())
    .optional()
    .describe('For a node’s sentences: the extraction rules that found it there ("ner-person+identity", "descriptor")'),
});
const pathsThrough = z.enum(['facts', 'sources', 'articles']);
const pathsAnswer = elements.extend({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  through: pathsThrough.describe('What the paths were allowed to go through (sources when an end is an outlet)'),
  evidence: z.record(z.string(), z.array(evidenceSentence)).describe("Each hop's sentences, by edge id"),
});

export const paths = route({
  method: 'get',
  path: '/paths',
  summary: 'Shortest paths between two nodes, each hop with its evidence',
  description:
    'Through facts only by default, through sources (REPORTED_BY, PUBLISHED_BY: "who reported both", taken by itself when an end is an outlet) or articles (MENTIONS, HAS_SENTENCE) when asked',
  request: {
    query: z.object({
      from: id.describe('Start node id'),
      to: id.describe('End node id'),
      maxLength: z.coerce.number().int().min(1).max(6).default(4).describe('Most hops'),
      through: pathsThrough
        .default('facts')
        .describe('facts only; also sources (who reported or published what); also articles (sentences)'),
    }),
  },
  responses: { 200: json(pathsAnswer, 'The paths'), ...errors(400, 404, 503) },
});

// ---- GET /event-dates
const eventDateCounts = z.object({
  precision: z.enum(['day', 'month', 'year']),
  dates: z.array(z.object({ date: z.string().nullable().describe('null: the undated events'), events: z.number() })),
});

export const eventDates = route({
  method: 'get',
  path: '/event-dates',
  summary: 'How many events the whole graph holds per date, for the timeline',
  description:
    "Readout's :Event nodes, dates as stored (a day, a month or a year), cut to the precision asked for; date null counts the undated events",
  request: {
    query: z.object({
      precision: z
        .enum(['day', 'month', 'year'])
        .default('day')
        .describe('Count days as their month, or everything as its year'),
    }),
  },
  responses: { 200: json(eventDateCounts, 'Counts per date'), ...errors(400, 503) },
});

// ---- GET /evidence
const evidenceAnswer = z.object({
  subject: z.object({ kind: z.enum(['relationship', 'node']), id: z.string(), label: z.string(), name: z.string() }),
  sentences: z.array(evidenceSentence),
  byReporter: z
    .array(
      z.object({
        reporter: z.object({ id: z.string(), name: z.string(), labels: z.array(z.string()) }),
        sentences: z.array(evidenceSentence),
      }),
    )
    .optional()
    .describe('For an event: the sentences grouped by reporting body'),
});

export const evidence = route({
  method: 'get',
  path: '/evidence',
  summary: 'The sentences behind a fact (rel) or an entity (node); for an event, grouped by reporting body',
  request: {
    query: z
      .object({ rel: id.optional().describe('Relationship id (elementId)'), node: id.optional().describe('Node id') })
      .refine((q) => Boolean(q.rel) !== Boolean(q.node), { message: 'give exactly one of rel or node', path: ['rel'] }),
  },
  responses: { 200: json(evidenceAnswer, 'The evidence'), ...errors(400, 404, 503) },
});

export type GraphSchema = z.output<typeof graphSchema>;
export type SchemaLabel = z.output<typeof schemaLabel>;
export type SearchHit = z.output<typeof searchHit>;
export type SearchAnswer = z.output<typeof searchAnswer>;
export type PropertyMatch = z.output<typeof propertyMatch>;
export type NodesAnswer = z.output<typeof nodesAnswer>;
export type ConnectionsAnswer = z.output<typeof connectionsAnswer>;
export type LeftOut = z.output<typeof leftOut>;
export type Subgraph = z.output<typeof subgraphAnswer>;
export type PathsThrough = z.output<typeof pathsThrough>;
export type PathsAnswer = z.output<typeof pathsAnswer>;
export type EvidenceSentence = z.output<typeof evidenceSentence>;
export type Evidence = z.output<typeof evidenceAnswer>;
export type EventDateCounts = z.output<typeof eventDateCounts>;
export type SearchFields = Map<string, string[]>;
