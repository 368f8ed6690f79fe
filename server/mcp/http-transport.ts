import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { Router } from 'express';
import { Logger } from '../logger';
import { clientKey } from '../middleware/client-key';
import { consoleRateLimit } from '../middleware/console-rate-limit';
import { ReadServices } from '../services/read-services';
import { createMcpServer } from './mcp-server';

/**
 * MCP over Streamable HTTP at /mcp, stateless: every POST is answered by a server and transport of its own (no
 * session to keep, so any instance behind a load balancer can answer), as plain JSON rather than an event stream.
 * Limited per client as the console is: one tool call is one request.
 */
export function mcpRouter(services: ReadServices, logger: Logger, requestsPerMinute: number): Router {
  const router = Router();
  router.post('/', consoleRateLimit(requestsPerMinute, 'MCP requests'), async (req, res) => {
    const server = createMcpServer({ services, logger, client: clientKey(req) });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  // Without sessions there is no stream to open (GET) or session to end (DELETE).
  router.all('/', (_req, res) => {
    res
      .status(405)
      .set('Allow', 'POST')
      .json({
        jsonrpc: '2.0',
        error: { code: -32000, message: 'Method not allowed: POST MCP messages here.' },
        id: null,
      });
  });
  return router;
}
