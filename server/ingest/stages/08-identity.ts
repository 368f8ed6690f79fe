import { ArticleContext } from '../context';
import { escapeRegex, gazetteer } from '../knowledge/gazetteer';
import { KnownPeople } from '../knowledge/known-people';
import {
  editDistance,
  isMiddleNameVariant,
  isMisspelling,
  isParticle,
  isReversed,
  personEntity,
  personKey,
  significantParts,
  withoutMiddleInitials,
} from '../knowledge/names';
import { GIVEN_NAME_HONORIFICS, HONORIFIC_BEFORE, HONORIFIC_PREFIX } from '../knowledge/lang/en';
import { lookupPlace } from '../knowledge/places';
import { EntityRef, Mention } from '../types';
import { Stage } from '../stage';

/**
 * Who each person mention is. Within the article, full names gather into one person per human being (the same
 * name, a shorter form of it — "Lula da Silva" in "Luiz Inácio Lula da Silva" —, a misspelling, the other name
 * order); short forms ("Xi", "Mr Sunak", "Sir Keir", "President Lula") join the one person they fit, the most
 * mentioned one if two do; the graph's people (earlier articles) stand in for a name this article never spells
 * out, and give a misspelt or reordered name the identity it already has, when exactly one fits.
 */

interface Cluster {
  /** Each full-name spelling with how often the article uses it. */
  names: Map<string, number>;
  mentions: Mention[];
  /** Lower-cased identifying words of every spelling ("sisi" for "al-Sisi"). */
  parts: Set<string>;
  /** The graph's person this is, when it is one. */
  known?: EntityRef;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Identifying words, each also without a particle glued to it ("al-Sisi" → "al-sisi", "sisi"). */
function partsOf(name: string): string[] {
  return significantParts(name).flatMap((t) => {
    const word = fold(t);
    const glued = word.match(/^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|abd|ul)-(.+)$/);
    return glued ? [word, glued[1]] : [word];
  });
}

/** `short`'s identifying words appear in `long`, in order and together ("Lula da Silva" in "Luiz Inácio Lula da Silva"). */
function isShorterForm(short: string, long: string): boolean {
  const a = partsOf(short);
  const b = partsOf(long);
  if (a.length < 2 || a.length > b.length) return false;
  for (let i = 0; i + a.length <= b.length; i++) if (a.every((p, j) => b[i + j] === p)) return true;
  return false;
}

function sameName(a: string, b: string): boolean {
  return (
    personKey(a) === personKey(b) ||
    personKey(withoutMiddleInitials(a)) === personKey(withoutMiddleInitials(b)) ||
    isShorterForm(a, b) ||
    isShorterForm(b, a) ||
    isMisspelling(a, b) ||
    isMiddleNameVariant(a, b) ||
    isReversed(a, b)
  );
}

const mentionCount = (c: Cluster) => c.mentions.length;

/** The spelling to show: the most complete; among misspellings, the one whose words the article uses most. */
function canonicalName(cluster: Cluster, ctx: ArticleContext): string {
  const articleText = fold(ctx.sentences.map((s) => s.text).join(' '));
  const uses = (name: string) =>
    partsOf(name).reduce((n, p) => n + (articleText.match(new RegExp(`\\b${escapeRegex(p)}\\b`, 'g'))?.length ?? 0), 0);
  return [...cluster.names.entries()].sort(
    ([a, na], [b, nb]) => partsOf(b).length - partsOf(a).length || uses(b) - uses(a) || nb - na,
  )[0][0];
}

/** The graph's person a cluster is, when exactly one fits (the same name, misspelt, reversed, shorter or longer). */
function knownMatch(name: string, known: KnownPeople): EntityRef | undefined {
  const exact = known.byId(personEntity(name).id);
  if (exact) return exact;
  const near = known.all().filter(
    (p) =>
      isMisspelling(p.name, name) ||
      isReversed(p.name, name) ||
      isShorterForm(name, p.name) ||
      // "Ali Bagheri Kani" in this article, "Ali Bagheri" in the graph: one person, whichever came first.
      isShorterForm(p.name, name),
  );
  return near.length === 1 ? near[0] : undefined;
}

/** The honorific a mention opens with or follows ("Sheikh" in "Sheikh Hasina", "… Mr |Sunak"), if any. */
function honorificOf(ctx: ArticleContext, m: Mention): string | null {
  const before = ctx.text(m.sentence).slice(Math.max(0, m.start - 16), m.start);
  const found = HONORIFIC_PREFIX.exec(m.text)?.[0] ?? HONORIFIC_BEFORE.exec(before)?.[0];
  return found ? found.trim().replace(/\.$/, '') : null;
}

/**
 * "Sheikh Hasina", "Prince Harry": a person the page names by one name only, after an honorific of the given name,
 * is known by the two words together (the honorific alone would be a title; the name alone, anyone's).
 */
function knownWithHonorific(ctx: ArticleContext, cluster: Cluster): void {
  for (const m of cluster.mentions) {
    const word = honorificOf(ctx, m)?.split(/\s+/).pop() ?? '';
    if (!GIVEN_NAME_HONORIFICS.has(word.toLowerCase())) continue;
    const name = [...cluster.names.keys()][0];
    cluster.names = new Map([[`${word} ${name}`, cluster.mentions.length]]);
    return;
  }
}

/** Stage: one entity per person, every person mention pointing at it. */
export function resolvePeople(ctx: ArticleContext, known: KnownPeople): void {
  const people = ctx.mentions.filter((m) => m.entity.kind === 'Person');
  const clusters: Cluster[] = [];
  const full = people.filter((m) => partsOf(m.entity.name).length >= 2);
  full.sort((a, b) => partsOf(b.entity.name).length - partsOf(a.entity.name).length);
  for (const m of full) {
    const name = m.entity.name;
    const fits = clusters.filter((c) => [...c.names.keys()].some((n) => sameName(n, name)));
    const cluster = fits.sort((a, b) => mentionCount(b) - mentionCount(a))[0];
    if (cluster) {
      cluster.names.set(name, (cluster.names.get(name) ?? 0) + 1);
      cluster.mentions.push(m);
      for (const p of partsOf(name)) cluster.parts.add(p);
    } else clusters.push({ names: new Map([[name, 1]]), mentions: [m], parts: new Set(partsOf(name)) });
  }
  // Short forms: the one person they fit, the most mentioned if several; else someone the graph knows; else a
  // person known by one name (Suharto, Prabowo).
  const unique = known.uniqueNameParts();
  for (const m of people.filter((p) => partsOf(p.entity.name).length < 2)) {
    const word = partsOf(m.entity.name)[0] ?? fold(m.entity.name);
    const fits = clusters.filter((c) => c.parts.has(word));
    const cluster = fits.sort((a, b) => mentionCount(b) - mentionCount(a))[0];
    if (cluster) {
      cluster.mentions.push(m);
      continue;
    }
    // "Donoghue" after "Joan Donogue": one letter apart in a long surname is the same person.
    const near = clusters.filter(
      (c) => word.length >= 6 && [...c.parts].some((p) => p.length >= 6 && editDistance(p, word) === 1),
    );
    if (near.length === 1) {
      near[0].mentions.push(m);
      continue;
    }
    const graphPerson = [...unique].find(([part]) => fold(part) === word)?.[1];
    if (graphPerson) {
      const c = clusters.find((x) => x.known?.id === graphPerson.id);
      if (c) c.mentions.push(m);
      else
        clusters.push({
          names: new Map([[graphPerson.name, 0]]),
          mentions: [m],
          parts: new Set(partsOf(graphPerson.name)),
          known: graphPerson,
        });
      continue;
    }
    // One name alone, no one else's: a person known by one name (Suharto, Prabowo) when something says it is a
    // person (an honorific, an office, a noun before it) or the article names them more than once and not as a
    // place ("jolted Westminster" is neither).
    // "former dictator Suharto": a common noun right before a lone name describes a person.
    const previous = ctx.sentences[m.sentence].tokens.filter((t) => t.end <= m.start).pop();
    const described = previous?.pos === 'NOUN' && previous.text === previous.text.toLowerCase();
    const addressed = described || honorificOf(ctx, m) !== null || (ctx.roles.get(m.entity.id)?.length ?? 0) > 0;
    const occurrences = people.filter((p) => fold(p.entity.name) === fold(m.entity.name)).length;
    if (
      !addressed &&
      (occurrences < 2 || lookupPlace(m.entity.name).length > 0 || gazetteer().byForm.has(m.entity.name.toLowerCase()))
    ) {
      ctx.removeMention(m);
      continue;
    }
    clusters.push({ names: new Map([[m.entity.name, 1]]), mentions: [m], parts: new Set([word]) });
  }
  for (const cluster of clusters) if (!cluster.known && cluster.parts.size === 1) knownWithHonorific(ctx, cluster);
  for (const cluster of clusters) {
    const name = cluster.known?.name ?? canonicalName(cluster, ctx);
    const entity = cluster.known ?? knownMatch(name, known) ?? personEntity(name);
    if (!ctx.entities.has(entity.id) && known.byId(entity.id)) ctx.knownPeople.set(entity.id, entity);
    for (const m of cluster.mentions) {
      const before = m.entity.id;
      if (before === entity.id && m.entity.name === entity.name) continue;
      ctx.retarget(m, entity, 'identity');
      if (before !== entity.id) {
        ctx.renameEntity(before, entity.id);
        if (!ctx.mentions.some((x) => x.entity.id === before)) ctx.entities.delete(before);
      }
    }
    ctx.entities.set(entity.id, entity);
  }
  findShortForms(ctx, clusters);
}

/** Words NER left untagged that are a person's unique name part ("Xi said", "Lavrov reiterated"). */
function findShortForms(ctx: ArticleContext, clusters: Cluster[]): void {
  const owners = new Map<string, Cluster[]>();
  for (const c of clusters)
    for (const p of c.parts) if (p.length >= 2 && !isParticle(p)) owners.set(p, [...(owners.get(p) ?? []), c]);
  for (const s of ctx.sentences) {
    for (const t of s.tokens) {
      if (!/^\p{Lu}\p{Ll}/u.test(t.text) || ctx.overlaps(s.index, t.start, t.end)) continue;
      const list = owners.get(fold(t.text));
      if (list?.length !== 1 || gazetteer().byForm.has(t.text.toLowerCase())) continue;
      const entity = ctx.entities.get(list[0].mentions[0].entity.id) ?? list[0].mentions[0].entity;
      ctx.addMention({ sentence: s.index, start: t.start, end: t.end, text: t.text, entity, rule: 'short-name' });
    }
  }
}

export const identityStage: Stage = {
  name: 'identity',
  about: 'one person per human being: full names, short forms, misspellings, the graph',
  run: (ctx) => resolvePeople(ctx, ctx.input.known),
};
