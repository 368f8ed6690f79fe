import { loadSchemaStatements } from './cypher-loader';
import { Executor } from './executor';

/** Applies cypher/schema.cypher; every statement is idempotent, so this runs at every start. */
export async function applySchema(executor: Executor): Promise<number> {
  const statements = loadSchemaStatements();
  for (const statement of statements) await executor.runSchemaStatement(statement);
  await executor.readText('CALL db.awaitIndexes(60)');
  return statements.length;
}
