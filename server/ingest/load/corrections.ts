import { eventSense } from '../knowledge/event-lexicon';
import { ArticleGraph, EntityRef, Fact, FactType, Mention } from '../types';

/**
 * A person's fix to what extraction made, kept as a record and applied to every article's extraction each time
 * it is (re)loaded, so re-ingesting never undoes it. Each kind says what it changes; the loader applies them in
 * the order they were made (a later correction sees the ids an earlier one left).
 */
export type CorrectionChange =
  /**
   * Two nodes for one thing: `absorb` folds into `keep` (mentions, facts, aliases). `tellings`: when `absorb` is an
   * event several articles told, the ids of the tellings folded into it when the merge was made (its mergedFrom).
   * Those articles name the event by them until consolidation folds them, which it cannot do once the absorbed
   * node is gone: the merge takes them to `keep` itself, on every load (absent on merges recorded before it).
   */
  | { kind: 'merge'; keep: EntityTarget; absorb: EntityTarget; tellings?: string[] }
  /** One node for two things: mentions worded `alias` (and the facts only they support) go to `into`. */
  | { kind: 'split'; entity: string; alias: string; into: EntityTarget }
  /** A fact extraction got wrong; `key` absent rejects every fact of that type between the two. */
  | { kind: 'reject'; fact: FactRef }
  /** An event's date or kind. */
  | { kind: 'fix-event'; event: string; date?: string; eventKind?: string; name: string }
  /** An entity's canonical name (the old one stays an alias: the texts used it). */
  | { kind: 'rename'; entity: string; name: string };

/**
 * Not made by people, never stored: an event telling an earlier load folded into another event (consolidate.ts),
 * folded there again when its article is loaded again for a correction, so that making and undoing one leaves the
 * events as they were (the service derives these from the graph's `mergedFrom`).
 */
export interface FoldChange {
  kind: 'fold';
  from: string;
  into: EntityTarget;
}

export interface EntityTarget {
  id: string;
  name: string;
  kind: EntityRef['kind'];
}

export interface FactRef {
  type: FactType;
  from: string;
  to: string;
  key?: string;
}

export interface ActiveCorrection {
  id: string;
  change: CorrectionChange | FoldChange;
}

type Aliased = EntityRef & { aliases?: string[] };
type EventProps = NonNullable<EntityRef['props']>;

const aliasesOf = (e: Aliased) => e.aliases ?? [e.name];
const union = (a: string[], b: string[]) => [...a, ...b.filter((x) => !a.includes(x))];
const sameWords = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/** The graph with one entity's references pointed elsewhere (facts between the same ends joined, loops dropped). */
function repoint(graph: ArticleGraph, from: string, to: Aliased): ArticleGraph {
  const outlet = graph.article.outlet?.id === from ? to : graph.article.outlet;
  const mentions = graph.mentions.map((m) => (m.entity.id === from ? { ...m, entity: to } : m));
  const facts = graph.facts.map((f) => ({
    ...f,
    from: f.from === from ? to.id : f.from,
    to: f.to === from ? to.id : f.to,
  }));
  return { ...graph, article: { ...graph.article, outlet }, mentions, facts: joinFacts(facts) };
}

/** Facts that became the same fact (same type, ends and key) are one, with both's sentences; loops go. */
function joinFacts(facts: Fact[]): Fact[] {
  const byKey = new Map<string, Fact>();
  for (const moved of facts) {
    if (moved.from === moved.to) continue;
    const key = `${moved.type}|${moved.from}|${moved.to}|${moved.key}`;
    const seen = byKey.get(key);
    if (seen) seen.sentences = [...new Set([...seen.sentences, ...moved.sentences])];
    else byKey.set(key, { ...moved, sentences: [...moved.sentences] });
  }
  return [...byKey.values()];
}

function merge(graph: ArticleGraph, keep: EntityTarget, absorb: EntityTarget): ArticleGraph {
  const absorbed = graph.entities.find((e) => e.id === absorb.id) as Aliased | undefined;
  const outletAbsorbed = graph.article.outlet?.id === absorb.id;
  if (!absorbed && !outletAbsorbed) return graph;
  const kept = graph.entities.find((e) => e.id === keep.id) as Aliased | undefined;
  const source = (absorbed ?? graph.article.outlet) as Aliased;
  // The kept node's own properties (an event's date and kind) come from its own articles, never the absorbed one's.
  // Without the kept node in this article, only the absorbed names are this article's to add: the kept node's
  // name as recorded with the correction may be one another correction gave it, since undone.
  const target: Aliased = {
    ...(kept ?? { ...keep, props: {} }),
    aliases: union(kept ? aliasesOf(kept) : [], aliasesOf(source)),
  };
  const repointed = repoint(graph, absorb.id, target);
  const entities = repointed.entities.filter((e) => e.id !== absorb.id).map((e) => (e.id === keep.id ? target : e));
  if (!kept && absorbed) entities.push(target);
  return { ...repointed, entities };
}

function split(graph: ArticleGraph, entity: string, alias: string, into: EntityTarget): ArticleGraph {
  const worded = (m: Mention) => m.entity.id === entity && sameWords(m.text, alias);
  const moved = graph.mentions.filter(worded);
  if (moved.length === 0) return graph;
  const original = graph.entities.find((e) => e.id === entity) as Aliased | undefined;
  const target: Aliased = { ...(original ?? moved[0].entity), ...into, aliases: [alias] };
  const mentions = graph.mentions.map((m) => (worded(m) ? { ...m, entity: target } : m));
  // A fact moves when every sentence stating it names the entity only by the alias split off.
  const byOtherWords = new Set(
    graph.mentions.filter((m) => m.entity.id === entity && !worded(m)).map((m) => m.sentence),
  );
  const onlyAlias = (f: Fact) => f.sentences.every((s) => !byOtherWords.has(s));
  const facts = graph.facts.map((f) =>
    (f.from === entity || f.to === entity) && onlyAlias(f)
      ? { ...f, from: f.from === entity ? into.id : f.from, to: f.to === entity ? into.id : f.to }
      : f,
  );
  const stillUsed =
    mentions.some((m) => m.entity.id === entity) || facts.some((f) => f.from === entity || f.to === entity);
  const entities = graph.entities
    .filter((e) => e.id !== entity || stillUsed)
    .map((e) => (e.id === entity ? { ...e, aliases: aliasesOf(e).filter((a) => !sameWords(a, alias)) } : e));
  if (!entities.some((e) => e.id === into.id)) entities.push(target);
  return { ...graph, mentions, facts: joinFacts(facts), entities };
}

/** As consolidation folds: the telling's mentions and facts move, its words join the event's aliases, not its name. */
function fold(graph: ArticleGraph, from: string, into: EntityTarget): ArticleGraph {
  const telling = graph.entities.find((e) => e.id === from) as Aliased | undefined;
  if (!telling) return graph;
  const kept = graph.entities.find((e) => e.id === into.id) as Aliased | undefined;
  const words = aliasesOf(telling).filter((a) => a !== telling.name);
  const target: Aliased = { ...(kept ?? { ...into, props: {} }), aliases: union(kept ? aliasesOf(kept) : [], words) };
  const repointed = repoint(graph, from, target);
  const entities = repointed.entities.filter((e) => e.id !== from).map((e) => (e.id === into.id ? target : e));
  if (!kept) entities.push(target);
  return { ...repointed, entities };
}

/** An absorbed event's tellings folded into it first, as the correction's own reload folds them (refolds). */
const tellingsFolded = (graph: ArticleGraph, tellings: string[] = [], into: EntityTarget) =>
  tellings.reduce((out, telling) => fold(out, telling, into), graph);

const matchesFact = (f: Fact, ref: FactRef) =>
  f.type === ref.type && f.from === ref.from && f.to === ref.to && (ref.key === undefined || f.key === ref.key);

/** A kind's family and CAMEO code as the lexicon gives them, for a kind a person typed. */
function kindFamily(eventKind: string) {
  const sense = eventSense(eventKind, 'NOUN', { plural: /s$/.test(eventKind) });
  return { family: sense?.family ?? null, familyLabel: sense?.familyName ?? null, cameo: sense?.cameo ?? null };
}

/**
 * What the articles told of an event before a person fixed its kind or date, kept on the node beside the fix:
 * consolidation folds tellings by what was told, so a fix never makes or breaks a fold (undoing it could not
 * give the telling back), and undoing the last fix puts the told values back. Set by the first fix only, and
 * only from an article's own telling: an event another telling was folded into carries no told values here (its
 * node holds them: the first fix is applied to the node before any reload), only the mark that it is fixed, so
 * that a second fix does not take the first one's values for what was told.
 */
export function toldProps(name: string, props: EventProps): EventProps {
  if (props.corrected) return {};
  if (props.kind === undefined) return { corrected: true };
  return {
    corrected: true,
    toldName: name,
    toldKind: props.kind ?? null,
    toldCameo: props.cameo ?? null,
    toldFamily: props.family ?? null,
    toldFamilyLabel: props.familyLabel ?? null,
    toldDate: props.date ?? null,
    toldDateRule: props.dateRule ?? null,
  };
}

function fixEvent(graph: ArticleGraph, change: Extract<CorrectionChange, { kind: 'fix-event' }>): ArticleGraph {
  const entities = graph.entities.map((e) =>
    e.id === change.event
      ? {
          ...e,
          name: change.name,
          props: {
            ...e.props,
            ...toldProps(e.name, e.props ?? {}),
            ...(change.date ? { date: change.date, dateRule: 'corrected' } : {}),
            ...(change.eventKind ? { kind: change.eventKind, ...kindFamily(change.eventKind) } : {}),
          },
        }
      : e,
  );
  return { ...graph, entities };
}

const renamed = (graph: ArticleGraph, entity: string, name: string): ArticleGraph => ({
  ...graph,
  entities: graph.entities.map((e) =>
    e.id === entity ? { ...e, name, aliases: union(aliasesOf(e as Aliased), [name]) } : e,
  ),
});

/** Who takes part in an event, as an article's facts say. */
const partiesOf = (graph: ArticleGraph, event: string) =>
  [...new Set(graph.facts.filter((f) => f.type === 'PARTICIPATED_IN' && f.to === event).map((f) => f.from))]
    .sort()
    .join('|');

/**
 * One article's extraction with every active correction applied, oldest first. Pure. A fold stood on the
 * telling having the same parties as the event it joined; when a split says one of them was someone else (the
 * surname was his brother), the fold falls and consolidation judges the telling anew, as it would when the
 * articles are ingested again. Merges and the rest leave folds standing: they make things more the same, and
 * undoing them must put every telling back where it was.
 */
export function applyCorrections(graph: ArticleGraph, corrections: ActiveCorrection[]): ArticleGraph {
  const made = corrections.filter((c) => c.change.kind !== 'fold');
  if (made.length === corrections.length || !made.some((c) => c.change.kind === 'split'))
    return applyInOrder(graph, corrections);
  const withSplits = applyInOrder(graph, made);
  const withoutSplits = applyInOrder(
    graph,
    made.filter((c) => c.change.kind !== 'split'),
  );
  const standing = corrections.filter(
    ({ change }) =>
      change.kind !== 'fold' || partiesOf(withSplits, change.from) === partiesOf(withoutSplits, change.from),
  );
  return applyInOrder(graph, standing);
}

function applyInOrder(graph: ArticleGraph, corrections: ActiveCorrection[]): ArticleGraph {
  let out = graph;
  for (const { change } of corrections) {
    if (change.kind === 'merge')
      out = merge(tellingsFolded(out, change.tellings, change.absorb), change.keep, change.absorb);
    else if (change.kind === 'split') out = split(out, change.entity, change.alias, change.into);
    else if (change.kind === 'reject') out = { ...out, facts: out.facts.filter((f) => !matchesFact(f, change.fact)) };
    else if (change.kind === 'fix-event') out = fixEvent(out, change);
    else if (change.kind === 'fold') out = fold(out, change.from, change.into);
    else out = renamed(out, change.entity, change.name);
  }
  return out;
}

/** The ids a correction touches: the articles naming any of them are the ones to load again. */
export function touchedIds(change: CorrectionChange): string[] {
  switch (change.kind) {
    case 'merge':
      return [change.keep.id, change.absorb.id];
    case 'split':
      return [change.entity, change.into.id];
    case 'reject':
      return [change.fact.from, change.fact.to];
    case 'fix-event':
      return [change.event];
    case 'rename':
      return [change.entity];
  }
}

/**
 * The facts rejected, as the graph is to be without them after every load: a reject names the fact by the ends
 * a person saw, which an article's extraction may name otherwise until events are folded (consolidate.ts).
 */
export function rejectedFacts(corrections: ActiveCorrection[]) {
  return corrections.flatMap(({ change }) =>
    change.kind === 'reject' ? [{ ...change.fact, key: change.fact.key ?? null }] : [],
  );
}

/**
 * What must hold on nodes whatever articles are loaded (a node keeps its first name, and aliases only grow):
 * names set by rename and fix-event, aliases taken off by split. Applied after every load.
 */
export interface NodeFix {
  id: string;
  name: string | null;
  date: string | null;
  eventKind: string | null;
  /** The kind's family and CAMEO code, when a fix changes the kind (the lexicon's, for a kind it knows). */
  family: string | null;
  familyLabel: string | null;
  cameo: string | null;
  dropAlias: string | null;
}

export function nodeFixes(corrections: ActiveCorrection[]): NodeFix[] {
  const fix = (id: string, values: Partial<NodeFix>): NodeFix => ({
    id,
    name: null,
    date: null,
    eventKind: null,
    family: null,
    familyLabel: null,
    cameo: null,
    dropAlias: null,
    ...values,
  });
  return corrections.flatMap(({ change }) => {
    if (change.kind === 'rename') return [fix(change.entity, { name: change.name })];
    if (change.kind === 'fix-event') {
      const family = change.eventKind ? kindFamily(change.eventKind) : {};
      return [
        fix(change.event, {
          name: change.name,
          date: change.date ?? null,
          eventKind: change.eventKind ?? null,
          ...family,
        }),
      ];
    }
    if (change.kind === 'split')
      return [fix(change.entity, { dropAlias: change.alias }), fix(change.into.id, { name: change.into.name })];
    return [];
  });
}
