import { expect } from 'chai';
import { escapeIdentifier } from '../../server/db/cypher-loader';
import { clearDatabase, getTestExecutor } from '../support/neo4j';

/**
 * Labels and types of a foreign graph are spliced into templated queries backtick-escaped. Neo4j decodes `\uXXXX`
 * before parsing, so a name holding the text `\u0060` (a backtick) must not close its backticks.
 */
describe('escaped identifiers in a real Neo4j', function () {
  this.timeout(240_000);
  const hostile = 'Tag\\u0060) DETACH DELETE (x) //';

  it('a label holding the text \\u0060 is that label, written and read back, and deletes nothing', async () => {
    const executor = await getTestExecutor();
    await clearDatabase(executor);
    await executor.write((tx) => tx.run('CREATE (:Bystander {keep: true})'));
    await executor.write((tx) => tx.run(`CREATE (:${escapeIdentifier(hostile)} {probe: 1})`));
    const labels = (await executor.readText('CALL db.labels() YIELD label RETURN collect(label) AS labels'))[0]
      .labels as string[];
    expect(labels).to.include(hostile);
    const [read] = await executor.readText(`MATCH (n:${escapeIdentifier(hostile)}) RETURN count(n) AS n`);
    expect(read.n).to.equal(1);
    const [all] = await executor.readText('MATCH (n:Bystander) RETURN count(n) AS n');
    expect(all.n).to.equal(1);
  });
});
