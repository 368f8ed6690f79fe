import { z } from 'zod';
import { BadRequestError } from '../errors';

/** Parses query or body input with a zod schema; the first problem becomes a 400 naming the parameter. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue.path.join('.') || 'request';
    throw new BadRequestError(`${name}: ${issue.message}`, { parameter: name });
  }
  return parsed.data;
}

const NAME = /^[\p{L}\p{N}_ -]{1,100}$/u;

/** "A, B" → ["A","B"]: at most `most` items of at most `maxLength` characters in all, each matching `item`. */
export function commaList(item: RegExp, { maxLength, most, what }: { maxLength: number; most: number; what: string }) {
  return z
    .string()
    .max(maxLength)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .refine((list) => list.length <= most && list.every((x) => item.test(x)), `a comma-separated list of ${what}`);
}

/** "A,B" → ["A","B"]; each a plausible label or type name (they are parameters anyway, never spliced). */
export const nameList = commaList(NAME, { maxLength: 2000, most: 50, what: 'names' });

export const isoDatePrefix = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .optional()
  .transform((s) => s ?? null);

export const id = z.string().min(1, 'is required').max(500);

/** An id in a path (`/articles/:id`): no control characters, which no id Readout writes holds. */
export const pathId = id.regex(/^[^\p{Cc}]+$/u, 'must not hold control characters');
