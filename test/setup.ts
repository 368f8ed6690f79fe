import { takeContractViolations } from './support/contract-violations';
import { stopSharedTestNeo4j } from './support/neo4j';
import { stopSharedTestNlp } from './support/nlp';
import { stopRuleNlp } from './support/rule-nlp';

/** Mocha global teardown: the shared throwaway Neo4j and the NLP process never outlive the test run. */
export async function mochaGlobalTeardown(): Promise<void> {
  await Promise.all([stopSharedTestNeo4j(), stopSharedTestNlp(), stopRuleNlp()]);
}

/**
 * Every app the tests build checks its JSON answers against the API contract (test/support/app.ts); a test whose
 * requests got an answer that breaks it fails here, naming the route, the status and what was wrong.
 */
export const mochaHooks = {
  afterEach(): void {
    const violations = takeContractViolations();
    if (violations.length > 0)
      throw new Error(
        'Answers broke the API contract (server/api/contract):\n' +
          violations.map((v) => `  ${v.method} ${v.path} ${v.status}: ${v.problem}`).join('\n'),
      );
  },
};
