import { RuleNode, SyntaxNode, TokenNode } from './cypher-syntax';

/** Reading the parse tree (cypher-syntax.ts) without recursion: a deep tree must not overflow the stack. */

/** Every rule node named `rule` under `root` (root included), in no particular order. */
export function rulesNamed(root: SyntaxNode, ...names: string[]): RuleNode[] {
  const wanted = new Set(names);
  const found: RuleNode[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind !== 'rule') continue;
    if (wanted.has(node.rule)) found.push(node);
    for (const child of node.children) stack.push(child);
  }
  return found;
}

/** The tokens under `root`, in the order they were written. */
export function tokensOf(root: SyntaxNode): TokenNode[] {
  const tokens: TokenNode[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'token') {
      if (node.type !== 'EOF') tokens.push(node);
    } else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return tokens;
}

export const childRules = (node: RuleNode, rule?: string): RuleNode[] =>
  node.children.filter((c): c is RuleNode => c.kind === 'rule' && (rule === undefined || c.rule === rule));

export const childTokens = (node: RuleNode, type?: string): TokenNode[] =>
  node.children.filter((c): c is TokenNode => c.kind === 'token' && (type === undefined || c.type === type));

/** Down through rules that only wrap one other rule (expression → expression11 → … → literal → stringLiteral). */
export function unwrap(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.kind === 'rule' && current.children.length === 1 && current.children[0].kind === 'rule')
    current = current.children[0];
  return current;
}

/** A name as Neo4j reads it: backticks removed (two inside mean one). */
export function nameText(token: TokenNode): string {
  return token.type === 'ESCAPED_SYMBOLIC_NAME' ? token.text.slice(1, -1).replace(/``/g, '`') : token.text;
}

/** The name a rule spells (a variable, a symbolicNameString, a namespace plus name): its tokens' names, joined. */
export function nameOf(node: SyntaxNode): string {
  return tokensOf(node)
    .map((t) => (t.type === 'DOT' ? '.' : nameText(t)))
    .join('');
}

/** A function's or procedure's full name (`db.labels`, `range`), as written but without backticks. */
export const calledName = (invocation: RuleNode): string =>
  nameOf(childRules(invocation, 'functionName')[0] ?? childRules(invocation, 'procedureName')[0] ?? invocation);

/** Calls of the function `name` (case-insensitive, no namespace) under `root`. */
export function callsOf(root: SyntaxNode, name: string): RuleNode[] {
  return rulesNamed(root, 'functionInvocation').filter((f) => calledName(f).toLowerCase() === name);
}

/** A string literal's value: quotes off, Cypher's escapes read. */
export function stringValue(token: TokenNode): string {
  const body = token.text.slice(1, -1);
  const escapes: Record<string, string> = {
    t: '\t',
    b: '\b',
    n: '\n',
    r: '\r',
    f: '\f',
    "'": "'",
    '"': '"',
    '\\': '\\',
  };
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) =>
    e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (escapes[e] ?? `\\${e}`),
  );
}
