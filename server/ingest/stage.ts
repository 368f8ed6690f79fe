import { ArticleContext } from './context';

/**
 * One step of the extraction pipeline: it reads what the stages before it left in the article context and adds
 * its own part (mentions, facts, tellings, events). Stages run in the order `pipeline.ts` lists them.
 */
export interface Stage {
  name: string;
  /** What it does, in a line: shown by `npm run explain` and in the README's pipeline table. */
  about: string;
  run(ctx: ArticleContext): void;
}
