import { z } from 'zod';
import { nameList, registerReadTool, ToolRegistration } from './tool-context';

export const registerSearchTool: ToolRegistration = (server, context) =>
  registerReadTool(
    server,
    context,
    'search',
    {
      title: 'Search the graph',
      description:
        'Finds nodes by name or alias (people, countries, outlets, organizations, events…; any graph: its text ' +
        'properties). Each hit has the `id` the other tools take. Start here: "Xi" finds Xi Jinping.',
      inputSchema: {
        q: z.string().trim().min(1, 'is required').max(200).describe('Words to look for, e.g. "Xi" or "Putin call"'),
        labels: nameList.describe('Only nodes with one of these labels, e.g. ["Person"]'),
        limit: z.number().int().min(1).max(50).default(10).describe('Hits to return (1–50)'),
      },
    },
    ({ q, labels, limit }) => context.services.search.search(q, labels ?? [], limit),
  );
