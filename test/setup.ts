import { stopSharedTestNeo4j } from './support/neo4j';

/** Mocha global teardown: the shared throwaway Neo4j never outlives the test run. */
export async function mochaGlobalTeardown(): Promise<void> {
  await stopSharedTestNeo4j();
}
