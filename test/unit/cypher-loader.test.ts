import { expect } from 'chai';
import {
  escapeIdentifier,
  loadQueries,
  loadSchemaStatements,
  parseQueryFile,
  templateText,
} from '../../server/db/cypher-loader';

describe('cypher loader', () => {
  it('loads every query file and its header agrees with its body', () => {
    const queries = loadQueries();
    expect(queries.get('health/counts')?.columns).to.deep.equal(['nodes', 'relationships']);
    for (const query of queries.values()) expect(query.text).to.not.match(/^\s*\/\//m);
  });

  it('rejects a header that names a parameter the body does not use, or misses one', () => {
    expect(() => parseQueryFile('x', '// params: $a\n// columns: n\nMATCH (n {id: $b}) RETURN n')).to.throw(
      /undeclared: b; unused: a/,
    );
    expect(() => parseQueryFile('x', 'MATCH (n) RETURN n')).to.throw(/header must declare/);
  });

  it('splits the schema into idempotent statements', () => {
    const statements = loadSchemaStatements();
    expect(statements.length).to.be.greaterThan(4);
    for (const s of statements) expect(s).to.match(/IF NOT EXISTS/);
  });

  it('escapes identifiers with backticks', () => {
    expect(escapeIdentifier('Person')).to.equal('`Person`');
    expect(escapeIdentifier('a`b) DETACH DELETE n //')).to.equal('`a``b) DETACH DELETE n //`');
    // Neo4j decodes \uXXXX before parsing: a backslash is written as the escape of itself.
    expect(escapeIdentifier('a\\u0060b')).to.equal('`a\\u005Cu0060b`');
  });

  it('fills template slots with escaped names and whole numbers only', () => {
    const text = templateText('graph/shortest-paths', { types: ['MET', 'x`]-() DETACH DELETE a //'], maxLength: 3 });
    expect(text).to.include('[:`MET`|`x``]-() DETACH DELETE a //`*..3]');
    expect(() => templateText('graph/shortest-paths', { types: ['MET'], maxLength: 2.5 })).to.throw(/whole number/);
    expect(() => templateText('graph/shortest-paths', { types: [], maxLength: 2 })).to.throw(/needs a value/);
    expect(() => templateText('health/counts', {})).to.throw(/no \{\{slot\}\}/);
  });
});
