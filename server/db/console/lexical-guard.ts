import { BadRequestError, ForbiddenQueryError, QueryTooCostlyError } from '../../errors';
import { LexError, Token, tokenize } from './cypher-lexer';
import { isAllowedProcedure } from './plan-policy';

/**
 * The console's first filter, run before Neo4j sees a query. It may refuse but never decides that a query is
 * safe: Neo4j's own plan does that (plan-policy.ts). It refuses cheaply what is plainly a write or an admin
 * command, and, because Neo4j cannot bound them once they run, queries whose shape alone makes them costly:
 * nesting deep enough to overflow Neo4j's parser, patterns too large to plan, and expressions that build
 * huge values inside one row, where Neo4j checks neither its timeout nor its memory limit (neo4j/neo4j#13848).
 */

export const MAX_QUERY_LENGTH = 10_000;

export const LIMITS = {
  /** Brackets, CASE, NOT and property chains: Neo4j 5.26's parser overflowed its stack at 200–300. */
  nesting: 64,
  tokens: 2_000,
  /** Planning time grows steeply with pattern size: 16 relationships took 2.4 s to plan, 40 took 15 s. */
  relationships: 20,
  /** Elements range() may produce, over all calls in a query. */
  rangeElements: 100_000,
  /** Each WITH can double a value (`WITH a + a AS a`): 2^12 is the most a chain may multiply it by. */
  withClauses: 12,
} as const;

/** A query as the rules see it. */
interface Shape {
  tokens: Token[];
  params: Record<string, unknown>;
}

type Refusal = 'forbidden' | 'costly';

/** One rule: what it refuses and why; `find` returns what it found, or null. */
interface Rule {
  id: string;
  refusal: Refusal;
  reason: string;
  find(shape: Shape): string | null;
}

const upper = (t: Token | undefined) => (t?.kind === 'word' ? t.text.toUpperCase() : '');
const isSymbol = (t: Token | undefined, s: string) => t?.kind === 'symbol' && t.text === s;

/** Clauses and commands that write, change the schema or administer the server. */
const FORBIDDEN_WORDS = new Set([
  'CREATE', 'MERGE', 'DELETE', 'DETACH', 'NODETACH', 'SET', 'REMOVE', 'DROP', 'LOAD', 'FOREACH', 'INSERT', 'USE',
  'GRANT', 'DENY', 'REVOKE', 'ALTER', 'RENAME', 'START', 'STOP', 'TERMINATE', 'SHOW', 'ENABLE', 'DEALLOCATE',
  'REALLOCATE', 'IMPORT', 'PERIODIC', 'TRANSACTIONS',
]); // prettier-ignore

/** A word used as a label, property key, map key or parameter is a name, not a clause. */
function isName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (isSymbol(before, '.') || isSymbol(before, ':') || isSymbol(before, '::')) return true;
  return isSymbol(tokens[i + 1], ':') && (isSymbol(before, '{') || isSymbol(before, ','));
}

/** Index of the bracket closing the one at `open`, or the last token when it is never closed. */
function closing(tokens: Token[], open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'symbol') continue;
    if (pairs[t.text]) stack.push(pairs[t.text]);
    else if (t.text === stack[stack.length - 1] && (stack.pop(), stack.length === 0)) return i;
  }
  return tokens.length - 1;
}

/** The arguments of the call whose `(` is at `open`, split at its top-level commas. */
function callArguments(tokens: Token[], open: number): Token[][] {
  const end = closing(tokens, open);
  const args: Token[][] = [[]];
  for (let i = open + 1; i < end; i++) {
    const t = tokens[i];
    if (t.kind === 'symbol' && '([{'.includes(t.text)) {
      const close = closing(tokens, i);
      args[args.length - 1].push(...tokens.slice(i, close + 1));
      i = close;
    } else if (isSymbol(t, ',')) args.push([]);
    else args[args.length - 1].push(t);
  }
  return args;
}

/** Positions of `name(` calls (not `x.name(`). */
function calls(tokens: Token[], name: string): number[] {
  const found: number[] = [];
  tokens.forEach((t, i) => {
    if (
      t.kind === 'word' &&
      t.text.toLowerCase() === name &&
      isSymbol(tokens[i + 1], '(') &&
      !isSymbol(tokens[i - 1], '.')
    )
      found.push(i + 1);
  });
  return found;
}

/** Where a per-element body starts and ends: list and pattern comprehensions with a `|`, and reduce(). */
interface Iteration {
  kind: 'comprehension' | 'reduce';
  bodyStart: number;
  bodyEnd: number;
  /** The accumulator of a reduce. */
  accumulator?: string;
}

function iterations(tokens: Token[]): Iteration[] {
  const found: Iteration[] = [];
  const pipeAtTopLevel = (open: number, end: number) => {
    for (let i = open + 1; i < end; i++) {
      const t = tokens[i];
      if (t.kind === 'symbol' && '([{'.includes(t.text)) i = closing(tokens, i);
      else if (isSymbol(t, '|')) return i;
    }
    return -1;
  };
  tokens.forEach((t, i) => {
    if (isSymbol(t, '[')) {
      const list = tokens[i + 1]?.kind === 'word' && upper(tokens[i + 2]) === 'IN';
      const pattern = isSymbol(tokens[i + 1], '(');
      if (!list && !pattern) return;
      const end = closing(tokens, i);
      const pipe = pipeAtTopLevel(i, end);
      if (pipe > 0) found.push({ kind: 'comprehension', bodyStart: pipe + 1, bodyEnd: end });
    }
  });
  for (const open of calls(tokens, 'reduce')) {
    const end = closing(tokens, open);
    const pipe = pipeAtTopLevel(open, end);
    if (pipe > 0)
      found.push({ kind: 'reduce', bodyStart: pipe + 1, bodyEnd: end, accumulator: tokens[open + 1]?.text });
  }
  return found;
}

/** A number literal (maybe negated) or an integer parameter's value; null for anything computed. */
function staticNumber(arg: Token[] | undefined, params: Record<string, unknown>): number | null {
  if (!arg) return null;
  const negative = arg.length === 2 && isSymbol(arg[0], '-');
  if (arg.length !== (negative ? 2 : 1)) return null;
  const t = arg[arg.length - 1];
  const n = t.kind === 'number' ? Number(t.text) : t.kind === 'parameter' ? Number(params[t.text]) : NaN;
  return Number.isFinite(n) ? (negative ? -n : n) : null;
}

/** Elements of range(a, b[, s]) when all its arguments are static; null when one is computed. */
function staticRangeSize(args: Token[][], params: Record<string, unknown>): number | null {
  const [from, to] = [staticNumber(args[0], params), staticNumber(args[1], params)];
  const step = args[2] ? staticNumber(args[2], params) : 1;
  if (from === null || to === null || step === null || step === 0) return null;
  return Math.max(0, Math.floor((to - from) / step) + 1);
}

/** size(…) or length(…), plus or minus a number: bounded by something that already exists. */
function isSizeBound(arg: Token[]): boolean {
  if (!['size', 'length'].includes(arg[0]?.text.toLowerCase() ?? '') || !isSymbol(arg[1], '(')) return false;
  const rest = arg.slice(closing(arg, 1) + 1);
  return (
    rest.length === 0 ||
    (rest.length === 2 && (isSymbol(rest[0], '+') || isSymbol(rest[0], '-')) && rest[1].kind === 'number')
  );
}

export const RULES: Rule[] = [
  {
    id: 'one-statement',
    refusal: 'forbidden',
    reason: 'The console runs one statement per request.',
    find: ({ tokens }) =>
      tokens.some((t, i) => isSymbol(t, ';') && i < tokens.length - 1) ? 'a second statement' : null,
  },
  {
    id: 'no-query-options',
    refusal: 'forbidden',
    reason: 'The console plans and runs each query itself; CYPHER options, EXPLAIN and PROFILE would change that.',
    find: ({ tokens }) => (['CYPHER', 'EXPLAIN', 'PROFILE'].includes(upper(tokens[0])) ? upper(tokens[0]) : null),
  },
  {
    id: 'read-clauses-only',
    refusal: 'forbidden',
    reason: 'The console is read-only: no writes, schema changes, LOAD CSV, SHOW/TERMINATE or administration.',
    find: ({ tokens }) => {
      const i = tokens.findIndex((t, i) => FORBIDDEN_WORDS.has(upper(t)) && !isName(tokens, i));
      return i < 0 ? null : upper(tokens[i]);
    },
  },
  {
    id: 'listed-procedures',
    refusal: 'forbidden',
    reason: 'The console may call only procedures that read the schema or a full-text index.',
    find: ({ tokens }) => {
      for (let i = 0; i < tokens.length; i++) {
        if (upper(tokens[i]) !== 'CALL' || !['word', 'name'].includes(tokens[i + 1]?.kind ?? '')) continue;
        let name = tokens[i + 1].text;
        for (let j = i + 2; isSymbol(tokens[j], '.') && tokens[j + 1]; j += 2) name += `.${tokens[j + 1].text}`;
        if (!isAllowedProcedure(name)) return `the procedure ${name}`;
      }
      return null;
    },
  },
  {
    id: 'nesting',
    refusal: 'costly',
    reason: `Nesting deeper than ${LIMITS.nesting} (brackets, CASE, NOT, property chains) can overflow Neo4j's parser.`,
    find: ({ tokens }) => {
      const weights: number[] = [];
      let depth = 0;
      let pendingNots = 0;
      let chain = 0;
      let deepest = 0;
      for (const t of tokens) {
        const word = upper(t);
        if ((t.kind === 'symbol' && '([{'.includes(t.text)) || word === 'CASE') {
          weights.push(1 + pendingNots);
          depth += 1 + pendingNots;
          pendingNots = 0;
        } else if ((t.kind === 'symbol' && ')]}'.includes(t.text)) || word === 'END') {
          depth -= weights.pop() ?? 0;
          pendingNots = 0;
        } else if (word === 'NOT') pendingNots++;
        if (isSymbol(t, '.')) chain++;
        else if (t.kind !== 'word' && t.kind !== 'name') chain = 0;
        deepest = Math.max(deepest, depth + pendingNots + chain);
      }
      return deepest > LIMITS.nesting ? `nesting ${deepest} deep` : null;
    },
  },
  {
    id: 'query-size',
    refusal: 'costly',
    reason: `Planning grows with the query: at most ${LIMITS.tokens} tokens.`,
    find: ({ tokens }) => (tokens.length > LIMITS.tokens ? `${tokens.length} tokens` : null),
  },
  {
    id: 'pattern-size',
    refusal: 'costly',
    reason: `Planning time grows steeply with pattern size: at most ${LIMITS.relationships} relationships.`,
    find: ({ tokens }) => {
      const arrows = new Set(['--', '-->', '<--', '<-->']);
      const count = tokens.filter(
        (t, i) =>
          (t.kind === 'symbol' && arrows.has(t.text)) ||
          (isSymbol(t, '[') && (isSymbol(tokens[i - 1], '-') || isSymbol(tokens[i - 1], '<-'))),
      ).length;
      return count > LIMITS.relationships ? `${count} relationships in patterns` : null;
    },
  },
  {
    id: 'range-size',
    refusal: 'costly',
    reason:
      `range() builds its whole list inside one expression, where Neo4j checks neither time nor memory: ` +
      `its bounds must be numbers, integer parameters or size(…)/length(…), for at most ` +
      `${LIMITS.rangeElements.toLocaleString('en')} elements in all.`,
    find: ({ tokens, params }) => {
      let total = 0;
      for (const open of calls(tokens, 'range')) {
        const args = callArguments(tokens, open);
        const size = staticRangeSize(args, params);
        const bounded = args.length === 2 && args.every((a) => staticNumber(a, params) !== null || isSizeBound(a));
        if (size === null && !bounded) return 'range() with computed bounds';
        total += size ?? 0;
        if (total > LIMITS.rangeElements) return `range() of ${total.toLocaleString('en')} elements`;
      }
      return null;
    },
  },
  {
    id: 'flat-iteration',
    refusal: 'costly',
    reason:
      'A list comprehension or reduce() inside another multiplies sizes within one value, beyond any limit Neo4j ' +
      'enforces; UNWIND one of the lists instead (rows stream and are capped).',
    find: ({ tokens }) => {
      const all = iterations(tokens);
      for (const outer of all) {
        const inner = all.find(
          (other) => other !== outer && other.bodyStart > outer.bodyStart && other.bodyEnd <= outer.bodyEnd,
        );
        if (inner)
          return `${inner.kind === 'reduce' ? 'reduce()' : 'a comprehension'} inside ${outer.kind === 'reduce' ? 'reduce()' : 'a comprehension'}`;
        const body = tokens.slice(outer.bodyStart, outer.bodyEnd);
        if (calls(body, 'range').length) return 'range() inside a comprehension or reduce()';
      }
      return null;
    },
  },
  {
    id: 'no-self-growth',
    refusal: 'costly',
    reason: 'A reduce() that uses its accumulator twice, or replace()s inside it, grows exponentially.',
    find: ({ tokens }) => {
      for (const r of iterations(tokens).filter((it) => it.kind === 'reduce')) {
        const body = tokens.slice(r.bodyStart, r.bodyEnd);
        const uses = body.filter((t) => (t.kind === 'word' || t.kind === 'name') && t.text === r.accumulator).length;
        if (uses > 1) return `reduce() using its accumulator ${r.accumulator} ${uses} times`;
        if (calls(body, 'replace').length) return 'replace() inside reduce()';
      }
      return null;
    },
  },
  {
    id: 'one-growing-replace',
    refusal: 'costly',
    reason: 'replace() with a longer replacement multiplies a string; chained, it grows exponentially: one per query.',
    find: ({ tokens }) => {
      const growing = calls(tokens, 'replace').filter((open) => {
        const [, search, replacement] = callArguments(tokens, open);
        const literal = (arg?: Token[]) => (arg?.length === 1 && arg[0].kind === 'string' ? arg[0].text.length : null);
        const s = literal(search);
        const r = literal(replacement);
        return s === null || r === null || r > s;
      });
      return growing.length > 1 ? `${growing.length} replace() calls that lengthen strings` : null;
    },
  },
  {
    id: 'with-chain',
    refusal: 'costly',
    reason: `Each WITH can double a value (WITH a + a AS a): at most ${LIMITS.withClauses} WITH clauses.`,
    find: ({ tokens }) => {
      const count = tokens.filter(
        (t, i) => upper(t) === 'WITH' && !['STARTS', 'ENDS'].includes(upper(tokens[i - 1])),
      ).length;
      return count > LIMITS.withClauses ? `${count} WITH clauses` : null;
    },
  },
];

/**
 * Refuses, with a message naming what it found and why, a query the console will not send to Neo4j. Passing
 * says nothing about safety: the plan check decides.
 */
export function assertPassesLexicalGuard(query: string, params: Record<string, unknown> = {}): void {
  if (typeof query !== 'string' || query.trim() === '') throw new BadRequestError('query: must be a non-empty string');
  if (query.length > MAX_QUERY_LENGTH) throw new BadRequestError(`query: longer than ${MAX_QUERY_LENGTH} characters`);
  let tokens: Token[];
  try {
    tokens = tokenize(query);
  } catch (error) {
    if (!(error instanceof LexError)) throw error;
    throw new ForbiddenQueryError(`The console cannot read this query safely: it contains ${error.message}.`, {
      rule: 'readable',
    });
  }
  for (const rule of RULES) {
    const found = rule.find({ tokens, params });
    if (!found) continue;
    const message = `Refused (${found}): ${rule.reason}`;
    throw rule.refusal === 'forbidden'
      ? new ForbiddenQueryError(message, { rule: rule.id })
      : new QueryTooCostlyError(message, { rule: rule.id });
  }
}
