import { ArticleContext } from './context';
import { Stage } from './stage';
import { sentencesStage } from './stages/01-sentences';
import { entitiesStage } from './stages/02-entities';
import { acronymsStage } from './stages/03-acronyms';
import { heuristicNamesStage } from './stages/04-heuristic-names';
import { nameEchoesStage } from './stages/05-name-echoes';
import { agreementsStage } from './stages/06-agreements';
import { rolesStage } from './stages/07-roles';
import { identityStage } from './stages/08-identity';
import { descriptorsStage } from './stages/09-descriptors';
import { roleFactsStage } from './stages/10-role-facts';
import { predicatesStage } from './stages/11-predicates';
import { participantsStage } from './stages/12-participants';
import { timeStage } from './stages/13-time';
import { placesStage } from './stages/14-places';
import { eventIdentityStage } from './stages/15-event-identity';
import { storySettingStage } from './stages/16-story-setting';
import { attributionStage } from './stages/17-attribution';
import { eventFactsStage } from './stages/18-event-facts';
import { agreementPartiesStage } from './stages/19-agreement-parties';

/**
 * The extraction pipeline after reading (read/: the page cleaned, its dateline and credits set apart) and
 * annotation (server/nlp: CoreNLP's tokens, tags, lemmas, NER, SUTime dates and dependency parse): the stages, in
 * the order they run over one article context, each in the file of stages/ its number names. Stages 1–10 find the
 * names (people, states, places, outlets, agreements) and offices; 11–18 the events, read from the parse; 19 who is
 * party to each agreement.
 */
export const PIPELINE: Stage[] = [
  sentencesStage,
  entitiesStage,
  acronymsStage,
  heuristicNamesStage,
  nameEchoesStage,
  agreementsStage,
  rolesStage,
  identityStage,
  descriptorsStage,
  roleFactsStage,
  predicatesStage,
  participantsStage,
  timeStage,
  placesStage,
  eventIdentityStage,
  storySettingStage,
  attributionStage,
  eventFactsStage,
  agreementPartiesStage,
];

/** Runs every stage over the context, in order. */
export function runPipeline(ctx: ArticleContext): void {
  for (const stage of PIPELINE) stage.run(ctx);
}
