import { expect } from 'chai';
import { loadQueries } from '../../server/db/cypher-loader';
import { QUERY_SHAPES } from '../../server/db/query-registry';

describe('the typed query registry', () => {
  const files = loadQueries();

  it('registers every query file, and nothing else', () =>
    expect(Object.keys(QUERY_SHAPES).sort()).to.deep.equal([...files.keys()].sort()));

  for (const [name, query] of loadQueries()) {
    it(`${name}: the same params and columns as its header`, () => {
      const shape = QUERY_SHAPES[name as keyof typeof QUERY_SHAPES];
      expect(shape?.params, 'params').to.deep.equal(query.params);
      expect(shape?.columns, 'columns').to.deep.equal(query.columns);
    });
  }
});
