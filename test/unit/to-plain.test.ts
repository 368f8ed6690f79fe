import { expect } from 'chai';
import neo4j from 'neo4j-driver';
import { toPlain } from '../../server/db/to-plain';

describe('toPlain', () => {
  it('turns Neo4j integers into numbers, and huge ones into exact strings', () => {
    expect(toPlain(neo4j.int(42))).to.equal(42);
    expect(toPlain(neo4j.int('9223372036854775807'))).to.equal('9223372036854775807');
  });

  it('turns temporal values into ISO strings and points into coordinates', () => {
    expect(toPlain(new neo4j.types.Date(2022, 6, 15))).to.equal('2022-06-15');
    expect(toPlain(new neo4j.types.Point(4326, 1.5, 2.5))).to.deep.equal({ srid: 4326, x: 1.5, y: 2.5 });
  });

  it('converts nested lists and maps', () => {
    expect(toPlain({ a: [neo4j.int(1), { b: neo4j.int(2) }], c: null })).to.deep.equal({ a: [1, { b: 2 }], c: null });
  });
});
