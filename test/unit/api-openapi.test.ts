import SwaggerParser from '@apidevtools/swagger-parser';
import { expect } from 'chai';
import { createApiRouter } from '../../server/app';
import { ConsolePool } from '../../server/db/console/console-pool';
import { Executor } from '../../server/db/executor';
import { Nlp } from '../../server/nlp/types';
import { openApiDocument } from '../../server/api/openapi';
import { silentLogger } from '../support/app';

/** Method + path of every route a router (and its nested routers) registers. */
function routesOf(router: { stack: unknown[] }): string[] {
  const found: string[] = [];
  for (const layer of router.stack as {
    route?: { path: string; methods: Record<string, boolean> };
    handle?: { stack?: unknown[] };
  }[]) {
    if (layer.route)
      for (const method of Object.keys(layer.route.methods))
        // Express writes a path parameter ":id", OpenAPI "{id}".
        found.push(`${method.toUpperCase()} ${layer.route.path.replace(/:(\w+)/g, '{$1}')}`);
    else if (layer.handle?.stack) found.push(...routesOf(layer.handle as { stack: unknown[] }));
  }
  return found;
}

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(openApiDocument.openapi).to.equal('3.1.0');
    await SwaggerParser.validate(structuredClone(openApiDocument) as never);
  });

  it('gives every answer a schema: JSON bodies, the event stream, and errors in the shared envelope', () => {
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(openApiDocument.paths))
      for (const [method, op] of Object.entries(ops))
        for (const [status, response] of Object.entries(op.responses as Record<string, Record<string, unknown>>)) {
          const where = `${method.toUpperCase()} ${path} ${status}`;
          if (Number(status) >= 400) {
            if (response.$ref !== '#/components/responses/Error') missing.push(`${where}: not the error envelope`);
            continue;
          }
          const content = response.content as Record<string, { schema?: object }> | undefined;
          if (!content || !Object.values(content).every((c) => c.schema)) missing.push(`${where}: no schema`);
        }
    expect(missing).to.deep.equal([]);
    const changes = (openApiDocument.paths['/changes'].get.responses as Record<string, { content: object }>)['200'];
    expect(Object.keys(changes.content)).to.deep.equal(['text/event-stream']);
  });

  it('says which writes take the edit token, and that only adding an article takes the intake token too', () => {
    const security = (path: string) => (openApiDocument.paths[path].post as { security?: unknown }).security;
    expect(security('/articles')).to.deep.equal([{ editToken: [] }, { intakeToken: [] }]);
    expect(security('/corrections')).to.deep.equal([{ editToken: [] }]);
    expect(Object.keys(openApiDocument.components.securitySchemes)).to.deep.equal(['editToken', 'intakeToken']);
  });

  it('describes every parameter, with the bounds the routes enforce', () => {
    const params = Object.values(openApiDocument.paths).flatMap((ops) =>
      Object.values(ops).flatMap((op) => (op.parameters ?? []) as { name: string; description?: string }[]),
    );
    expect(params.filter((p) => !p.description).map((p) => p.name)).to.deep.equal([]);
    const subgraph = openApiDocument.paths['/subgraph'].get.parameters as {
      name: string;
      required: boolean;
      schema: Record<string, unknown>;
    }[];
    expect(subgraph.find((p) => p.name === 'depth')).to.deep.include({
      required: false,
      schema: { default: 1, type: 'integer', minimum: 1, maximum: 3 },
    });
    expect(subgraph.find((p) => p.name === 'id')?.required).to.equal(true);
  });

  it('documents exactly the routes the API registers', () => {
    // Building the router needs no database: the executor is never called here.
    const router = createApiRouter({
      executor: {} as Executor,
      console: {} as ConsolePool,
      neo4j: { uri: 'bolt://x', mode: 'external' },
      logger: silentLogger,
      nlp: {} as Nlp,
    });
    const registered = routesOf(router as unknown as { stack: unknown[] }).sort();
    const documented = Object.entries(openApiDocument.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(registered).to.deep.equal(documented);
  });
});
