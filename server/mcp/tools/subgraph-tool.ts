import { z } from 'zod';
import { edgeEvidence } from '../../services/edge-evidence';
import { isoDatePrefix, nameList, nodeId, registerReadTool, ToolRegistration } from './tool-context';

/** Sentences per relationship a neighbourhood carries: enough to cite, few enough to read. */
const SENTENCES_PER_EDGE = 3;

export const registerSubgraphTool: ToolRegistration = (server, context) =>
  registerReadTool(
    server,
    context,
    'subgraph',
    {
      title: 'Neighbourhood of a node',
      description:
        'The nodes and relationships around a node, capped (`more` says what was left out; pass `cursor` back ' +
        'for the next page). Each relationship keeps its `rule`, `evidence` (sentence ids) and `articles`; ' +
        '`evidence` maps relationship ids to the sentences that state them, with their article ids.',
      inputSchema: {
        id: nodeId.describe('The centre node’s id'),
        depth: z.number().int().min(1).max(3).default(1).describe('Hops out from the centre (1–3)'),
        limit: z.number().int().min(1).max(200).default(50).describe('Most nodes in the answer (1–200)'),
        types: nameList.describe('Only these relationship types, e.g. ["PARTICIPATED_IN"]'),
        labels: nameList.describe('Only neighbours with these labels'),
        direction: z.enum(['both', 'out', 'in']).default('both'),
        from: isoDatePrefix.describe('Only events on or after this date'),
        to: isoDatePrefix.describe('Only events on or before this date'),
        cursor: z.string().max(20_000).optional().describe('The previous answer’s cursor'),
      },
    },
    async (q) => {
      const { neighbourhood, evidence } = context.services;
      const subgraph = await neighbourhood.subgraph({
        ...q,
        types: q.types ?? [],
        labels: q.labels ?? [],
        from: q.from ?? null,
        to: q.to ?? null,
      });
      return { ...subgraph, evidence: await edgeEvidence(subgraph.edges, evidence, SENTENCES_PER_EDGE) };
    },
  );
