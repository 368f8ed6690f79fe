/** POST /export: the canvas or a subgraph as a file other tools open, every fact with its evidence. */
import { z } from 'zod';
import { id } from './common';
import { subgraph } from './graph';
import { errors, route } from './route';

/** The formats, by the name a request gives (server/services/export/formats.ts writes each). */
export const EXPORT_FORMAT_NAMES = ['gexf', 'graphml', 'csv-nodes', 'csv-edges', 'cypher', 'json'] as const;
export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

/** The media types the formats are sent as. */
const EXPORT_MEDIA_TYPES = [
  'application/gexf+xml',
  'application/graphml+xml',
  'text/csv',
  'text/plain',
  'application/json',
];

export const exportBody = z
  .object({
    format: z
      .enum(EXPORT_FORMAT_NAMES, { message: `one of ${EXPORT_FORMAT_NAMES.join(', ')}` })
      .describe('gexf, graphml (Gephi, yEd), csv-nodes, csv-edges (Excel), cypher (another Neo4j) or json'),
    ids: z
      .array(id)
      .min(1, 'give at least one id')
      .max(2000, 'at most 2,000 ids')
      .optional()
      .describe('The nodes on the canvas'),
    subgraph: subgraph.request.query.optional().describe("A subgraph, by GET /api/subgraph's parameters"),
  })
  .strict()
  .refine((b) => Boolean(b.ids) !== Boolean(b.subgraph), {
    message: 'give exactly one of ids or subgraph',
    path: ['ids'],
  });

export type ExportBody = z.output<typeof exportBody>;

export const exportScene = route({
  method: 'post',
  path: '/export',
  summary:
    'The canvas (ids) or a subgraph as a file other tools open: GEXF, GraphML, CSV of nodes or of edges (UTF-8 with a byte-order mark), a Cypher script that recreates it in another Neo4j, or JSON; every fact with its rule, evidence sentences and article ids',
  request: { body: { 'application/json': exportBody } },
  responses: {
    200: {
      description:
        'The file, as an attachment (Content-Disposition names it readout-<date>.<ext>). At most 5,000 relationships and 50 sentences per fact: Readout-Truncated says whether anything was left out, Readout-Left-Out what, Readout-Missing-Ids how many ids named no node',
      contentType: EXPORT_MEDIA_TYPES,
    },
    ...errors(400, 404, 413, 503),
  },
});
