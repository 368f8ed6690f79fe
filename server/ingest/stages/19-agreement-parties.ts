import { Stage } from '../stage';
import { findAgreementParties } from './06-agreements';

/**
 * Stage 19: PARTY_TO facts, once the events are known: the signatories of the signing that concludes an agreement,
 * else what the sentence says (between, subject, pair, group), then each ordinary agreement's node named and keyed
 * by its parties (server/ingest/stages/06-agreements.ts holds the rules, shared with stage 6).
 */
export const agreementPartiesStage: Stage = {
  name: 'agreement-parties',
  about: 'PARTY_TO facts: signatories of the signing, parties between, subject or pair',
  run: (ctx) => findAgreementParties(ctx, ctx.sourcePositions),
};
