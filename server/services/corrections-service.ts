import { randomUUID } from 'node:crypto';
import { Executor, WriteTx } from '../db/executor';
import { ConflictError, NotFoundError } from '../errors';
import { ActiveCorrection, CorrectionChange, EntityTarget, touchedIds } from '../ingest/load/corrections';
import { slug } from '../ingest/knowledge/gazetteer';
import { kindLabel } from '../ingest/events';
import { activeCorrections, applyGraphFixes, writeArticles } from '../ingest/load/load';
import { unpackExtraction } from '../ingest/load/stored-extraction';
import { ENTITY_KINDS, EntityKind } from '../ingest/types';
import { ChangeFeed } from './change-feed';
import type { CorrectionInput } from '../api/contract';

export interface CorrectionRecord {
  id: string;
  kind: CorrectionChange['kind'];
  change: CorrectionChange;
  /** The entities it touches (the side panel lists a node's corrections by these). */
  entityIds: string[];
  who: string;
  why: string;
  at: string;
  /** What the targets were before it: undoing it restores these. */
  replaced: Record<string, unknown>;
  undoneAt: string | null;
  undoneBy: string | null;
  undoneWhy: string | null;
  /** The articles loaded again when it was made. */
  articles: string[];
}

export interface CorrectionOutcome {
  correction: CorrectionRecord;
  /** Articles loaded again with the corrections in force. */
  reloaded: number;
  /** Articles loaded before extractions were kept: ingest them again for the correction to reach them. */
  notReloaded: string[];
}

interface EntityRow {
  id: string;
  name: string;
  kind: string | null;
  aliases: string[];
  date: string | null;
  eventKind: string | null;
  mergedFrom: string[];
}

const eventLabel = (kind: string | null) => (kind ? kindLabel(kind) : '');

/** An event's name after its kind or date changed: "Call: A – B, 2022-06-15" keeps its parties. */
export function eventName(old: EntityRow, kind: string | null, date: string | null): string {
  const oldLabel = eventLabel(old.eventKind);
  let parties = old.name;
  if (oldLabel && parties.startsWith(`${oldLabel}: `)) parties = parties.slice(oldLabel.length + 2);
  if (old.date && parties.endsWith(`, ${old.date}`)) parties = parties.slice(0, -(old.date.length + 2));
  const label = eventLabel(kind);
  return `${label ? `${label}: ` : ''}${parties}${date ? `, ${date}` : ''}`;
}

const toRecord = (plain: Record<string, unknown>): CorrectionRecord => ({
  id: String(plain.id),
  kind: plain.kind as CorrectionRecord['kind'],
  change: JSON.parse(String(plain.change)) as CorrectionChange,
  entityIds: (plain.entityIds as string[]) ?? [],
  who: String(plain.who),
  why: String(plain.why),
  at: String(plain.at),
  replaced: JSON.parse(String(plain.replaced)) as Record<string, unknown>,
  undoneAt: (plain.undoneAt as string | undefined) ?? null,
  undoneBy: (plain.undoneBy as string | undefined) ?? null,
  undoneWhy: (plain.undoneWhy as string | undefined) ?? null,
  articles: (plain.articles as string[]) ?? [],
});

/**
 * The articles a correction changes, to load again: those naming what a merge absorbs (by its id or a telling's
 * folded into it) or a split divides (by their extraction or the graph), those stating a rejected fact, and those
 * it was applied to before. A rename or an event's fix needs none: they hold on the node whatever is loaded.
 */
function reloadScope(change: CorrectionChange, replaced: Record<string, unknown>, before: string[]) {
  const factArticles = () =>
    ((replaced.facts ?? []) as { properties: { articles?: string[] } }[]).flatMap((f) => f.properties.articles ?? []);
  const entityIds =
    change.kind === 'merge'
      ? [change.absorb.id, ...(change.tellings ?? [])]
      : change.kind === 'split'
        ? [change.entity, change.into.id]
        : [];
  const articleIds = change.kind === 'reject' ? [...before, ...factArticles()] : before;
  return { entityIds, articleIds: [...new Set(articleIds)] };
}

/**
 * Corrections as records: each one is checked against the graph, stored (who, when, why, what it replaced) and
 * applied by loading the articles it touches again from their stored extractions with every correction in force
 * (the loader does the same on every later ingest); undoing one restores what it replaced and loads them again.
 * Everything happens in one write transaction under the writers' lock: all of it or none of it.
 */
export class CorrectionsService {
  constructor(
    private readonly executor: Executor,
    private readonly changes: ChangeFeed = new ChangeFeed(),
  ) {}

  async list(entityId: string | null, includeUndone: boolean, limit = 200): Promise<CorrectionRecord[]> {
    const rows = await this.executor.read('corrections/list', { entityId, includeUndone, limit });
    return rows.map((r) => toRecord(r.correction as Record<string, unknown>));
  }

  async create(input: CorrectionInput): Promise<CorrectionOutcome> {
    return this.told(
      await this.executor.write(async (tx) => {
        await tx.runNamed('ingest/take-write-lock', {});
        const { change, replaced } = await this.plan(tx, input);
        const affected = await tx.runNamed('corrections/affected-articles', reloadScope(change, replaced, []));
        const [row] = await tx.runNamed('corrections/create', {
          id: randomUUID(),
          kind: change.kind,
          change: JSON.stringify(change),
          entityIds: touchedIds(change),
          articles: affected.map((a) => a.articleId),
          who: input.who,
          why: input.why,
          replaced: JSON.stringify(replaced),
        });
        const outcome = await this.reload(tx, affected);
        return { correction: toRecord(row.correction as Record<string, unknown>), ...outcome };
      }),
    );
  }

  async undo(id: string, who: string, why: string): Promise<CorrectionOutcome> {
    return this.told(
      await this.executor.write(async (tx) => {
        await tx.runNamed('ingest/take-write-lock', {});
        const [existing] = await tx.runNamed('corrections/one', { id });
        if (!existing) throw new NotFoundError(`No correction ${id}.`);
        const record = toRecord(existing.correction as Record<string, unknown>);
        if (record.undoneAt) throw new ConflictError(`Correction ${id} was already undone on ${record.undoneAt}.`);
        const [row] = await tx.runNamed('corrections/undo', { id, who, why });
        await this.restore(tx, record);
        const scope = reloadScope(record.change, record.replaced, record.articles);
        const outcome = await this.reload(tx, await tx.runNamed('corrections/affected-articles', scope));
        return { correction: toRecord(row.correction as Record<string, unknown>), ...outcome };
      }),
    );
  }

  /** Open pages hear of it once it committed: they show the touched nodes as they now are. */
  private told(outcome: CorrectionOutcome): CorrectionOutcome {
    const { change, articles } = outcome.correction;
    const into = change.kind === 'split' ? [change.into.id] : [];
    this.changes.publish({
      type: 'corrections',
      articleIds: articles,
      entityIds: [...new Set([...touchedIds(change), ...into])],
    });
    return outcome;
  }

  /** The change as the loader applies it, and what it replaces, from the graph as it is; refuses what cannot be. */
  private async plan(
    tx: WriteTx,
    input: CorrectionInput,
  ): Promise<{ change: CorrectionChange; replaced: Record<string, unknown> }> {
    const entity = async (id: string): Promise<EntityRow> => {
      const [row] = await tx.runNamed('corrections/entities', { ids: [id], kinds: ENTITY_KINDS });
      if (!row || !row.kind) throw new NotFoundError(`No entity ${id}.`);
      return row;
    };
    const target = (e: EntityRow): EntityTarget => ({ id: e.id, name: e.name, kind: e.kind as EntityKind });
    switch (input.kind) {
      case 'merge': {
        if (input.keep === input.absorb) throw new ConflictError('An entity cannot be merged with itself.');
        const [keep, absorb] = [await entity(input.keep), await entity(input.absorb)];
        if ((keep.kind === 'Event') !== (absorb.kind === 'Event'))
          throw new ConflictError('An event can only be merged with another event.');
        if (keep.kind !== absorb.kind && !input.acrossKinds)
          throw new ConflictError(
            `${keep.name} is a ${keep.kind} and ${absorb.name} a ${absorb.kind}: merging them makes one thing of two ` +
              'kinds. If that is what you mean, send acrossKinds: true.',
            { keepKind: keep.kind, absorbKind: absorb.kind },
          );
        // An event's tellings folded into the absorbed one go with it (see CorrectionChange), on every later load.
        const tellings = absorb.mergedFrom.filter((id) => id !== keep.id);
        return {
          change: {
            kind: 'merge',
            keep: target(keep),
            absorb: target(absorb),
            ...(tellings.length ? { tellings } : {}),
          },
          replaced: { keep, absorb },
        };
      }
      case 'split': {
        const e = await entity(input.entity);
        if (e.kind === 'Event')
          throw new ConflictError('Events are not split by alias; merge or reject facts instead.');
        const alias = e.aliases.find((a) => a.localeCompare(input.alias, 'en', { sensitivity: 'base' }) === 0);
        if (!alias) throw new ConflictError(`"${input.alias}" is not an alias of ${e.name}.`);
        if (alias.toLowerCase() === e.name.toLowerCase())
          throw new ConflictError(`"${alias}" is ${e.name}'s name: rename it first, then split the old name off.`);
        const intoId = `${e.id.split(':')[0]}:${slug(alias)}`;
        if (intoId === e.id) throw new ConflictError(`"${alias}" would make the same id as ${e.name}.`);
        const [existing] = await tx.runNamed('corrections/entities', { ids: [intoId], kinds: ENTITY_KINDS });
        const into = existing?.kind ? target(existing) : { id: intoId, name: alias, kind: e.kind as EntityKind };
        return { change: { kind: 'split', entity: e.id, alias, into }, replaced: { entity: e } };
      }
      case 'reject': {
        const { type, from, to, key } = input.fact;
        const facts = await tx.runNamed('corrections/facts', { from, to, type, key: key ?? null });
        if (facts.length === 0) throw new NotFoundError(`No ${type} fact from ${from} to ${to}.`);
        return { change: { kind: 'reject', fact: input.fact }, replaced: { facts } };
      }
      case 'fix-event': {
        const e = await entity(input.event);
        if (e.kind !== 'Event') throw new ConflictError(`${e.name} is not an event.`);
        // A fix that changes nothing would be a second record of the same change: undoing one of the two could
        // not tell which of them the name and aliases were owed to.
        const changesDate = !!input.date && input.date !== e.date;
        const changesKind = !!input.eventKind && input.eventKind !== e.eventKind;
        if (!changesDate && !changesKind) throw new ConflictError(`${e.name} already has that date and kind.`);
        const name = eventName(e, input.eventKind ?? e.eventKind, input.date ?? e.date);
        return {
          change: { kind: 'fix-event', event: e.id, date: input.date, eventKind: input.eventKind, name },
          replaced: { event: e },
        };
      }
      case 'rename': {
        const e = await entity(input.entity);
        if (e.name === input.name) throw new ConflictError(`${e.name} already has that name.`);
        return { change: { kind: 'rename', entity: e.id, name: input.name }, replaced: { entity: e } };
      }
    }
  }

  /** Before loading again without it: what a node-level correction changed goes back to what it replaced. */
  private async restore(tx: WriteTx, record: CorrectionRecord): Promise<void> {
    const change = record.change;
    const was = (key: string) => record.replaced[key] as EntityRow;
    const restore = (
      id: string,
      back: { name?: [string, string]; date?: [string | null, string]; kind?: [string | null, string] },
      aliases: { drop?: string[]; add?: string[] } = {},
    ) =>
      tx.runNamed('corrections/restore-node', {
        id,
        name: back.name?.[0] ?? null,
        ifName: back.name?.[1] ?? null,
        date: back.date?.[0] ?? null,
        ifDate: back.date?.[1] ?? null,
        kind: back.kind?.[0] ?? null,
        ifKind: back.kind?.[1] ?? null,
        dropAliases: aliases.drop ?? [],
        addAliases: aliases.add ?? [],
      });
    // Only what this correction changed goes back (another made since keeps its own), each [was, made].
    const added = (made: string, e: EntityRow) => (e.aliases.includes(made) ? [] : [made]);
    if (change.kind === 'rename') {
      const e = was('entity');
      await restore(e.id, { name: [e.name, change.name] }, { drop: added(change.name, e) });
    } else if (change.kind === 'fix-event') {
      const e = was('event');
      await restore(
        e.id,
        {
          name: [e.name, change.name],
          ...(change.date ? { date: [e.date, change.date] as [string | null, string] } : {}),
          ...(change.eventKind ? { kind: [e.eventKind, change.eventKind] as [string | null, string] } : {}),
        },
        // The name a fix gave the event became an alias too; it goes, unless the event had it before.
        { drop: added(change.name, e) },
      );
    } else if (change.kind === 'merge') {
      // The absorbed entity's names leave the kept one (the reload adds back what its own articles call it).
      const keep = was('keep');
      await restore(keep.id, {}, { drop: was('absorb').aliases.filter((a) => !keep.aliases.includes(a)) });
    } else if (change.kind === 'split') await restore(change.entity, {}, { add: [change.alias] });
  }

  /** Loads these articles again from their stored extractions with the corrections in force; fixes the graph. */
  private async reload(
    tx: WriteTx,
    affected: { articleId: string; stored: boolean }[],
  ): Promise<Omit<CorrectionOutcome, 'correction'>> {
    const corrections: ActiveCorrection[] = await activeCorrections(tx);
    const stored = affected.filter((a) => a.stored).map((a) => a.articleId);
    const rows = stored.length ? await tx.runNamed('corrections/extractions', { articleIds: stored }) : [];
    const graphs = rows.map((r) => unpackExtraction(r.deflated));
    if (graphs.length) {
      // Each reloaded article brings its own tellings of events back; those an earlier load had folded into
      // another event are folded there again, before the corrections apply (read before the write, which may
      // rewrite the event's node), so that articles added since, which may make a fold ambiguous now (a second
      // dated call beside an undated one), do not turn them into phantom events: undo is an exact inverse.
      const eventIds = [
        ...new Set(graphs.flatMap((g) => g.entities.filter((e) => e.kind === 'Event').map((e) => e.id))),
      ];
      const folds = eventIds.length ? await tx.runNamed('corrections/folded-events', { eventIds }) : [];
      const refolds: ActiveCorrection[] = folds.map((f) => ({
        id: `fold:${f.from}`,
        change: { kind: 'fold', from: f.from, into: { id: f.into, name: f.intoName, kind: 'Event' } },
      }));
      await writeArticles(tx, graphs, [...refolds, ...corrections]);
      if (folds.length) await tx.runNamed('corrections/keep-folds', { folds });
    } else await applyGraphFixes(tx, corrections);
    return { reloaded: graphs.length, notReloaded: affected.filter((a) => !a.stored).map((a) => a.articleId) };
  }
}
