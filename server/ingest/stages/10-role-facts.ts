import { coreTitle } from '../knowledge/titles';
import { ArticleContext } from '../context';
import { Stage } from '../stage';

/** Stage 10: HOLDS_ROLE facts for offices whose holder is known (one per person, holder and office). */
export function writeRoleFacts(ctx: ArticleContext): void {
  for (const [personId, roles] of ctx.roles) {
    for (const role of roles) {
      if (!role.holder) continue;
      // "Germany's Olaf Scholz" adds nothing when the text also says which office he holds there.
      if (!role.title && roles.some((r) => r.title && r.holder?.id === role.holder!.id)) continue;
      ctx.addEntity(role.holder);
      ctx.addFact(
        'HOLDS_ROLE',
        personId,
        role.holder.id,
        [role.sentence],
        role.rule,
        { title: role.title },
        coreTitle(role.title),
      );
    }
  }
}

export const roleFactsStage: Stage = {
  name: 'role-facts',
  about: 'HOLDS_ROLE facts: each office the text gives a person, with the state or body it is of',
  run: writeRoleFacts,
};
