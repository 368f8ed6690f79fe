import { z } from 'zod';
import { FACT_TYPES } from '../ingest/types';
import { isCalendarDate } from './calendar-date';

const entityId = z.string().min(1).max(500);
/** Who made or undid it, as they sign it (one shared token cannot tell people apart). */
const who = z.string().trim().min(1).max(100);
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

/** What a client may ask for; the service checks it against the graph. One schema for validation and OpenAPI. */
export const correctionInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('merge'),
    keep: entityId,
    absorb: entityId,
    /** Merging two kinds (a Person absorbing an Outlet) must be asked for in so many words. */
    acrossKinds: z.literal(true).optional(),
    who,
    why,
  }),
  z.object({ kind: z.literal('split'), entity: entityId, alias: z.string().trim().min(1).max(200), who, why }),
  z.object({
    kind: z.literal('reject'),
    fact: z.object({ type: z.enum(FACT_TYPES), from: entityId, to: entityId, key: z.string().max(500).optional() }),
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

export type CorrectionInput = z.infer<typeof correctionInput>;

export const undoInput = z.object({ who, why: z.string().trim().max(2000).default('') });

export const listInput = z.object({
  entity: entityId.optional(),
  undone: z.enum(['true', 'false']).default('false'),
});
