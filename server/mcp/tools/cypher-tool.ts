import { cypher } from '../../api/contract';
import { registerReadTool, ToolRegistration } from './tool-context';

const cypherBody = cypher.request.body['application/json'];

export const registerCypherTool: ToolRegistration = (server, context) =>
  registerReadTool(
    server,
    context,
    'cypher',
    {
      title: 'Read-only Cypher',
      description:
        'Runs one read-only Cypher query, exactly as Readout’s console (POST /api/cypher) does: writes, LOAD CSV, ' +
        'admin commands and procedures outside an allow-list are refused; rows are capped (`truncated` says so). ' +
        'Answers `columns`, `rows` and graph `elements`; facts keep their `rule`, `evidence` (sentence ids) and ' +
        '`articles` — pass a relationship id to `evidence` for the sentences. Schema: Person, Country, Outlet, ' +
        'Organization, Agreement, Place, Event (all :Entity, with id and name); PARTICIPATED_IN, REPORTED_BY, ' +
        'HOLDS_ROLE, PARTY_TO, TOOK_PLACE_IN; (:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity).',
      // The console's own request, as POST /api/cypher validates it.
      inputSchema: {
        query: cypherBody.shape.query.describe('One Cypher read query'),
        params: cypherBody.shape.params.describe('Query parameters, e.g. {"id": "person:xi-jinping"}'),
      },
    },
    // The console's own path: bounded parameters, the guard, Neo4j's plan judged, the worker's limits and turns.
    ({ query, params }) => context.services.cypher.run(query, params, context.client),
  );
