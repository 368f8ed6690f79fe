/**
 * The ways around the console's old lexical rules that issue 21 found (backticks, spacing, comments, XOR chains,
 * slices, regexes, reduce), each with the rule that must now refuse it with a 422.
 */
const chain = (separator: string) =>
  `MATCH ${Array.from({ length: 30 }, (_, i) => `(a${i})${separator}`).join('')}(a0) RETURN count(*) AS n`;

export const WALKAROUNDS: { name: string; query: string; params?: Record<string, unknown>; rule: string }[] = [
  { name: 'a backticked range()', query: 'RETURN size(`range`(1, 1000000000)) AS n', rule: 'range-size' },
  {
    name: 'a backticked RANGE() in reduce',
    query: 'RETURN reduce(s = 0, x IN `RANGE`(1, 600000000) | s + x) AS r',
    rule: 'range-size',
  },
  {
    name: 'backticked replace()s',
    query: "WITH 'aaaa' AS s RETURN size(`replace`(`replace`(s, 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa')) AS n",
    rule: 'one-growing-replace',
  },
  {
    name: 'backticked comprehension variables',
    query: 'WITH [1, 2] AS axis RETURN [`x` IN axis | [`y` IN axis | 1]] AS m',
    rule: 'flat-iteration',
  },
  { name: "'- -' in a pattern", query: chain('- -'), rule: 'pattern-size' },
  { name: "'-/**/->' in a pattern", query: chain('-/**/->'), rule: 'pattern-size' },
  { name: "'<- -' in a pattern", query: chain('<- -'), rule: 'pattern-size' },
  { name: "'-[]-' and comments", query: chain('-/* a */[]/* b */-'), rule: 'pattern-size' },
  {
    name: 'a chain of XOR',
    query: `MATCH (n) WHERE ${Array.from({ length: 24 }, (_, i) => `n.x${i} = 1`).join(' XOR ')} RETURN count(n) AS n`,
    rule: 'xor-chain',
  },
  { name: 'a [0..] slice of a huge range', query: 'RETURN size(range(1, 200000)[0..]) AS n', rule: 'range-size' },
  {
    name: '[0..] slices inside comprehensions',
    query: 'WITH [1, 2] AS l RETURN [x IN l[0..] | [y IN l[0..] | 1]] AS m',
    rule: 'flat-iteration',
  },
  { name: 'a nested-quantifier regex', query: `RETURN '${'a'.repeat(40)}!' =~ '(.*a){12}$' AS m`, rule: 'regex' },
  { name: 'an exponential regex', query: `RETURN '${'a'.repeat(40)}!' =~ '(a+)+$' AS m`, rule: 'regex' },
  {
    name: 'a regex sent as a parameter',
    query: 'RETURN $s =~ $re AS m',
    params: { s: 'aaaa!', re: '(a|aa)+$' },
    rule: 'regex',
  },
  { name: 'a computed regex', query: "RETURN 'aaaa!' =~ ('(a+)' + '+$') AS m", rule: 'regex' },
  {
    name: 'a quadratic regex on a built string',
    query: "WITH reduce(s = '', i IN range(1, 100) | s + 'Putin ') AS text RETURN text =~ '.*Putin.*x' AS m",
    rule: 'regex',
  },
  {
    name: 'a quadratic string append',
    query: "RETURN size(reduce(s = '', x IN range(1, 100000) | s + 'xxxxxxxxxx')) AS n",
    rule: 'bounded-builders',
  },
  {
    name: 'a reduce over a list it cannot size',
    query: "MATCH (n) WITH collect(n) AS all RETURN size(reduce(s = '', x IN all | s + 'xxxxxxxxxx')) AS n",
    rule: 'bounded-builders',
  },
  {
    name: 'a backticked accumulator used twice',
    query: "RETURN size(reduce(`a` = 'x', i IN range(1, 40) | `a` + a)) AS n",
    rule: 'no-self-growth',
  },
  {
    name: 'a reduce whose step reads another value',
    query:
      "WITH 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' AS big RETURN size(reduce(s = '', i IN range(1, 5000) | s + big)) AS n",
    rule: 'bounded-builders',
  },
  {
    name: 'a comprehension that makes a huge list',
    query: `RETURN size([x IN range(1, 100000) | '${'y'.repeat(500)}']) AS n`,
    rule: 'bounded-builders',
  },
];
