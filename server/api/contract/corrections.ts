/** Corrections of the graph: anyone may read them; making or undoing one needs the edit token. */
import { z } from 'zod';
import { FACT_TYPES } from '../../ingest/types';
import { isCalendarDate } from '../../services/calendar-date';
import { pathId } from './common';
import { errors, json, route } from './route';

const entityId = z.string().min(1).max(500);
/** Who made or undid it, as they sign it (one shared token cannot tell people apart). */
const who = z.string().trim().min(1).max(100).describe('Who, as they sign it (the token is shared)');
/** Why: a correction without a reason cannot be judged later. */
const why = z.string().trim().min(1).max(2000);
const isoDay = z
  .string()
  .refine(isCalendarDate, 'a calendar date: YYYY, YYYY-MM or YYYY-MM-DD (2022-02-30 is not one)');
/** Kinds are open (whatever names the event: meeting, arrest, funeral): a plain lower-case noun or phrase. */
const eventKind = z
  .string()
  .trim()
  .regex(/^[a-z][a-z' -]{0,39}$/, 'an event kind: a plain lower-case noun (meeting, arrest, funeral)');
const factType = z.enum(FACT_TYPES);

/** What a client may ask for; the service checks it against the graph. */
export const correctionInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('merge'),
    keep: entityId,
    absorb: entityId,
    /** Merging two kinds (a Person absorbing an Outlet) must be asked for in so many words. */
    acrossKinds: z.literal(true).optional().describe('Needed to merge two kinds (a Person absorbing an Outlet)'),
    who,
    why,
  }),
  z.object({ kind: z.literal('split'), entity: entityId, alias: z.string().trim().min(1).max(200), who, why }),
  z.object({
    kind: z.literal('reject'),
    fact: z.object({ type: factType, from: entityId, to: entityId, key: z.string().max(500).optional() }),
    who,
    why,
  }),
  z
    .object({
      kind: z.literal('fix-event'),
      event: entityId,
      date: isoDay.optional(),
      eventKind: eventKind.optional(),
      who,
      why,
    })
    .refine((v) => v.date !== undefined || v.eventKind !== undefined, 'give a date, an eventKind or both'),
  z.object({ kind: z.literal('rename'), entity: entityId, name: z.string().trim().min(1).max(200), who, why }),
]);

const undoInput = z.object({ who, why: z.string().trim().max(2000).default('') });

const listInput = z.object({
  entity: entityId.optional().describe('Only corrections touching this entity id'),
  undone: z.enum(['true', 'false']).default('false').describe('Include undone corrections'),
});

/** A node a correction names, as it was then. */
const entityTarget = z.object({ id: z.string(), name: z.string(), kind: z.string() });
const correctionChange = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('merge'),
    keep: entityTarget,
    absorb: entityTarget,
    tellings: z
      .array(z.string())
      .optional()
      .describe('Event merges: ids of the tellings folded into the absorbed event, taken to the kept one too'),
  }),
  z.object({ kind: z.literal('split'), entity: z.string(), alias: z.string(), into: entityTarget }),
  z.object({
    kind: z.literal('reject'),
    fact: z.object({ type: factType, from: z.string(), to: z.string(), key: z.string().optional() }),
  }),
  z.object({
    kind: z.literal('fix-event'),
    event: z.string(),
    date: z.string().optional(),
    eventKind: z.string().optional(),
    name: z.string(),
  }),
  z.object({ kind: z.literal('rename'), entity: z.string(), name: z.string() }),
]);
const correctionRecord = z.object({
  id: z.string(),
  kind: z.enum(['merge', 'split', 'reject', 'fix-event', 'rename']),
  change: correctionChange,
  entityIds: z.array(z.string()).describe('The entities it touches'),
  who: z.string(),
  why: z.string(),
  at: z.string(),
  replaced: z.record(z.string(), z.unknown()).describe('What the targets were before it: undoing restores these'),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
  undoneWhy: z.string().nullable(),
  articles: z.array(z.string()).describe('The articles loaded again when it was made'),
});
const correctionOutcome = z.object({
  correction: correctionRecord,
  reloaded: z.number().describe('Articles loaded again with the corrections in force'),
  notReloaded: z
    .array(z.string())
    .describe('Articles loaded before extractions were kept: ingest them again for the correction to reach them'),
});

/** A write's failures: bad input, no or wrong token, editing off, nothing to correct, a conflict, Neo4j away. */
const writeErrors = errors(400, 401, 403, 404, 409, 413, 503);

export const listCorrections = route({
  method: 'get',
  path: '/corrections',
  summary: 'Corrections of the graph, newest first',
  description:
    'What each changes, who made it, when, why, what it replaced, the articles it was applied to, and whether it was undone',
  request: { query: listInput },
  responses: {
    200: json(z.object({ corrections: z.array(correctionRecord) }), 'The corrections'),
    ...errors(400, 503),
  },
});

export const createCorrection = route({
  method: 'post',
  path: '/corrections',
  summary: 'Correct the graph: merge, split an alias off, reject a fact, fix an event, rename',
  description:
    "Merge two entities, split an alias off into its own entity, reject a fact, fix an event's date or kind, rename. Stored as a record and applied again after every ingest",
  editToken: true,
  request: { body: { 'application/json': correctionInput } },
  responses: { 201: json(correctionOutcome, 'The correction as stored, and what was loaded again'), ...writeErrors },
});

export const undoCorrection = route({
  method: 'post',
  path: '/corrections/{id}/undo',
  summary: 'Undo a correction: it stays on record, and what it replaced comes back',
  editToken: true,
  request: { params: z.object({ id: pathId.describe('Correction id') }), body: { 'application/json': undoInput } },
  responses: { 200: json(correctionOutcome, 'The correction, now undone'), ...writeErrors },
});

export type CorrectionInput = z.output<typeof correctionInput>;
export type CorrectionRecord = z.output<typeof correctionRecord>;
export type CorrectionOutcome = z.output<typeof correctionOutcome>;
