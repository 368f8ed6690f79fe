import { BadRequestError } from '../../errors';

export const PARAMS_LIMITS = { depth: 16, values: 10_000 } as const;

/**
 * Refuses console parameters nested or sized past what any query needs, before anything walks them
 * recursively (converting 10,000-deep JSON would overflow the stack). Iterative on purpose.
 */
export function assertParamsBounded(params: Record<string, unknown>): void {
  const stack: [unknown, number][] = [[params, 0]];
  let values = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (++values > PARAMS_LIMITS.values)
      throw new BadRequestError(`params: more than ${PARAMS_LIMITS.values} values in all`);
    if (value === null || typeof value !== 'object') continue;
    if (depth >= PARAMS_LIMITS.depth)
      throw new BadRequestError(`params: nested deeper than ${PARAMS_LIMITS.depth} levels`);
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push([child, depth + 1]);
  }
}
