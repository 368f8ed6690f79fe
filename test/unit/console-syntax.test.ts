import { expect } from 'chai';
import { parseCypher } from '../../server/db/console/cypher-syntax';
import { calledName, callsOf, rulesNamed, tokensOf } from '../../server/db/console/syntax-tree';

/** The shapes of Neo4j's parse tree the console's rules rely on (the parser's package is pinned; this says why). */
describe("Neo4j's Cypher parser, as the console reads it", function () {
  this.timeout(30_000);

  it('names functions without their backticks or spacing, namespaces included', () => {
    const [tree] = parseCypher('RETURN `range`(1, 2), date . `truncate`("month", date()), `RANGE` (3, 4)').statements;
    expect(rulesNamed(tree, 'functionInvocation').map(calledName).sort()).to.deep.equal([
      'RANGE',
      'date',
      'date.truncate',
      'range',
    ]);
    expect(callsOf(tree, 'range')).to.have.length(2);
  });

  it('sees one relationship in each spelling of a pattern step', () => {
    for (const step of ['--', '- -', '-/**/->', '<- -', '-[]-', '<-[:R]-', '-[r*1..3]->']) {
      const [tree] = parseCypher(`MATCH (a)${step}(b) RETURN a`).statements;
      expect(rulesNamed(tree, 'relationshipPattern'), step).to.have.length(1);
    }
  });

  it('keeps every token in the tree, in order, and reports what it cannot read', () => {
    const parsed = parseCypher("MATCH (n) // a comment\nRETURN n.name AS `the name`, 'it\\'s' AS s");
    expect(parsed.errors).to.deep.equal([]);
    expect(tokensOf(parsed.statements[0]).map((t) => t.text)).to.include.members(['MATCH', '`the name`', 'RETURN']);
    for (const broken of [
      'MATCH (n RETURN n',
      'RETURN [1, 2',
      'MATCH (n) RETURN n.',
      'RETURN reduce(s = 0 x IN [1] | s)',
    ])
      expect(parseCypher(broken).errors, broken).to.not.deep.equal([]);
    expect(parseCypher('MATCH (n) DE\u200bTACH DELETE n').errors).to.not.deep.equal([]);
  });

  it('splits statements at semicolons, a trailing one making no statement of its own', () => {
    expect(parseCypher('RETURN 1; RETURN 2').statements.filter((s) => tokensOf(s).length > 0)).to.have.length(2);
    expect(parseCypher('RETURN 1;').statements.filter((s) => tokensOf(s).length > 0)).to.have.length(1);
  });
});
