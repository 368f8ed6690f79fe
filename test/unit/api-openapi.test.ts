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
  it('is a valid OpenAPI 3 document', async () => {
    await SwaggerParser.validate(structuredClone(openApiDocument) as never);
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
