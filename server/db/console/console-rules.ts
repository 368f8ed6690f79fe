import { RuleNode, SyntaxNode, TokenNode } from './cypher-syntax';
import {
  argumentsOf,
  elementSize,
  isSizeBound,
  staticListSize,
  staticNumber,
  staticRangeSize,
} from './expression-bounds';
import { isAllowedProcedure } from './plan-policy';
import {
  callsOf,
  calledName,
  childRules,
  childTokens,
  nameOf,
  rulesNamed,
  stringValue,
  tokensOf,
  unwrap,
} from './syntax-tree';

/**
 * The console's rules, read on the tree Neo4j's own parser makes of a query (cypher-syntax.ts), so that backticks
 * (`` `range`(…) ``), spacing (`- -`) and comments (`-/**\/->`) hide nothing. They refuse, before Neo4j sees a
 * query, what is plainly not a read (403) and, because Neo4j bounds neither time nor memory inside one expression
 * (neo4j/neo4j#13848), shapes whose cost is unbounded (422). Passing them does not make a query safe: Neo4j's own
 * plan decides that (plan-policy.ts), and its limits stand behind both.
 */

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
  /** Neo4j rewrites each XOR into ORs and ANDs of both sides: a chain grows its predicate exponentially. */
  xors: 8,
  /** Steps a reduce() that builds a value may take (its list written in the query). */
  builderSteps: 10_000,
  /** Characters a builder may copy in all: a string grown by k per step copies k·n²/2 over n steps. */
  builderCopies: 100_000_000,
  /** Characters a list comprehension over a list written in the query may produce. */
  comprehensionOutput: 10_000_000,
} as const;

export interface Shape {
  statements: RuleNode[];
  tokens: TokenNode[];
  params: Record<string, unknown>;
}

export type Refusal = 'forbidden' | 'costly';

/** One rule: what it refuses and why; `find` returns what it found, or null. */
export interface Rule {
  id: string;
  refusal: Refusal;
  reason: string;
  find(shape: Shape): string | null;
}

/** Clauses a read may use; any other (writes, LOAD CSV, USE, FOREACH, INSERT…) is refused. */
const READ_CLAUSES = new Set([
  'returnClause',
  'matchClause',
  'withClause',
  'unwindClause',
  'callClause',
  'subqueryClause',
  'filterClause',
  'letClause',
  'orderBySkipLimitClause',
  'finishClause',
  'forListClause',
]);

/** Where a comprehension, reduce() or list predicate evaluates something once per element. */
const ITERATIONS = [
  'listComprehension',
  'patternComprehension',
  'reduceExpression',
  'listItemsPredicate',
  'allReduceExpression',
];

/** The expressions an iteration evaluates per element (its list, evaluated once, is not among them). */
function perElement(iteration: RuleNode): RuleNode[] {
  const expressions = childRules(iteration, 'expression');
  if (iteration.rule === 'reduceExpression') return expressions.slice(2);
  if (iteration.rule === 'patternComprehension') return expressions;
  if (iteration.rule === 'allReduceExpression') return rulesNamed(iteration, 'expression').slice(1);
  return expressions.slice(1);
}

const describe = (iteration: RuleNode) =>
  iteration.rule === 'reduceExpression'
    ? 'reduce()'
    : iteration.rule === 'listItemsPredicate'
      ? 'a list predicate'
      : 'a comprehension';

/** The deepest nesting: each bracket, CASE and NOT opens a level, as does each step of a property chain. */
function deepestNesting(root: RuleNode): number {
  const opens = new Set(['LPAREN', 'LBRACKET', 'LCURLY', 'CASE', 'NOT']);
  let deepest = 0;
  const stack: [SyntaxNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node.kind !== 'rule') continue;
    const here =
      depth +
      node.children.filter((c) => c.kind === 'token' && opens.has(c.type)).length +
      (node.rule === 'expression2' ? childRules(node, 'postFix').length : 0);
    deepest = Math.max(deepest, here);
    for (const child of node.children) stack.push([child, here]);
  }
  return deepest;
}

/** The variables named `name` under `root` (backticks read). */
const usesOf = (root: SyntaxNode, name: string) => rulesNamed(root, 'variable').filter((v) => nameOf(v) === name);

/** A literal number, boolean or null: an accumulator that starts as one is a number, not a builder. */
function isScalarLiteral(expression: SyntaxNode): boolean {
  const node = unwrap(expression);
  if (node.kind === 'token') return false;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.kind === 'token' && ['TRUE', 'FALSE', 'NULL'].includes(only.type)) return true;
  return node.rule === 'numberLiteral' || (node.rule === 'expression3' && staticNumber(node, {}) !== null);
}

/** Functions whose result is no larger than their arguments: a builder's step may use them. */
const SCALAR_FUNCTIONS = new Set([
  'tostring', 'tointeger', 'tofloat', 'toboolean', 'toupper', 'tolower', 'trim', 'ltrim', 'rtrim', 'left', 'right',
  'substring', 'abs', 'sign', 'round', 'ceil', 'floor', 'coalesce', 'size', 'length', 'head', 'last',
]); // prettier-ignore

/**
 * What one step of a builder adds, in characters, when the step is made only of the accumulator, the element,
 * literals, operators and the scalar functions above; null when it reads anything else (a property, another
 * variable, a subquery), whose size the query does not say.
 */
function stepSize(body: RuleNode, accumulator: string, element: string, elementChars: number): number | null {
  for (const call of rulesNamed(body, 'functionInvocation'))
    if (!SCALAR_FUNCTIONS.has(calledName(call).toLowerCase())) return null;
  for (const node of rulesNamed(
    body,
    'variable',
    'parameter',
    'propertyKeyName',
    'existsExpression',
    'countExpression',
    'collectExpression',
    'patternExpression',
    'patternComprehension',
    'mapProjection',
  )) {
    if (node.rule !== 'variable') return null;
    const name = nameOf(node);
    if (name !== accumulator && name !== element) return null;
  }
  const literals = rulesNamed(body, 'stringLiteral').reduce((sum, s) => sum + stringValue(tokensOf(s)[0]).length, 0);
  const elements = usesOf(body, element).length * elementChars;
  const wrappers = rulesNamed(body, 'listLiteral', 'map').length;
  return Math.max(1, literals + elements + wrappers);
}

export const RULES: Rule[] = [
  {
    id: 'one-statement',
    refusal: 'forbidden',
    reason: 'The console runs one statement per request.',
    find: ({ statements }) => (statements.length > 1 ? 'a second statement' : null),
  },
  {
    id: 'no-query-options',
    refusal: 'forbidden',
    reason: 'The console plans and runs each query itself; CYPHER options, EXPLAIN and PROFILE would change that.',
    find: ({ statements }) => {
      const option = statements.flatMap((s) => rulesNamed(s, 'preparserOption', 'consoleCommand'))[0];
      return option ? (tokensOf(option)[0]?.text.toUpperCase() ?? 'an option') : null;
    },
  },
  {
    id: 'read-clauses-only',
    refusal: 'forbidden',
    reason: 'The console is read-only: no writes, schema changes, LOAD CSV, SHOW/TERMINATE or administration.',
    find: ({ statements }) => {
      for (const statement of statements) {
        const command = rulesNamed(statement, 'command', 'localDefinition', 'subqueryInTransactionsParameters')[0];
        if (command)
          return tokensOf(command)
            .slice(0, 2)
            .map((t) => t.text.toUpperCase())
            .join(' ');
        for (const clause of rulesNamed(statement, 'clause')) {
          const kind = childRules(clause)[0];
          if (!kind || !READ_CLAUSES.has(kind.rule)) return tokensOf(clause)[0]?.text.toUpperCase() ?? 'a clause';
        }
      }
      return null;
    },
  },
  {
    id: 'listed-procedures',
    refusal: 'forbidden',
    reason: 'The console may call only procedures that read the schema or a full-text index.',
    find: ({ statements }) => {
      for (const call of statements.flatMap((s) => rulesNamed(s, 'callClause'))) {
        const name = calledName(call);
        if (!isAllowedProcedure(name)) return `the procedure ${name}`;
      }
      return null;
    },
  },
  {
    id: 'nesting',
    refusal: 'costly',
    reason: `Nesting deeper than ${LIMITS.nesting} (brackets, CASE, NOT, property chains) can overflow Neo4j's parser.`,
    find: ({ statements }) => {
      const deepest = Math.max(0, ...statements.map(deepestNesting));
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
    find: ({ statements }) => {
      const count = statements.flatMap((s) => rulesNamed(s, 'relationshipPattern')).length;
      return count > LIMITS.relationships ? `${count} relationships in patterns` : null;
    },
  },
  {
    id: 'xor-chain',
    refusal: 'costly',
    reason: `Neo4j rewrites each XOR into both sides ORed and ANDed, doubling the predicate: at most ${LIMITS.xors} XORs.`,
    find: ({ tokens }) => {
      const count = tokens.filter((t) => t.type === 'XOR').length;
      return count > LIMITS.xors ? `${count} XORs` : null;
    },
  },
  {
    id: 'range-size',
    refusal: 'costly',
    reason:
      `range() builds its whole list inside one expression, where Neo4j checks neither time nor memory: ` +
      `its bounds must be numbers, integer parameters or size(…)/length(…), for at most ` +
      `${LIMITS.rangeElements.toLocaleString('en')} elements in all.`,
    find: ({ statements, params }) => {
      let total = 0;
      for (const call of statements.flatMap((s) => callsOf(s, 'range'))) {
        const args = argumentsOf(call);
        const size = staticRangeSize(call, params);
        const bounded =
          args.length === 2 && args.every((a) => staticNumber(a, params) !== null || isSizeBound(a, params));
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
      'A list comprehension, reduce() or list predicate inside another multiplies sizes within one value, beyond ' +
      'any limit Neo4j enforces; UNWIND one of the lists instead (rows stream and are capped).',
    find: ({ statements }) => {
      for (const outer of statements.flatMap((s) => rulesNamed(s, ...ITERATIONS))) {
        for (const part of perElement(outer)) {
          const inner = rulesNamed(part, ...ITERATIONS)[0];
          if (inner) return `${describe(inner)} inside ${describe(outer)}`;
          if (callsOf(part, 'range').length) return `range() inside ${describe(outer)}`;
        }
      }
      return null;
    },
  },
  {
    id: 'no-self-growth',
    refusal: 'costly',
    reason: 'A reduce() that uses its accumulator twice, or replace()s inside it, grows exponentially.',
    find: ({ statements }) => {
      for (const reduce of statements.flatMap((s) => rulesNamed(s, 'reduceExpression'))) {
        const accumulator = nameOf(childRules(reduce, 'variable')[0]);
        const body = perElement(reduce)[0];
        if (!body) continue;
        const uses = usesOf(body, accumulator).length;
        if (uses > 1) return `reduce() using its accumulator ${accumulator} ${uses} times`;
        if (callsOf(body, 'replace').length) return 'replace() inside reduce()';
      }
      return null;
    },
  },
  {
    id: 'bounded-builders',
    refusal: 'costly',
    reason:
      'A reduce() that builds a string or list copies it at every step (n steps of k characters copy k·n²/2), and a ' +
      'comprehension holds all it makes, inside one expression: a builder must run over a range or list written in ' +
      `the query, at most ${LIMITS.builderSteps.toLocaleString('en')} steps, each adding only literals, the element ` +
      'and the accumulator, within ' +
      `${LIMITS.builderCopies.toLocaleString('en')} characters copied; return the list and join it in the client instead.`,
    find: ({ statements, params }) => {
      for (const reduce of statements.flatMap((s) => rulesNamed(s, 'reduceExpression'))) {
        const [accumulatorNode, elementNode] = childRules(reduce, 'variable');
        const [init, list, body] = childRules(reduce, 'expression');
        if (!body || isScalarLiteral(init)) continue;
        const accumulator = nameOf(accumulatorNode);
        if (usesOf(body, accumulator).length === 0) continue;
        const steps = staticListSize(list, params);
        if (steps === null) return 'reduce() building a value over a list the query does not size';
        if (steps > LIMITS.builderSteps) return `reduce() building a value over ${steps.toLocaleString('en')} steps`;
        const step = stepSize(body, accumulator, nameOf(elementNode), elementSize(list, params));
        if (step === null) return 'reduce() building a value from what the query does not size';
        const copies = (step * steps * steps) / 2;
        if (copies > LIMITS.builderCopies)
          return `reduce() copying about ${Math.round(copies).toLocaleString('en')} characters`;
      }
      for (const comprehension of statements.flatMap((s) => rulesNamed(s, 'listComprehension'))) {
        const [element] = childRules(comprehension, 'variable');
        const [list, ...rest] = childRules(comprehension, 'expression');
        const body = childTokens(comprehension, 'BAR').length ? rest[rest.length - 1] : undefined;
        const n = staticListSize(list, params);
        if (!body || n === null) continue;
        const step = stepSize(body, '', nameOf(element), elementSize(list, params)) ?? 20;
        if (n * step > LIMITS.comprehensionOutput)
          return `a comprehension making about ${(n * step).toLocaleString('en')} characters`;
      }
      return null;
    },
  },
  {
    id: 'one-growing-replace',
    refusal: 'costly',
    reason: 'replace() with a longer replacement multiplies a string; chained, it grows exponentially: one per query.',
    find: ({ statements }) => {
      const literal = (arg?: RuleNode) => {
        const node = arg && unwrap(arg);
        return node?.kind === 'rule' && node.rule === 'stringLiteral' ? stringValue(tokensOf(node)[0]).length : null;
      };
      const growing = statements
        .flatMap((s) => callsOf(s, 'replace'))
        .filter((call) => {
          const [, search, replacement] = argumentsOf(call);
          const [s, r] = [literal(search), literal(replacement)];
          return s === null || r === null || r > s;
        });
      return growing.length > 1 ? `${growing.length} replace() calls that lengthen strings` : null;
    },
  },
  {
    id: 'with-chain',
    refusal: 'costly',
    reason: `Each WITH can double a value (WITH a + a AS a): at most ${LIMITS.withClauses} WITH clauses.`,
    find: ({ statements }) => {
      const count = statements.flatMap((s) => rulesNamed(s, 'withClause')).length;
      return count > LIMITS.withClauses ? `${count} WITH clauses` : null;
    },
  },
];
