import { z } from 'zod';
import { pathsWithEvidence } from '../../services/paths-with-evidence';
import { nodeId, registerReadTool, ToolRegistration } from './tool-context';

export const registerPathsTool: ToolRegistration = (server, context) =>
  registerReadTool(
    server,
    context,
    'paths',
    {
      title: 'Paths between two nodes',
      description:
        'Shortest paths between two nodes, through facts by default (`sources` adds who reported and published ' +
        'what; `articles` adds sentences mentioning both). `evidence` maps each hop to the sentences that state it.',
      inputSchema: {
        from: nodeId.describe('One end’s id'),
        to: nodeId.describe('The other end’s id'),
        maxLength: z.number().int().min(1).max(6).default(4).describe('Most hops (1–6)'),
        through: z.enum(['facts', 'sources', 'articles']).default('facts'),
      },
    },
    (q) => pathsWithEvidence(context.services.paths, context.services.evidence, q),
  );
