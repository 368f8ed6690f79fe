import { ArticleContext } from '../context';
import { KnownPeople } from '../knowledge/known-people';
import { APPOSITIVE, COPULA, TAKES_OFFICE } from './07-roles';
import { coreTitle, findTitles } from '../knowledge/titles';
import { gazetteer } from '../knowledge/gazetteer';
import { EntityRef } from '../types';
import { Stage } from '../stage';

/**
 * "the Chinese President", "the UK Prime Minister", "The Ukrainian president", "the prime minister", "his Brazilian
 * counterpart": the one person of the article (or, failing that, of the graph) who holds that office there.
 */
export function findDescriptors(ctx: ArticleContext, known: KnownPeople): void {
  for (const sentence of ctx.sentences) {
    const s = sentence.index;
    const text = sentence.text;
    for (const title of findTitles(text)) {
      const before = text.slice(Math.max(0, title.start - 40), title.start);
      // "the Chinese", "the future Indonesian", "his new": what may stand between the article and the office.
      // "British Prime Minister visits Paris …": a headline-style opening names the office with no article.
      const opening = title.start <= 40 && /^(?:[\p{Lu}][\p{L}.]*['’]?s?\s+){1,3}$/u.test(text.slice(0, title.start));
      const lead = before.match(
        /\b(the|his|her|their)\s+((?:(?:future|new|next|incoming|outgoing|current)\s+)?(?:[\p{Lu}][\p{L}.]*['’]?s?\s+){0,3})$/iu,
      );
      const from = lead ? title.start - lead[0].length : 0;
      if ((!lead && !opening) || ctx.overlaps(s, title.start, title.end)) continue;
      // A name right after the office makes it a title, not a description: "the French President Emmanuel Macron".
      if (
        /^\s*[,:]?\s*[\p{Lu}]/u.test(text.slice(title.end)) &&
        ctx.mentionsIn(s).some((m) => m.entity.kind === 'Person' && m.start >= title.end && m.start <= title.end + 3)
      )
        continue;
      // "James Cleverly, who was the foreign secretary": an office in apposition is that person's title.
      const previous = ctx
        .mentionsIn(s)
        .filter((m) => m.entity.kind === 'Person' && m.end <= title.start)
        .pop();
      const between = previous ? text.slice(previous.end, title.start) : '';
      if (previous && (APPOSITIVE.test(between) || COPULA.test(between) || TAKES_OFFICE.test(between))) continue;
      const leadStart = lead ? title.start - lead[0].length + lead[0].indexOf(lead[2] || lead[0]) : 0;
      const holder = ctx
        .mentionsIn(s)
        .find(
          (m) =>
            m.start >= leadStart - 1 &&
            m.end <= title.start &&
            (m.entity.kind === 'Country' || m.entity.kind === 'Organization'),
        );
      const person = officeHolder(
        ctx,
        known,
        coreTitle(title.title),
        holder?.entity.id ?? null,
        s,
        /\b(?:former|ex|then)\b/i.test(title.title),
      );
      if (!person) continue;
      const start = from;
      ctx.mentions.push({
        sentence: s,
        start,
        end: title.end,
        text: text.slice(start, title.end),
        entity: person,
        rule: 'descriptor',
      });
      ctx.addEntity(
        person,
        text.slice(start, title.end).replace(/^(?:The|His|Her|Their)\b/, (w) => w.toLowerCase()),
      );
    }
  }
}

/**
 * "Iran FM holds talks with his Turkish counterpart in Istanbul": a counterpart named by state alone is the one
 * person the article gives a counterpart's role in that state ("… met his Turkish counterpart Hakan Fidan").
 */
export function findCounterpartDescriptors(ctx: ArticleContext): void {
  for (const sentence of ctx.sentences) {
    const s = sentence.index;
    for (const m of sentence.text.matchAll(/\b(?:his|her|their)\s+(\p{Lu}[\p{L}]+)\s+counterpart\b/gu)) {
      const start = m.index!;
      const end = start + m[0].length;
      // "Turkish" is already the state's mention; a person's is what would stand in the way.
      if (ctx.mentionsIn(s).some((x) => x.entity.kind === 'Person' && x.start < end && start < x.end)) continue;
      // A name right after it: the roles stage made that person the counterpart.
      if (ctx.mentionsIn(s).some((x) => x.entity.kind === 'Person' && x.start >= end && x.start <= end + 3)) continue;
      const state = gazetteer().demonyms.get(m[1].toLowerCase());
      if (!state) continue;
      const holders = [...ctx.roles].filter(([, roles]) =>
        roles.some((r) => r.holder?.id === state.id && r.rule.startsWith('counterpart')),
      );
      const person = holders.length === 1 ? ctx.entities.get(holders[0][0]) : undefined;
      if (!person) continue;
      ctx.mentions.push({ sentence: s, start, end, text: m[0], entity: person, rule: 'counterpart-descriptor' });
      ctx.addEntity(
        person,
        m[0].replace(/^(?:His|Her|Their)\b/, (w) => w.toLowerCase()),
      );
    }
  }
}

/**
 * "The 67-year-old lawmaker", "the veteran politician" opening a sentence: its subject is the person the article
 * is about so far (the most mentioned), when nothing more specific names them.
 */
export function findSalientDescriptors(ctx: ArticleContext): void {
  const pattern =
    /^(?:[^,"“]{1,60},\s+)?(?:The|the)\s+(?:(?:\d+-year-old|veteran|former|new|newly elected|outgoing|incumbent|embattled|seasoned)\s+)+(lawmaker|politician|leader|official|diplomat|statesman|stateswoman|premier|minister|president|prime minister|chancellor)\b(?!\s+\p{Lu})/u;
  for (const sentence of ctx.sentences) {
    const m = sentence.text.match(pattern);
    // "At a press conference after his election, the veteran politician vowed …": an opening phrase may come first.
    const start = m ? m[0].search(/\b(?:The|the)\s/) : 0;
    if (!m || ctx.overlaps(sentence.index, start, m[0].length)) continue;
    const counts = new Map<string, number>();
    for (const x of ctx.mentions)
      if (x.entity.kind === 'Person' && x.sentence < sentence.index)
        counts.set(x.entity.id, (counts.get(x.entity.id) ?? 0) + 1);
    const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (!best || (second && second[1] === best[1])) continue;
    const person = ctx.entities.get(best[0]);
    if (!person) continue;
    ctx.mentions.push({
      sentence: sentence.index,
      start,
      end: m[0].length,
      text: m[0].slice(start),
      entity: person,
      rule: 'salient-descriptor',
    });
    ctx.addEntity(person, m[0].slice(start).replace(/^The\b/, 'the'));
  }
}

/** The office a title names, for comparing a description with a title ("president" with "President"). */
function fitsTitle(title: string | null, office: string): boolean {
  const core = coreTitle(title);
  // "the future Indonesian president" is the president-elect.
  return core === office || core.endsWith(` ${office}`) || core === `${office}-elect` || core === `${office}-designate`;
}

function officeHolder(
  ctx: ArticleContext,
  known: KnownPeople,
  office: string,
  holderId: string | null,
  /** The sentence of the description: evidence for the state it gives the office. */
  sentence: number,
  /** "the former prime minister" describes one who held it; "the prime minister", one who holds it. */
  past = false,
): EntityRef | undefined {
  const leader = /^(president|prime minister|premier|chancellor|leader|king|queen|emir|head of state)$/;
  const fits = (title: string | null, holder: string | null) =>
    (holderId === null || holder === holderId) &&
    (past || !/\b(?:former|ex|then|outgoing)\b/i.test(title ?? '')) &&
    (fitsTitle(title, office) || (office === 'leader' && leader.test(coreTitle(title))));
  const inArticle = [...ctx.roles].filter(([, roles]) => roles.some((r) => fits(r.title, r.holder?.id ?? null)));
  if (inArticle.length === 1) return ctx.entities.get(inArticle[0][0]);
  // "The president stressed …" after "President Sisi pointed out …": the holder named just before.
  if (inArticle.length > 1 && holderId === null) {
    const ids = new Set(inArticle.map(([id]) => id));
    for (let back = sentence - 1; back >= Math.max(0, sentence - 2); back--) {
      const named = [...new Set(ctx.mentionsIn(back).map((m) => m.entity.id))].filter((id) => ids.has(id));
      if (named.length === 1) return ctx.entities.get(named[0]);
      if (named.length > 1) return undefined;
    }
    return undefined;
  }
  if (inArticle.length > 1 || holderId === null) return undefined;
  // "President Abdel Fatah al-Sisi" … "the Egyptian president": the one president the article gives no state
  // is the Egyptian one, unless someone else holds that office in another state here.
  // The text must put them with that state somewhere (a sentence naming both).
  const together = (personId: string) =>
    ctx.sentences.some((x) => {
      const ids = new Set(ctx.mentionsIn(x.index).map((m) => m.entity.id));
      return ids.has(personId) && ids.has(holderId);
    });
  const unplaced = [...ctx.roles].filter(
    ([id, roles]) => roles.some((r) => r.holder === null && fitsTitle(r.title, office)) && together(id),
  );
  if (unplaced.length === 1) {
    const [id, roles] = unplaced[0];
    const role = roles.find((r) => r.holder === null && fitsTitle(r.title, office))!;
    const holder = ctx.entities.get(holderId);
    if (holder) ctx.addRole(id, { ...role, holder, sentence, rule: `${role.rule}+holder-by-descriptor` });
    return ctx.entities.get(id);
  }
  const fromGraph = known.holdersOf(holderId).filter(([, r]) => fits(r.title, holderId));
  const ids = [...new Set(fromGraph.map(([id]) => id))];
  return ids.length === 1 ? known.byId(ids[0]) : undefined;
}

export const descriptorsStage: Stage = {
  name: 'descriptors',
  about: '"the Chinese President" as the person holding that office; "the 70-year-old lawmaker" as the one just named',
  run: (ctx) => {
    findDescriptors(ctx, ctx.input.known);
    findCounterpartDescriptors(ctx);
    findSalientDescriptors(ctx);
  },
};
