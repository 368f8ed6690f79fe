import { expect } from 'chai';
import { QueryGuard } from '../../server/db/console/query-guard';
import { LIMITS, RULES } from '../../server/db/console/console-rules';
import { assertParamsBounded } from '../../server/db/console/params-limits';
import { AppError } from '../../server/errors';
import { WALKAROUNDS } from '../support/console-walkarounds';

// Through the guard's own thread, as the server runs it (recheck runs there in pure JavaScript; in this process
// it would start a native helper that keeps mocha from exiting).
const guard = new QueryGuard();
after(() => guard.close());

/** The rule that refuses `query` (null when the rules let it through to the plan check). */
async function refusedBy(query: string, params: Record<string, unknown> = {}): Promise<string | null> {
  try {
    await guard.assertAllowed(query, params);
    return null;
  } catch (error) {
    return String((error as AppError).details?.rule ?? (error as AppError).code);
  }
}

const nested = (open: string, close: string, depth: number) =>
  `RETURN ${open.repeat(depth)}1${close.repeat(depth)} AS x`;

describe('console rules on the syntax tree: one line per rule', function () {
  // Neo4j's parser for JavaScript takes a few seconds to load on first use.
  this.timeout(30_000);

  it('every rule has an id and a reason', () => {
    for (const rule of RULES) expect(rule.reason.length, rule.id).to.be.above(30);
  });

  it('one-statement', async () => expect(await refusedBy('RETURN 1; RETURN 2')).to.equal('one-statement'));
  it('one-statement allows a trailing semicolon', async () => expect(await refusedBy('RETURN 1;')).to.equal(null));
  it('no-query-options: CYPHER', async () =>
    expect(await refusedBy('CYPHER runtime=slotted MATCH (n) RETURN n')).to.equal('no-query-options'));
  it('no-query-options: EXPLAIN', async () =>
    expect(await refusedBy('EXPLAIN MATCH (n) RETURN n')).to.equal('no-query-options'));
  it('no-query-options: PROFILE', async () =>
    expect(await refusedBy('profile MATCH (n) RETURN n')).to.equal('no-query-options'));
  it('read-clauses-only: a write', async () =>
    expect(await refusedBy('MATCH (n) SET n.x = 1')).to.equal('read-clauses-only'));
  it('read-clauses-only: after a \\r comment', async () =>
    expect(await refusedBy('// hidden\rSHOW SETTINGS')).to.equal('read-clauses-only'));
  it('read-clauses-only: lower case', async () =>
    expect(await refusedBy('terminate transactions "x"')).to.equal('read-clauses-only'));
  it('read-clauses-only: GQL INSERT', async () => expect(await refusedBy('INSERT (:X)')).to.equal('read-clauses-only'));
  it('read-clauses-only ignores keywords in strings', async () =>
    expect(await refusedBy("RETURN 'CREATE' AS x")).to.equal(null));
  it('read-clauses-only ignores keys and labels', async () =>
    expect(await refusedBy('MATCH (n:SET) RETURN n.create, {set: 1}')).to.equal(null));
  it('listed-procedures refuses dbms.*', async () =>
    expect(await refusedBy('CALL dbms.listConfig()')).to.equal('listed-procedures'));
  it('listed-procedures sees through backticks and spaces', async () =>
    expect(await refusedBy('CALL `dbms` . `listConfig`()')).to.equal('listed-procedures'));
  it('listed-procedures allows db.labels', async () =>
    expect(await refusedBy('CALL db.labels() YIELD label RETURN label')).to.equal(null));
  it('listed-procedures leaves CALL { } subqueries alone', async () =>
    expect(await refusedBy('CALL { RETURN 1 AS x } RETURN x')).to.equal(null));
  it('readable: an escape that ends a comment', async () =>
    expect(await refusedBy('RETURN 1 // \\u000aSHOW SETTINGS')).to.equal('readable'));
  it('nesting: parentheses', async () =>
    expect(await refusedBy(nested('(', ')', LIMITS.nesting + 1))).to.equal('nesting'));
  it('nesting: lists', async () => expect(await refusedBy(nested('[', ']', 4_000))).to.equal('nesting'));
  it('nesting: maps', async () => expect(await refusedBy(nested('{a:', '}', LIMITS.nesting + 1))).to.equal('nesting'));
  it('nesting: NOT chains', async () =>
    expect(await refusedBy(`RETURN ${'NOT '.repeat(LIMITS.nesting + 1)}true`)).to.equal('nesting'));
  it('nesting: NOT and brackets together', async () =>
    expect(await refusedBy(`RETURN ${'NOT ('.repeat(40)}true${')'.repeat(40)}`)).to.equal('nesting'));
  // 70 nested CASEs: refused as too deep, or (on a busy machine) as too costly to read within the guard's deadline.
  it('nesting: CASE', async () =>
    expect(await refusedBy(`RETURN ${'CASE WHEN true THEN '.repeat(70)}1${' END'.repeat(70)}`)).to.be.oneOf([
      'nesting',
      'readable',
    ]));
  it('nesting: property chains', async () =>
    expect(await refusedBy(`WITH {} AS m RETURN m${'.a'.repeat(70)}`)).to.equal('nesting'));
  it('nesting allows ordinary depth', async () => expect(await refusedBy(nested('(', ')', 20))).to.equal(null));
  it('query-size', async () => expect(await refusedBy(`RETURN 1${'+1'.repeat(1200)}`)).to.equal('query-size'));
  it('pattern-size: a 90-node cycle', async () =>
    expect(
      await refusedBy(`MATCH ${Array.from({ length: 90 }, (_, i) => `(a${i})--`).join('')}(a0) RETURN 1`),
    ).to.equal('pattern-size'));
  it('pattern-size allows a long path', async () =>
    expect(await refusedBy('MATCH (a)-[:R]->(b)<-[:S]-(c)--(d) RETURN a')).to.equal(null));
  it('range-size: too many elements', async () =>
    expect(await refusedBy('RETURN range(1, 4000000)')).to.equal('range-size'));
  it('range-size: a parameter counts by its value', async () =>
    expect(await refusedBy('RETURN range(1, $n)', { n: 10_000_000 })).to.equal('range-size'));
  it('range-size: computed bounds', async () =>
    expect(await refusedBy('RETURN range(1, toInteger("9" + "999999"))')).to.equal('range-size'));
  it('range-size: all calls together', async () =>
    expect(await refusedBy('UNWIND range(1, 60000) AS a UNWIND range(1, 60000) AS b RETURN 1')).to.equal('range-size'));
  it('range-size allows size()-bounded ranges', async () =>
    expect(await refusedBy('MATCH p = (a)--(b) UNWIND range(0, size(nodes(p)) - 1) AS i RETURN i')).to.equal(null));
  it('range-size allows small ranges', async () =>
    expect(await refusedBy('UNWIND range(1, 10) AS i RETURN i')).to.equal(null));
  it('flat-iteration: nested comprehensions', async () =>
    expect(await refusedBy('WITH [1,2] AS axis RETURN [x IN axis | [y IN axis | 1]]')).to.equal('flat-iteration'));
  it('flat-iteration: range inside a comprehension', async () =>
    expect(await refusedBy('WITH [1,2] AS l RETURN [x IN l | range(1, 1000)]')).to.equal('flat-iteration'));
  it('flat-iteration: reduce inside a comprehension', async () =>
    expect(await refusedBy('WITH [1,2] AS l RETURN [x IN l | reduce(s = 0, y IN l | s + y)]')).to.equal(
      'flat-iteration',
    ));
  it('flat-iteration allows one comprehension and filters', async () =>
    expect(
      await refusedBy('MATCH (n) RETURN [x IN labels(n) WHERE x <> "A" | toLower(x)], [(n)-->(m) | m.name]'),
    ).to.equal(null));
  it('no-self-growth: doubling accumulator', async () =>
    expect(await refusedBy('RETURN reduce(a = "x", i IN [1,2,3] | a + a)')).to.equal('no-self-growth'));
  it('no-self-growth: replace inside reduce', async () =>
    expect(await refusedBy('RETURN reduce(a = "x", i IN [1,2,3] | replace(a, "x", "xx"))')).to.equal('no-self-growth'));
  it('no-self-growth allows a running sum', async () =>
    expect(await refusedBy('RETURN reduce(s = 0, x IN [1,2,3] | s + x)')).to.equal(null));
  it('one-growing-replace', async () =>
    expect(await refusedBy('WITH "a" AS s WITH replace(s, "a", "aa") AS s RETURN replace(s, "a", "aa")')).to.equal(
      'one-growing-replace',
    ));
  it('one-growing-replace allows shortening replaces', async () =>
    expect(await refusedBy('RETURN replace(replace("abc", "bc", "x"), "a", "")')).to.equal(null));
  it('with-chain', async () =>
    expect(await refusedBy(`WITH "x" AS a ${'WITH a + a AS a '.repeat(LIMITS.withClauses)}RETURN size(a)`)).to.equal(
      'with-chain',
    ));
  it('with-chain does not count STARTS WITH', async () =>
    expect(await refusedBy("MATCH (n) WHERE n.name STARTS WITH 'A' OR n.name ENDS WITH 'b' RETURN n")).to.equal(null));
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

describe('console rules: the walk-arounds of issue 21', function () {
  this.timeout(60_000);
  for (const w of WALKAROUNDS)
    it(`${w.name}: ${w.rule}`, async () => expect(await refusedBy(w.query, w.params)).to.equal(w.rule));

  it('still runs ordinary regexes and builders', async () => {
    expect(await refusedBy("MATCH (n:Person) WHERE n.name =~ '(?i).*putin.*' RETURN n.name")).to.equal(null);
    expect(await refusedBy("RETURN 'Xi Jinping' =~ 'Xi.*' AS m")).to.equal(null);
    expect(await refusedBy("RETURN reduce(s = '', x IN ['a', 'b', 'c'] | s + x + ', ') AS joined")).to.equal(null);
    expect(await refusedBy('RETURN reduce(l = [], i IN range(1, 3000) | [l]) AS deep')).to.equal(null);
    expect(await refusedBy('RETURN reduce(total = 0, x IN range(1, 100000) | total + x) AS sum')).to.equal(null);
  });

  it('reads the query as Neo4j does: an escape is decoded before the rules see it', async () =>
    expect(await refusedBy('RETURN size(r\\u0061nge(1, 10000000)) AS n')).to.equal('range-size'));

  it('refuses what the parser cannot place in its tree instead of guessing', async () =>
    expect(await refusedBy('MATCH (n) DE\u200bTACH DELETE n')).to.equal('syntax'));
});
