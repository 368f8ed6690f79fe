import { ContractViolation } from '../../server/api/response-check';

/** Answers that broke the API contract since the last test ended (test/setup.ts fails the run on any). */
const seen: ContractViolation[] = [];

export const recordContractViolation = (violation: ContractViolation): void => {
  seen.push(violation);
};

/** The violations seen so far, forgotten once taken. */
export function takeContractViolations(): ContractViolation[] {
  return seen.splice(0, seen.length);
}
