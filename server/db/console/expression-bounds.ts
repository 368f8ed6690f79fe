import { RuleNode, SyntaxNode } from './cypher-syntax';
import { calledName, childRules, childTokens, nameOf, rulesNamed, stringValue, tokensOf, unwrap } from './syntax-tree';

/** What the console knows of an expression's size before it runs, from the tree and the parameters alone. */

type Params = Record<string, unknown>;

/** A parameter's name as the tree spells it (`$n`, `` $`n` ``). */
const parameterName = (node: RuleNode) => nameOf(node).replace(/^\$/, '');

/** A number written in the query (`-3`, `0x1F`, `1_000`), or an integer parameter's value; null for anything else. */
export function staticNumber(expression: SyntaxNode, params: Params): number | null {
  let node = unwrap(expression);
  let sign = 1;
  if (node.kind === 'rule' && node.rule === 'expression3' && childTokens(node).length === 1) {
    sign = childTokens(node, 'MINUS').length ? -1 : 1;
    node = unwrap(childRules(node)[0]);
  }
  if (node.kind === 'rule' && node.rule === 'numberLiteral') {
    const tokens = childTokens(node);
    if (tokens[0]?.type === 'MINUS') sign = -sign;
    const text = tokens[tokens.length - 1].text.replace(/_/g, '');
    const value = /^0o/i.test(text) ? parseInt(text.slice(2), 8) : Number(text);
    return Number.isFinite(value) ? sign * value : null;
  }
  if (node.kind === 'rule' && node.rule === 'parameter') {
    const value = params[parameterName(node)];
    return typeof value === 'number' && Number.isSafeInteger(value) ? sign * value : null;
  }
  return null;
}

/** `size(…)` or `length(…)`, maybe plus or minus a number: bounded by a value that already exists. */
export function isSizeBound(expression: SyntaxNode, params: Params): boolean {
  const node = unwrap(expression);
  const isSizeCall = (n: SyntaxNode) => {
    const call = unwrap(n);
    return (
      call.kind === 'rule' &&
      call.rule === 'functionInvocation' &&
      ['size', 'length'].includes(calledName(call).toLowerCase())
    );
  };
  if (isSizeCall(node)) return true;
  if (node.kind !== 'rule' || node.rule !== 'expression6') return false;
  const [left, right, ...rest] = childRules(node);
  const operators = childTokens(node);
  return (
    rest.length === 0 &&
    operators.length === 1 &&
    ['PLUS', 'MINUS'].includes(operators[0].type) &&
    isSizeCall(left) &&
    staticNumber(right, params) !== null
  );
}

/** The arguments of a function call, as expressions. */
export const argumentsOf = (call: RuleNode): RuleNode[] =>
  childRules(call, 'functionArgument').map((a) => childRules(a)[0]);

/** Elements of range(a, b[, s]) when its arguments are static; null when one is computed. */
export function staticRangeSize(call: RuleNode, params: Params): number | null {
  const [from, to, step] = argumentsOf(call).map((a) => staticNumber(a, params));
  const by = argumentsOf(call).length > 2 ? step : 1;
  if (from === null || to === null || by === null || by === undefined || by === 0) return null;
  return Math.max(0, Math.floor((to - from) / by) + 1);
}

/** How many elements a list expression has, when the query says: a static range, a list literal, a list parameter. */
export function staticListSize(expression: SyntaxNode, params: Params): number | null {
  const node = unwrap(expression);
  if (node.kind !== 'rule') return null;
  if (node.rule === 'functionInvocation' && calledName(node).toLowerCase() === 'range')
    return staticRangeSize(node, params);
  if (node.rule === 'listLiteral') return childRules(node, 'expression').length;
  if (node.rule === 'parameter') {
    const value = params[parameterName(node)];
    return Array.isArray(value) ? value.length : null;
  }
  return null;
}

/** The longest string a list's elements can be (literal lists and list parameters), 20 for numbers. */
export function elementSize(expression: SyntaxNode, params: Params): number {
  const node = unwrap(expression);
  const sizeOf = (v: unknown) => (typeof v === 'string' ? v.length : 20);
  if (node.kind === 'rule' && node.rule === 'listLiteral')
    return Math.max(20, ...rulesNamed(node, 'stringLiteral').map((s) => stringValue(tokensOf(s)[0]).length));
  if (node.kind === 'rule' && node.rule === 'parameter') {
    const value = params[parameterName(node)];
    return Array.isArray(value) ? Math.max(20, ...value.map(sizeOf)) : 20;
  }
  return 20;
}
