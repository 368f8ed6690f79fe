import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../server/config';
import { Executor } from '../../../server/db/executor';

/** Neo4j's Movies example (test/fixtures/movies.cypher), statement by statement: schema apart, as Neo4j wants. */
export async function loadMoviesGraph(executor: Executor): Promise<void> {
  const script = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/movies.cypher'), 'utf8');
  for (const statement of script
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (/^CREATE (CONSTRAINT|INDEX)/.test(statement)) await executor.runSchemaStatement(statement);
    else await executor.write((tx) => tx.run(statement));
  }
}
