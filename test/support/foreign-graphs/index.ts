/**
 * Deterministic graphs that are not Readout's own, for API and browser tests of exploring foreign data:
 * build one into an empty throwaway Neo4j (`startTestNeo4j(label, { readoutSchema: false })`) and assert
 * on the facts it returns rather than on hard-coded values.
 */
export { buildRetailGraph } from './retail';
export type { CustomerFact, EmployeeFact, ProductFact, RetailFacts } from './retail';
export { buildPoliceGraph } from './police';
export type { PersonRef, PoliceFacts } from './police';
