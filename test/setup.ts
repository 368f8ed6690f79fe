import { stopSharedTestNeo4j } from './support/neo4j';
import { stopSharedTestNlp } from './support/nlp';
import { stopRuleNlp } from './support/rule-nlp';

/** Mocha global teardown: the shared throwaway Neo4j and the NLP process never outlive the test run. */
export async function mochaGlobalTeardown(): Promise<void> {
  await Promise.all([stopSharedTestNeo4j(), stopSharedTestNlp(), stopRuleNlp()]);
}
