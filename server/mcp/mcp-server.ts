import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerCypherTool } from './tools/cypher-tool';
import { registerEvidenceTool } from './tools/evidence-tool';
import { registerNodeTool } from './tools/node-tool';
import { registerPathsTool } from './tools/paths-tool';
import { registerReadoutsTool } from './tools/readouts-tool';
import { registerSearchTool } from './tools/search-tool';
import { registerSubgraphTool } from './tools/subgraph-tool';
import { ToolContext, ToolRegistration } from './tools/tool-context';

/** Read tools only: nothing an assistant can call writes to the graph. */
const TOOLS: ToolRegistration[] = [
  registerSearchTool,
  registerNodeTool,
  registerSubgraphTool,
  registerPathsTool,
  registerEvidenceTool,
  registerReadoutsTool,
  registerCypherTool,
];

const INSTRUCTIONS =
  'Readout is a graph of news: people, countries, outlets, organizations, agreements, places and events, each ' +
  'fact traced to the sentences and articles that state it. Find nodes with `search`, walk with `subgraph` and ' +
  '`paths`, and cite with `evidence` (sentences with article ids). `readouts` compares how sources told one ' +
  'event; `cypher` runs read-only queries.';

/** One MCP server over Readout's read services (stdio keeps one; the HTTP door makes one per request). */
export function createMcpServer(context: ToolContext): McpServer {
  const server = new McpServer({ name: 'readout', version: '0.1.0' }, { instructions: INSTRUCTIONS });
  for (const register of TOOLS) register(server, context);
  return server;
}
