/**
 * Cypher parsed by Neo4j's own parser for JavaScript (`@neo4j-cypher/language-support`, the ANTLR grammar Neo4j's
 * tools use), as a plain tree the console's rules read: a rule node names its grammar rule, a token node carries
 * its text and token type. Backticks, spacing and comments cannot hide anything from rules that read this.
 *
 * The package exposes no parse tree in its API beyond a debug view that cannot tell an empty rule from a token;
 * its language service keeps the full ANTLR parse of what it was last asked about, which is what is read here.
 * The version is pinned in package.json, and test/unit/console-syntax.test.ts checks the shapes relied on.
 */
import { CypherLanguageService, lintCypherQuery } from '@neo4j-cypher/language-support';

export interface RuleNode {
  kind: 'rule';
  rule: string;
  children: SyntaxNode[];
  /** Offset of the first character in the query. */
  start: number;
}

export interface TokenNode {
  kind: 'token';
  /** Consumed or conjured by the parser's error recovery: the query does not read as the grammar says there. */
  recovered?: boolean;
  /** The lexer's name for the token (`ESCAPED_SYMBOLIC_NAME`, `UNSIGNED_DECIMAL_INTEGER`, `LPAREN`, …). */
  type: string;
  text: string;
  start: number;
}

export type SyntaxNode = RuleNode | TokenNode;

export interface ParsedQuery {
  /** One tree per statement (the console runs one). */
  statements: RuleNode[];
  /** What the parser could not read, as it says it; empty when the query parsed cleanly. */
  errors: string[];
}

/** What is used of antlr4ng's parse tree (the package does not export its types). */
interface AntlrTree {
  ruleIndex?: number;
  symbol?: { type: number; text?: string; start: number; tokenIndex?: number };
  children?: AntlrTree[] | null;
  start?: { start: number } | null;
  /** The visitor pattern: a terminal calls visitTerminal, an error node (a token error recovery skipped) visitErrorNode. */
  accept?(visitor: { visitTerminal(): boolean; visitErrorNode(): boolean; visitChildren(): boolean }): boolean;
}

/** A token the parser's error recovery consumed or made up rather than read as the grammar says. */
const isRecovered = (node: AntlrTree) =>
  (node.symbol?.tokenIndex ?? 0) < 0 ||
  node.accept?.({ visitTerminal: () => false, visitErrorNode: () => true, visitChildren: () => false }) === true;

interface ParsedStatement {
  ctx: AntlrTree;
  /** Every token the lexer made for the statement, hidden ones (spaces, comments) included. */
  tokens: { type: number; channel: number; text?: string }[];
  parser: {
    ruleNames: string[];
    vocabulary: { getSymbolicName(type: number): string | null };
  };
  syntaxErrors: { message: string }[];
}

/** The language service's parse, which its TypeScript declarations keep private. */
interface LanguageServiceParser {
  parse(query: string): { statementsParsing: ParsedStatement[] };
}

const service = new CypherLanguageService({ consoleCommandsEnabled: false }) as unknown as LanguageServiceParser;

/** ANTLR's tree as plain nodes, without recursion (a deep tree must not overflow the stack here either). */
function plainTree(root: AntlrTree, statement: ParsedStatement): RuleNode {
  const { ruleNames, vocabulary } = statement.parser;
  const convert = (node: AntlrTree): SyntaxNode =>
    node.symbol
      ? {
          kind: 'token',
          type: vocabulary.getSymbolicName(node.symbol.type) ?? String(node.symbol.type),
          text: node.symbol.text ?? '',
          start: node.symbol.start,
          ...(isRecovered(node) ? { recovered: true } : {}),
        }
      : {
          kind: 'rule',
          rule: ruleNames[node.ruleIndex ?? -1] ?? 'unknown',
          children: [],
          start: node.start?.start ?? 0,
        };
  const top = convert(root) as RuleNode;
  const stack: [AntlrTree, RuleNode][] = [[root, top]];
  while (stack.length) {
    const [node, plain] = stack.pop()!;
    for (const child of node.children ?? []) {
      const converted = convert(child);
      plain.children.push(converted);
      if (converted.kind === 'rule') stack.push([child, converted]);
    }
  }
  return top;
}

/** The tokens a tree holds, and its rules that hold nothing, found without recursion. */
function treeParts(root: RuleNode): { tokens: TokenNode[]; empty: RuleNode[] } {
  const tokens: TokenNode[] = [];
  const empty: RuleNode[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'token') tokens.push(node);
    else if (node.children.length === 0) empty.push(node);
    else stack.push(...node.children);
  }
  return { tokens, empty };
}

/** Rules the grammar lets match nothing (a function's namespace); any other rule left empty is a recovered error. */
const MAY_BE_EMPTY = new Set(['namespace']);

/**
 * What the parser did not place: its error recovery may skip a stray token or leave the rest of the text out of
 * the tree without a syntax error (`MATCH (n) DE\u200bTACH DELETE n` parsed as `MATCH (n)`, `RETURN n.` with an
 * empty property name), and a rule cannot judge what is not in the tree. Every token the lexer saw outside spaces
 * and comments must be in it, none made up or skipped by the recovery, and no rule left empty that must hold one.
 */
function unplaced(statement: ParsedStatement, tree: RuleNode): string | null {
  const { tokens: inTree, empty } = treeParts(tree);
  const bad = inTree.find((t) => t.recovered || t.type === 'ErrorChar' || t.text.startsWith('<missing'));
  if (bad) return `it cannot read ${JSON.stringify(bad.text)} at offset ${bad.start}`;
  const missing = empty.find((r) => !MAY_BE_EMPTY.has(r.rule));
  if (missing) return `something is missing at offset ${missing.start} (a ${missing.rule})`;
  const seen = statement.tokens.filter((t) => t.channel === 0 && t.type !== -1).length;
  const placed = inTree.filter((t) => t.type !== 'EOF').length;
  return placed === seen ? null : `it could place ${placed} of its ${seen} words and symbols`;
}

/** Parses a query; throws RangeError if it nests so deep the parser's recursion overflows (callers refuse those). */
export function parseCypher(query: string): ParsedQuery {
  const { statementsParsing } = service.parse(query);
  // After a trailing semicolon the service keeps an empty statement: nothing to read there.
  const statements = statementsParsing.filter((s) => s.ctx && s.tokens.some((t) => t.channel === 0 && t.type !== -1));
  const trees = statements.map((s) => plainTree(s.ctx, s));
  const errors = statements.flatMap((s) => s.syntaxErrors.map((e) => e.message));
  statements.forEach((s, i) => {
    const problem = unplaced(s, trees[i]);
    if (problem) errors.push(problem);
  });
  return { statements: trees, errors };
}

/** `(line 1, column 10 (offset: 9))`, as Neo4j positions its errors. */
export function position(query: string, offset: number): string {
  const before = query.slice(0, offset).split('\n');
  return `(line ${before.length}, column ${before[before.length - 1].length + 1} (offset: ${offset}))`;
}

/**
 * What is wrong with a query the parser could not read, in the words of Neo4j's linter and positioned as Neo4j
 * positions its errors; null when the linter finds nothing (the caller then says what it found itself).
 */
export function syntaxErrorOf(query: string): string | null {
  const { diagnostics } = lintCypherQuery(query, {}, { consoleCommandsEnabled: false });
  const first = diagnostics.filter((d) => d.severity === 1).sort((a, b) => a.offsets.start - b.offsets.start)[0];
  const message = typeof first?.message === 'string' ? first.message : first?.message.value;
  return first && message ? `${message.split('\n')[0]} ${position(query, first.offsets.start)}` : null;
}
