import { BadRequestError } from '../../errors';
import { articleIds, nodeId, registerReadTool, ToolRegistration } from './tool-context';

export const registerEvidenceTool: ToolRegistration = (server, context) =>
  registerReadTool(
    server,
    context,
    'evidence',
    {
      title: 'Evidence for a fact or a node',
      description:
        'The sentences behind a fact (`rel`: a relationship id from `subgraph`, `paths` or `cypher`) or that ' +
        'mention a node (`node`), each with its article (id, title, outlet, date, URL); for an event, also each ' +
        'reporting body’s own sentences. `articles` lists the article ids to cite. Give exactly one of rel or node.',
      inputSchema: {
        rel: nodeId.optional().describe('A relationship’s id (its elementId)'),
        node: nodeId.optional().describe('A node’s id'),
      },
    },
    async ({ rel, node }) => {
      if (Boolean(rel) === Boolean(node)) throw new BadRequestError('give exactly one of rel or node');
      const { evidence } = context.services;
      const answer = rel ? await evidence.forRelationship(rel) : await evidence.forNode(node!);
      const all = [...answer.sentences, ...(answer.byReporter ?? []).flatMap((r) => r.sentences)];
      return { ...answer, articles: articleIds(all) };
    },
  );
