import neo4j from 'neo4j-driver';

/** JSON numbers arrive as floats; whole ones become Cypher integers (LIMIT, ranges, ids need them). */
function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValue(v)]));
  }
  return value;
}

/** Query parameters as the driver should send them (see toCypherValue). */
export function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return toCypherValue(params) as Record<string, unknown>;
}
