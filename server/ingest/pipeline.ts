import { ArticleContext } from './context';
import { Stage } from './stage';
import { sentencesStage } from './stages/01-sentences';
import { findEntityMentions, linkAcronyms } from './stages/02-entities';
import { findHeuristicNames } from './stages/04-heuristic-names';
import { findNameEchoes, namePartsOf } from './stages/05-name-echoes';
import { findAgreementParties, findAgreements } from './stages/06-agreements';
import { findRoles, writeRoleFacts } from './stages/07-roles';
import { findDescriptors, findSalientDescriptors, resolvePeople } from './stages/08-identity';
import { predicatesStage } from './stages/11-predicates';
import { participantsStage } from './stages/12-participants';
import { timeStage } from './stages/13-time';
import { placesStage } from './stages/14-places';
import { eventIdentityStage } from './stages/15-event-identity';
import { storySettingStage } from './stages/16-story-setting';
import { attributionStage } from './stages/17-attribution';
import { eventFactsStage } from './stages/18-event-facts';

/**
 * The extraction pipeline after reading (read/: the page cleaned, its dateline and credits set apart) and
 * annotation (server/nlp: CoreNLP's tokens, tags, lemmas, NER, SUTime dates and dependency parse): the stages, in
 * the order they run over one article context. Their numbers are their files' in stages/.
 */
export const PIPELINE: Stage[] = [
  sentencesStage,
  {
    name: 'entities',
    about: 'countries, outlets, organisations, places and people from gazetteers, patterns and NER',
    run: (ctx) => findEntityMentions(ctx, namePartsOf(ctx)),
  },
  { name: 'acronyms', about: 'an organisation and its acronym are one', run: linkAcronyms },
  {
    name: 'heuristic-names',
    about: 'rules engine only: people and places from capitalisation, as NER would',
    run: (ctx) => (ctx.input.mode === 'rules' ? findHeuristicNames(ctx) : undefined),
  },
  {
    name: 'name-echoes',
    about: 'a surname alone where NER missed it, when a full name in the article or the graph has it',
    run: (ctx) => findNameEchoes(ctx, namePartsOf(ctx)),
  },
  { name: 'agreements', about: 'named agreements and treaties', run: findAgreements },
  { name: 'roles', about: 'offices and their holders around each name', run: findRoles },
  {
    name: 'identity',
    about: 'one person per human being: full names, short forms, misspellings, the graph',
    run: (ctx) => resolvePeople(ctx, ctx.input.known),
  },
  {
    name: 'descriptors',
    about: '"the Chinese President" as the person holding that office',
    run: (ctx) => {
      findDescriptors(ctx, ctx.input.known);
      findSalientDescriptors(ctx);
    },
  },
  { name: 'role-facts', about: 'HOLDS_ROLE facts', run: writeRoleFacts },
  predicatesStage,
  participantsStage,
  timeStage,
  placesStage,
  eventIdentityStage,
  storySettingStage,
  attributionStage,
  eventFactsStage,
  {
    name: 'agreement-parties',
    about: 'PARTY_TO facts',
    run: (ctx) => findAgreementParties(ctx, ctx.sourcePositions),
  },
];

/** Runs every stage over the context, in order. */
export function runPipeline(ctx: ArticleContext): void {
  for (const stage of PIPELINE) stage.run(ctx);
}
