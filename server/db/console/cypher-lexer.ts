/**
 * Cypher split into tokens the way Neo4j 5's parser splits it. The console's rules read Neo4j's own parse tree
 * (cypher-syntax.ts); this lexer remains for two things that tree does not do: decoding `\uXXXX` escapes as
 * Neo4j 5.26 does before anything else (decodeUnicodeEscapes), and reading names out of plan details
 * (plan-policy.ts). Verified against Neo4j 5.26 (test/unit/console-lexer.test.ts holds the cases):
 * - `\uXXXX` escapes are decoded before anything else, anywhere in the text (JavaCC's Java-unicode-escape
 *   pass): `\u0027` ends a string, `\u000a` ends a comment. A backslash run of even length escapes nothing.
 * - `//` comments end at `\n` or `\r`; `\u2028`, `\u0085`, form feed and vertical tab do not end them.
 * - Strings are delimited by ASCII `'` and `"` only (fullwidth look-alikes are plain characters), a backslash
 *   takes the next character with it; backtick names end at a single backtick (two mean one).
 * Nothing is normalised: no case folding, no NFKC. What the lexer cannot place with certainty is refused.
 */

export type TokenKind = 'word' | 'name' | 'string' | 'number' | 'parameter' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** The token as written (after escape decoding); for `name` the unquoted name. */
  text: string;
  /** Offset in the decoded text. */
  offset: number;
}

export class LexError extends Error {
  override name = 'LexError';
}

/** Characters an escape may not produce: they change where strings, names and comments end. */
const STRUCTURAL = new Set(["'", '"', '`', '\\', '/', '*', '\n', '\r']);

const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** JavaCC's pass: an odd run of backslashes before `u+XXXX` makes its last backslash an escape. */
export function decodeUnicodeEscapes(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '\\') {
      out += text[i++];
      continue;
    }
    let run = 0;
    while (text[i + run] === '\\') run++;
    let u = i + run;
    if (run % 2 === 1 && text[u] === 'u') {
      while (text[u] === 'u') u++;
      const hex = text.slice(u, u + 4);
      if (!HEX4.test(hex)) throw new LexError('an invalid \\u escape');
      const decoded = String.fromCharCode(parseInt(hex, 16));
      if (STRUCTURAL.has(decoded) || decoded < ' ')
        throw new LexError(`a \\u escape that spells ${JSON.stringify(decoded)} (write the character itself)`);
      out += '\\'.repeat(run - 1) + decoded;
      i = u + 4;
    } else {
      out += text.slice(i, i + run);
      i += run;
    }
  }
  return out;
}

const MULTI_CHAR_SYMBOLS = [
  '<-->',
  '-->',
  '<--',
  '->',
  '<-',
  '--',
  '<=',
  '>=',
  '<>',
  '!=',
  '=~',
  '+=',
  '..',
  '::',
  '||',
];
const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;

function readQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (quote !== '`' && c === '\\') i += 2;
    else if (c === quote) {
      if (quote === '`' && text[i + 1] === '`') i += 2;
      else return i + 1;
    } else i++;
  }
  throw new LexError(quote === '`' ? 'an unterminated `name`' : 'an unterminated string');
}

/** Tokens of `query` as Neo4j reads them; comments and whitespace are dropped. Throws LexError when unsure. */
export function tokenize(query: string): Token[] {
  const text = decodeUnicodeEscapes(query);
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new LexError('an unterminated /* comment');
      i = end + 2;
    } else if (c === "'" || c === '"') {
      const end = readQuoted(text, i, c);
      tokens.push({ kind: 'string', text: text.slice(i, end), offset: i });
      i = end;
    } else if (c === '`') {
      const end = readQuoted(text, i, '`');
      tokens.push({ kind: 'name', text: text.slice(i + 1, end - 1).replace(/``/g, '`'), offset: i });
      i = end;
    } else if (c === '$') {
      let j = i + 1;
      if (text[j] === '`') j = readQuoted(text, j, '`');
      else while (j < text.length && WORD_PART.test(text[j])) j++;
      tokens.push({ kind: 'parameter', text: text.slice(i + 1, j).replace(/^`|`$/g, ''), offset: i });
      i = j;
    } else if (DIGIT.test(c) || (c === '.' && DIGIT.test(next ?? ''))) {
      let j = i + 1;
      while (j < text.length && /[0-9A-Za-z_.]/.test(text[j])) {
        if (text[j] === '.' && (text[j + 1] === '.' || !DIGIT.test(text[j + 1] ?? ''))) break;
        if ((text[j] === 'e' || text[j] === 'E') && (text[j + 1] === '-' || text[j + 1] === '+')) j++;
        j++;
      }
      tokens.push({ kind: 'number', text: text.slice(i, j), offset: i });
      i = j;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < text.length && WORD_PART.test(text[j])) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j), offset: i });
      i = j;
    } else if (/\s/.test(c) || /[\u0085\u200b\ufeff]/.test(c)) {
      i++;
    } else {
      const symbol = MULTI_CHAR_SYMBOLS.find((s) => text.startsWith(s, i)) ?? c;
      tokens.push({ kind: 'symbol', text: symbol, offset: i });
      i += symbol.length;
    }
  }
  return tokens;
}
