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
