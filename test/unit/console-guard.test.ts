import { expect } from 'chai';
import { assertPassesLexicalGuard, LIMITS, RULES } from '../../server/db/console/lexical-guard';
import { assertParamsBounded } from '../../server/db/console/params-limits';
import { AppError } from '../../server/errors';

/** The rule that refuses `query` (null when the lexical guard lets it through to the plan check). */
function refusedBy(query: string, params: Record<string, unknown> = {}): string | null {
  try {
    assertPassesLexicalGuard(query, params);
    return null;
  } catch (error) {
    return String((error as AppError).details?.rule ?? (error as AppError).code);
  }
}

const nested = (open: string, close: string, depth: number) =>
  `RETURN ${open.repeat(depth)}1${close.repeat(depth)} AS x`;

describe('console lexical guard: one line per rule', () => {
  it('every rule has an id and a reason', () => {
    for (const rule of RULES) expect(rule.reason.length, rule.id).to.be.above(30);
  });

  it('one-statement', () => expect(refusedBy('RETURN 1; RETURN 2')).to.equal('one-statement'));
  it('one-statement allows a trailing semicolon', () => expect(refusedBy('RETURN 1;')).to.equal(null));
  it('no-query-options: CYPHER', () =>
    expect(refusedBy('CYPHER runtime=slotted MATCH (n) RETURN n')).to.equal('no-query-options'));
  it('no-query-options: EXPLAIN', () => expect(refusedBy('EXPLAIN MATCH (n) RETURN n')).to.equal('no-query-options'));
  it('no-query-options: PROFILE', () => expect(refusedBy('profile MATCH (n) RETURN n')).to.equal('no-query-options'));
  it('read-clauses-only: a write', () => expect(refusedBy('MATCH (n) SET n.x = 1')).to.equal('read-clauses-only'));
  it('read-clauses-only: after a \\r comment', () =>
    expect(refusedBy('// hidden\rSHOW SETTINGS')).to.equal('read-clauses-only'));
  it('read-clauses-only: lower case', () =>
    expect(refusedBy('terminate transactions "x"')).to.equal('read-clauses-only'));
  it('read-clauses-only: GQL INSERT', () => expect(refusedBy('INSERT (:X)')).to.equal('read-clauses-only'));
  it('read-clauses-only ignores keywords in strings', () => expect(refusedBy("RETURN 'CREATE' AS x")).to.equal(null));
  it('read-clauses-only ignores keys and labels', () =>
    expect(refusedBy('MATCH (n:SET) RETURN n.create, {set: 1}')).to.equal(null));
  it('listed-procedures refuses dbms.*', () =>
    expect(refusedBy('CALL dbms.listConfig()')).to.equal('listed-procedures'));
  it('listed-procedures sees through backticks and spaces', () =>
    expect(refusedBy('CALL `dbms` . `listConfig`()')).to.equal('listed-procedures'));
  it('listed-procedures allows db.labels', () =>
    expect(refusedBy('CALL db.labels() YIELD label RETURN label')).to.equal(null));
  it('listed-procedures leaves CALL { } subqueries alone', () =>
    expect(refusedBy('CALL { RETURN 1 AS x } RETURN x')).to.equal(null));
  it('readable: an escape that ends a comment', () =>
    expect(refusedBy('RETURN 1 // \\u000aSHOW SETTINGS')).to.equal('readable'));
  it('nesting: parentheses', () => expect(refusedBy(nested('(', ')', LIMITS.nesting + 1))).to.equal('nesting'));
  it('nesting: lists', () => expect(refusedBy(nested('[', ']', 4_000))).to.equal('nesting'));
  it('nesting: maps', () => expect(refusedBy(nested('{a:', '}', LIMITS.nesting + 1))).to.equal('nesting'));
  it('nesting: NOT chains', () =>
    expect(refusedBy(`RETURN ${'NOT '.repeat(LIMITS.nesting + 1)}true`)).to.equal('nesting'));
  it('nesting: NOT and brackets together', () =>
    expect(refusedBy(`RETURN ${'NOT ('.repeat(40)}true${')'.repeat(40)}`)).to.equal('nesting'));
  it('nesting: CASE', () =>
    expect(refusedBy(`RETURN ${'CASE WHEN true THEN '.repeat(70)}1${' END'.repeat(70)}`)).to.equal('nesting'));
  it('nesting: property chains', () =>
    expect(refusedBy(`WITH {} AS m RETURN m${'.a'.repeat(70)}`)).to.equal('nesting'));
  it('nesting allows ordinary depth', () => expect(refusedBy(nested('(', ')', 20))).to.equal(null));
  it('query-size', () => expect(refusedBy(`RETURN 1${'+1'.repeat(1200)}`)).to.equal('query-size'));
  it('pattern-size: a 90-node cycle', () =>
    expect(refusedBy(`MATCH ${Array.from({ length: 90 }, (_, i) => `(a${i})--`).join('')}(a0) RETURN 1`)).to.equal(
      'pattern-size',
    ));
  it('pattern-size allows a long path', () =>
    expect(refusedBy('MATCH (a)-[:R]->(b)<-[:S]-(c)--(d) RETURN a')).to.equal(null));
  it('range-size: too many elements', () => expect(refusedBy('RETURN range(1, 4000000)')).to.equal('range-size'));
  it('range-size: a parameter counts by its value', () =>
    expect(refusedBy('RETURN range(1, $n)', { n: 10_000_000 })).to.equal('range-size'));
  it('range-size: computed bounds', () =>
    expect(refusedBy('RETURN range(1, toInteger("9" + "999999"))')).to.equal('range-size'));
  it('range-size: all calls together', () =>
    expect(refusedBy('UNWIND range(1, 60000) AS a UNWIND range(1, 60000) AS b RETURN 1')).to.equal('range-size'));
  it('range-size allows size()-bounded ranges', () =>
    expect(refusedBy('MATCH p = (a)--(b) UNWIND range(0, size(nodes(p)) - 1) AS i RETURN i')).to.equal(null));
  it('range-size allows small ranges', () => expect(refusedBy('UNWIND range(1, 10) AS i RETURN i')).to.equal(null));
  it('flat-iteration: nested comprehensions', () =>
    expect(refusedBy('WITH [1,2] AS axis RETURN [x IN axis | [y IN axis | 1]]')).to.equal('flat-iteration'));
  it('flat-iteration: range inside a comprehension', () =>
    expect(refusedBy('WITH [1,2] AS l RETURN [x IN l | range(1, 1000)]')).to.equal('flat-iteration'));
  it('flat-iteration: reduce inside a comprehension', () =>
    expect(refusedBy('WITH [1,2] AS l RETURN [x IN l | reduce(s = 0, y IN l | s + y)]')).to.equal('flat-iteration'));
  it('flat-iteration allows one comprehension and filters', () =>
    expect(refusedBy('MATCH (n) RETURN [x IN labels(n) WHERE x <> "A" | toLower(x)], [(n)-->(m) | m.name]')).to.equal(
      null,
    ));
  it('no-self-growth: doubling accumulator', () =>
    expect(refusedBy('RETURN reduce(a = "x", i IN [1,2,3] | a + a)')).to.equal('no-self-growth'));
  it('no-self-growth: replace inside reduce', () =>
    expect(refusedBy('RETURN reduce(a = "x", i IN [1,2,3] | replace(a, "x", "xx"))')).to.equal('no-self-growth'));
  it('no-self-growth allows a running sum', () =>
    expect(refusedBy('RETURN reduce(s = 0, x IN [1,2,3] | s + x)')).to.equal(null));
  it('one-growing-replace', () =>
    expect(refusedBy('WITH "a" AS s WITH replace(s, "a", "aa") AS s RETURN replace(s, "a", "aa")')).to.equal(
      'one-growing-replace',
    ));
  it('one-growing-replace allows shortening replaces', () =>
    expect(refusedBy('RETURN replace(replace("abc", "bc", "x"), "a", "")')).to.equal(null));
  it('with-chain', () =>
    expect(refusedBy(`WITH "x" AS a ${'WITH a + a AS a '.repeat(LIMITS.withClauses)}RETURN size(a)`)).to.equal(
      'with-chain',
    ));
  it('with-chain does not count STARTS WITH', () =>
    expect(refusedBy("MATCH (n) WHERE n.name STARTS WITH 'A' OR n.name ENDS WITH 'b' RETURN n")).to.equal(null));
});

describe('console parameters', () => {
  const nestedParams = (depth: number) => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { a: value };
    return { p: value } as Record<string, unknown>;
  };
  it('refuses 10,000-deep nesting without overflowing', () =>
    expect(() => assertParamsBounded(nestedParams(10_000))).to.throw(/nested deeper/));
  it('refuses too many values', () =>
    expect(() => assertParamsBounded({ p: Array.from({ length: 20_000 }, (_, i) => i) })).to.throw(/values/));
  it('accepts ordinary parameters', () =>
    expect(() => assertParamsBounded({ id: 'x', ids: ['a', 'b'], n: { k: 1 } })).not.to.throw());
});
