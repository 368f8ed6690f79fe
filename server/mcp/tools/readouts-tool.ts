import { nodeId, registerReadTool, ToolRegistration } from './tool-context';

export const registerReadoutsTool: ToolRegistration = (server, context) =>
  registerReadTool(
    server,
    context,
    'readouts',
    {
      title: 'An event’s readouts side by side',
      description:
        'How each outlet, agency and official body told one event (a call, a meeting…): one column per source ' +
        'with its sentences and articles, what each alone mentions, and sentences that only mention the event. ' +
        'Takes an Event id (from `search` or `subgraph`).',
      inputSchema: { event: nodeId.describe('The event’s id, e.g. "event:call:2022-06-15:vladimir-putin-xi-jinping"') },
    },
    ({ event }) => context.services.readouts.compare(event),
  );
