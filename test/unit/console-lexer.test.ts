import { expect } from 'chai';
import { decodeUnicodeEscapes, LexError, tokenize } from '../../server/db/console/cypher-lexer';

/** The words and symbols Neo4j would see (strings and names shown with their kind). */
const seen = (query: string) =>
  tokenize(query).map((t) => (t.kind === 'word' || t.kind === 'symbol' ? t.text : `${t.kind}:${t.text}`));

// Each case was checked against Neo4j 5.26 with EXPLAIN: what Neo4j parsed is what the lexer shows.
describe('console lexer: Neo4j 5.26 reads these the same way', () => {
  it('a // comment ends at \\n', () =>
    expect(seen('RETURN 1 // x\nSHOW')).to.deep.equal(['RETURN', 'number:1', 'SHOW']));
  it('a // comment ends at a bare \\r', () => expect(seen('// x\rSHOW SETTINGS')).to.deep.equal(['SHOW', 'SETTINGS']));
  for (const c of ['\u2028', '\u2029', '\u0085', '\u000b', '\u000c'])
    it(`a // comment does not end at U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, () =>
      expect(seen(`RETURN 1 // x${c}SHOW`)).to.deep.equal(['RETURN', 'number:1']));
  it('/* */ does not nest', () =>
    expect(seen('RETURN 1 /* a /* b */ , 2')).to.deep.equal(['RETURN', 'number:1', ',', 'number:2']));
  it('\\u escapes are decoded before lexing', () => expect(decodeUnicodeEscapes('a\\u00e9b')).to.equal('aéb'));
  it('an escaped backslash does not start an escape', () =>
    expect(decodeUnicodeEscapes('\\\\u0041')).to.equal('\\\\u0041'));
  it('an odd backslash run before u escapes with its last backslash', () =>
    expect(decodeUnicodeEscapes('\\\\\\u0041')).to.equal('\\\\A'));
  it('several u letters are one escape', () => expect(decodeUnicodeEscapes('\\uuu0041')).to.equal('A'));
  it('fullwidth quotes are not quotes', () => expect(seen('RETURN ＂a＂')[1]).to.equal('＂'));
  it('a backslash keeps the next quote inside the string', () =>
    expect(seen("RETURN 'a\\'b' AS x")).to.deep.equal(['RETURN', "string:'a\\'b'", 'AS', 'x']));
  it('a fullwidth backslash escapes nothing', () =>
    expect(seen("RETURN 'a＼' , 2")).to.deep.equal(['RETURN', "string:'a＼'", ',', 'number:2']));
  it('two backticks inside a name are one', () =>
    expect(seen('RETURN 1 AS `a``b`')).to.deep.equal(['RETURN', 'number:1', 'AS', 'name:a`b']));
  it('keeps a .. range apart from its numbers', () =>
    expect(seen('[*1..3]')).to.deep.equal(['[', '*', 'number:1', '..', 'number:3', ']']));
  it('reads parameters', () =>
    expect(seen('RETURN $x, $`y z`')).to.deep.equal(['RETURN', 'parameter:x', ',', 'parameter:y z']));
});

describe('console lexer: refuses what it cannot place', () => {
  const refuses = (query: string) => expect(() => tokenize(query), JSON.stringify(query)).to.throw(LexError);
  it('an escape that spells a quote', () => refuses("RETURN 'a\\u0027 AS x"));
  it('an escape that spells a line break', () => refuses('RETURN 1 // \\u000aSHOW SETTINGS'));
  it('an escape that spells a backtick', () => refuses('RETURN 1 AS `a\\u0060'));
  it('an escape that spells a comment star', () => refuses('RETURN 1 /* \\u002a/ , 2'));
  it('an invalid escape', () => refuses('RETURN "\\u12G4"'));
  it('an unterminated string', () => refuses("RETURN 'abc"));
  it('an unterminated comment', () => refuses('RETURN 1 /* abc'));
});
