import { check } from 'recheck';

/**
 * Whether a regular expression can run for long on some string (ReDoS), by recheck's analysis of its automaton.
 * Cypher's `=~` is Java's `Pattern.matches`: the whole string must match, so the pattern is checked anchored, and
 * Java's leading inline flags (`(?i)`) become the checker's flags. What recheck cannot read (Java-only syntax such
 * as possessive quantifiers) or cannot decide in time is not known to be safe.
 */
export type RegexVerdict =
  | { kind: 'linear' }
  /** Quadratic: fine on a stored value, not on a string the query builds or sends (see console-guard). */
  | { kind: 'quadratic' }
  | { kind: 'unsafe'; why: string };

const CHECK_TIMEOUT_MS = 2_000;

export async function regexVerdict(pattern: string): Promise<RegexVerdict> {
  const inline = pattern.match(/^\(\?([imsu]+)\)/);
  const flags = [...new Set(inline?.[1].replace('u', '') ?? '')].join('');
  const body = inline ? pattern.slice(inline[0].length) : pattern;
  let diagnostics;
  try {
    diagnostics = await check(`^(?:${body})$`, flags, { timeout: CHECK_TIMEOUT_MS });
  } catch {
    return { kind: 'unsafe', why: 'it could not be checked' };
  }
  if (diagnostics.status === 'safe') return { kind: 'linear' };
  if (diagnostics.status === 'unknown') return { kind: 'unsafe', why: 'it could not be checked' };
  const complexity = diagnostics.complexity;
  if (complexity.type === 'exponential') return { kind: 'unsafe', why: 'it backtracks exponentially' };
  if (complexity.type === 'polynomial' && complexity.degree <= 2) return { kind: 'quadratic' };
  return {
    kind: 'unsafe',
    why: `it backtracks in time growing with the string's length to the power ${complexity.type === 'polynomial' ? complexity.degree : '?'}`,
  };
}
