import { decodeUnicodeEscapes, LexError } from './cypher-lexer';
import { parseCypher, RuleNode, SyntaxNode, syntaxErrorOf } from './cypher-syntax';
import { LIMITS, Refusal, RULES, Shape } from './console-rules';
import { regexVerdict } from './regex-safety';
import { childRules, childTokens, rulesNamed, stringValue, tokensOf, unwrap } from './syntax-tree';

/** A literal or parameter string a quadratic regex may be run on: n² steps, about a second at this length. */
const QUADRATIC_SUBJECT_CHARS = 10_000;

/** A query and its parameters, as the guard's thread receives them. */
export interface GuardRequest {
  query: string;
  params: Record<string, unknown>;
}

/** The console's answer about a query before Neo4j sees it. */
export type Verdict = { ok: true } | { ok: false; refusal: Refusal | 'unreadable'; rule: string; message: string };

const refuse = (refusal: Refusal | 'unreadable', rule: string, found: string, reason: string): Verdict => ({
  ok: false,
  refusal,
  rule,
  message: `Refused (${found}): ${reason}`,
});

const REGEX_REASON =
  'A regular expression (=~) runs inside one expression, where Neo4j checks neither time nor memory: it must be ' +
  'written in the query or sent as a parameter, and one that can backtrack for long (ReDoS, checked with recheck) ' +
  'is refused; a quadratic one only on stored values or strings up to ' +
  `${QUADRATIC_SUBJECT_CHARS.toLocaleString('en')} characters. CONTAINS, STARTS WITH and ENDS WITH never backtrack.`;

/** How long a string a query or its parameters spell out is; null when it is computed or read from the graph. */
function literalLength(node: SyntaxNode, params: Record<string, unknown>): number | null {
  const inner = unwrap(node);
  if (inner.kind !== 'rule') return null;
  if (inner.rule === 'stringLiteral') return stringValue(tokensOf(inner)[0]).length;
  if (inner.rule === 'parameter') return parameterString(inner, params)?.length ?? null;
  return null;
}

/** `n.name`: a stored property, whose size the data bounds. */
function isPropertyRead(node: SyntaxNode): boolean {
  const inner = unwrap(node);
  return inner.kind === 'rule' && inner.rule === 'expression2' && childRules(inner, 'postFix').length > 0;
}

/** The string a parameter holds, or null. */
function parameterString(node: RuleNode, params: Record<string, unknown>): string | null {
  const value =
    params[
      tokensOf(node)
        .slice(1)
        .map((t) => t.text.replace(/^`|`$/g, ''))
        .join('')
    ];
  return typeof value === 'string' ? value : null;
}

/** Every `=~` with what it is matched against: `x =~ p` (x known) and `CASE x WHEN =~ p` (x not read here). */
function regexMatches(statements: RuleNode[]): { subject: RuleNode | null; pattern: SyntaxNode }[] {
  const found: { subject: RuleNode | null; pattern: SyntaxNode }[] = [];
  for (const statement of statements) {
    for (const comparison of rulesNamed(statement, 'expression7')) {
      const [subject, test] = childRules(comparison);
      if (test?.rule === 'comparisonExpression6' && childTokens(test, 'REGEQ').length)
        found.push({ subject, pattern: unwrap(childRules(test)[0]) });
    }
    for (const when of rulesNamed(statement, 'extendedWhen'))
      if (childTokens(when, 'REGEQ').length) found.push({ subject: null, pattern: unwrap(childRules(when)[0]) });
  }
  return found;
}

/** Every `=~`: its pattern must be known, safe from ReDoS, and a quadratic one only on a bounded subject. */
async function regexRefusal(statements: RuleNode[], params: Record<string, unknown>): Promise<Verdict | null> {
  for (const { subject, pattern: node } of regexMatches(statements)) {
    const pattern =
      node.kind !== 'rule'
        ? null
        : node.rule === 'stringLiteral'
          ? stringValue(tokensOf(node)[0])
          : node.rule === 'parameter'
            ? parameterString(node, params)
            : null;
    if (pattern === null) return refuse('costly', 'regex', 'a regular expression the query computes', REGEX_REASON);
    const verdict = await regexVerdict(pattern);
    const shown = JSON.stringify(pattern.length > 40 ? `${pattern.slice(0, 40)}…` : pattern);
    if (verdict.kind === 'unsafe')
      return refuse('costly', 'regex', `the regular expression ${shown}: ${verdict.why}`, REGEX_REASON);
    if (verdict.kind === 'quadratic') {
      const length = subject ? literalLength(subject, params) : null;
      const bounded =
        subject !== null && (isPropertyRead(subject) || (length !== null && length <= QUADRATIC_SUBJECT_CHARS));
      if (!bounded)
        return refuse(
          'costly',
          'regex',
          `the quadratic regular expression ${shown} on a string the query builds or sends`,
          REGEX_REASON,
        );
    }
  }
  return null;
}

/**
 * Reads a query as Neo4j 5.26 does and applies the console's rules (console-rules.ts) and the regex check. First,
 * `\uXXXX` escapes are decoded as Neo4j's parser decodes them, everywhere in the text (one that spells a quote,
 * comment marker or line break is refused); then the text is parsed by Neo4j's own parser for JavaScript. A query
 * that parser cannot read cleanly is refused rather than guessed at. CPU-bound: the server runs it on a worker
 * thread with a deadline (query-guard.ts).
 */
export async function inspectQuery(query: string, params: Record<string, unknown>): Promise<Verdict> {
  let decoded: string;
  try {
    decoded = decodeUnicodeEscapes(query);
  } catch (error) {
    if (!(error instanceof LexError)) throw error;
    return refuse(
      'forbidden',
      'readable',
      `it contains ${error.message}`,
      'The console cannot read this query safely.',
    );
  }
  let parsed;
  try {
    parsed = parseCypher(decoded);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return refuse(
      'costly',
      'nesting',
      'nesting too deep to read',
      `Nesting deeper than ${LIMITS.nesting} can overflow Neo4j's parser.`,
    );
  }
  const statements = parsed.statements.filter((s) => tokensOf(s).length > 0);
  if (statements.length === 0)
    return { ok: false, refusal: 'unreadable', rule: 'syntax', message: 'The query is empty.' };
  const shape: Shape = { statements, tokens: statements.flatMap(tokensOf), params };
  // What a rule finds is refused even in a tree the parser had to recover (SHOW SETTINGS is refused as what it
  // is); what none finds passes only if the tree holds the whole query as written.
  for (const rule of RULES) {
    const found = rule.find(shape);
    if (found) return refuse(rule.refusal, rule.id, found, rule.reason);
  }
  if (parsed.errors.length)
    return {
      ok: false,
      refusal: 'unreadable',
      rule: 'syntax',
      message: syntaxErrorOf(decoded) ?? `The console cannot read this query: ${parsed.errors[0]}`,
    };
  return (await regexRefusal(statements, params)) ?? { ok: true };
}
