/** The OpenAPI 3.1 document, generated from the contract's registry; served at /api/openapi.json. */
import { z } from 'zod';
import { API_ROUTES, errorEnvelope, RouteContract } from './contract';

type JsonSchema = Record<string, unknown>;

/** Where zod puts a schema named with `.meta({id})`, and where OpenAPI keeps it (components() lists them). */
const LOCAL_DEF = /^#\/\$defs\//;
const COMPONENT = '#/components/schemas/';

/** Zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect); named schemas point at their one copy in components. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const {
    $schema: _schema,
    $defs: _defs,
    ...rest
  } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return JSON.parse(JSON.stringify(rest), (key, value) =>
    key === '$ref' && typeof value === 'string' ? value.replace(LOCAL_DEF, COMPONENT) : value,
  );
}

function parameters(entry: RouteContract): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, shape] of [
    ['path', entry.request?.params?.shape],
    ['query', entry.request?.query?.shape],
  ] as const) {
    for (const [name, field] of Object.entries(shape ?? {})) {
      const { description, ...schema } = schemaOf(field as z.ZodType, 'input');
      const optional = (field as z.ZodType).safeParse(undefined).success;
      out.push({ name, in: where, required: where === 'path' || !optional, description, schema });
    }
  }
  return out;
}

function operation(entry: RouteContract): JsonSchema {
  const body = entry.request?.body;
  return {
    summary: entry.summary,
    ...(entry.description ? { description: entry.description } : {}),
    // Either scheme alone suffices (OpenAPI: the entries of `security` are alternatives).
    ...(entry.editToken ? { security: [{ editToken: [] }, ...(entry.intakeToken ? [{ intakeToken: [] }] : [])] } : {}),
    ...(parameters(entry).length ? { parameters: parameters(entry) } : {}),
    ...(body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              Object.entries(body).map(([media, schema]) => [media, { schema: schemaOf(schema, 'input') }]),
            ),
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(entry.responses).map(([status, r]) => {
        if (r.body === errorEnvelope) return [status, { $ref: '#/components/responses/Error' }];
        const contentTypes = [r.contentType ?? 'application/json'].flat();
        // A stream's body is text; its events' data is the schema (listed under components.schemas). A file is text.
        const schema = r.contentType ? { type: 'string' } : r.body ? schemaOf(r.body, 'output') : undefined;
        const content = schema ? { content: Object.fromEntries(contentTypes.map((type) => [type, { schema }])) } : {};
        return [status, { description: r.description, ...content }];
      }),
    ),
  };
}

/** Schemas named with `.meta({id})`, once each, for the `$ref`s above. */
function components(): Record<string, JsonSchema> {
  const named = z.toJSONSchema(z.globalRegistry, { io: 'output', unrepresentable: 'any', uri: (id) => COMPONENT + id });
  return Object.fromEntries(
    Object.entries(named.schemas).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema as JsonSchema]),
  );
}

export function buildOpenApiDocument(routes: readonly RouteContract[] = API_ROUTES) {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const entry of routes) (paths[entry.path] ??= {})[entry.method] = operation(entry);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Readout API',
      version: '0.1.0',
      description:
        'Explore a Neo4j graph of news entities (or any Neo4j graph): search, neighbourhoods as Cytoscape elements, paths, the evidence behind facts, and read-only Cypher. Errors are {error: {code, message}}.',
    },
    servers: [{ url: '/api' }],
    paths,
    components: {
      securitySchemes: {
        editToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'READOUT_EDIT_TOKEN; without it on the server every write is 403 editing_disabled',
        },
        intakeToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            "The running app's intake token, new each run, in the record beside its data directory (`<dataDir>.app.json`, mode 0600) for `npm run ingest`; taken on POST /articles alone, with or without READOUT_EDIT_TOKEN",
        },
      },
      schemas: components(),
      responses: {
        Error: {
          description: 'An error: a stable code and a message',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  };
}

export const openApiDocument = buildOpenApiDocument();
