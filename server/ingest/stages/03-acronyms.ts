import { ArticleContext } from '../context';
import { Stage } from '../stage';

const STOP = new Set(['of', 'the', 'and', 'for', 'de', 'la', '&']);

/** "International Olympic Committee" → "IOC"; "Nippon Steel Corporation" → "NSC". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/**
 * Stage: an organisation and its acronym are one entity: "the International Olympic Committee (IOC)", "Nippon
 * Steel Corporation … NSC". When the gazetteer knows one of the two, its entity is kept.
 */
export function linkAcronyms(ctx: ArticleContext): void {
  const orgs = ctx.mentions.filter((m) => m.entity.kind === 'Organization' || m.entity.kind === 'Outlet');
  const named = orgs.filter((m) => /\s/.test(m.entity.name));
  for (const short of orgs.filter((m) => /^[A-Z]{2,6}$/.test(m.text))) {
    const text = ctx.text(short.sentence);
    const explained = named.find(
      (m) =>
        m.sentence === short.sentence &&
        /^\s*\($/.test(text.slice(m.end, short.start)) &&
        m.entity.id !== short.entity.id,
    );
    const long =
      explained ?? named.find((m) => initials(m.entity.name) === short.text && m.entity.id !== short.entity.id);
    if (!long) continue;
    // The gazetteer's entity, when one of the two is known; else the spelled-out name.
    const keep = short.rule.startsWith('gazetteer') && !long.rule.startsWith('gazetteer') ? short.entity : long.entity;
    const drop = keep === short.entity ? long.entity : short.entity;
    for (const m of ctx.mentions.filter((x) => x.entity.id === drop.id)) ctx.retarget(m, keep, 'acronym');
    ctx.entities.delete(drop.id);
  }
}

export const acronymsStage: Stage = {
  name: 'acronyms',
  about: 'an organisation and its acronym are one ("the International Olympic Committee (IOC)")',
  run: linkAcronyms,
};
