import { nodeElement } from '../../db/elements';
import { nodeId, registerReadTool, ToolRegistration } from './tool-context';

export const registerNodeTool: ToolRegistration = (server, context) =>
  registerReadTool(
    server,
    context,
    'node',
    {
      title: 'One node',
      description:
        'A node with its labels and properties, by the id `search` gives (or an elementId). For the sentences ' +
        'that mention it, use `evidence` with `node`.',
      inputSchema: { id: nodeId.describe('The node’s id, e.g. "person:xi-jinping"') },
    },
    async ({ id }) => {
      const { lookup, catalogue } = context.services;
      const [node, view] = await Promise.all([lookup.find(id), catalogue.view()]);
      return { node: nodeElement(node, view).data };
    },
  );
