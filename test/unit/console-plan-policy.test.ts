import { expect } from 'chai';
import { calledNames, isReadOperator, planViolations } from '../../server/db/console/plan-policy';

const plan = (operatorType: string, details = '', children: object[] = []) => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: { Details: details },
  children,
});

describe('console plan policy', () => {
  for (const op of [
    'NodeIndexSeekByRange',
    'NodeUniqueIndexSeek',
    'DirectedRelationshipIndexContainsScan',
    'Expand(Into)',
    'VarLengthExpand(Pruning,BFS,All)',
    'StatefulShortestPath(All)',
    'LetSelectOrAntiSemiApply',
    'OrderedAggregation',
    'Top1WithTies',
  ])
    it(`allows ${op}`, () => expect(isReadOperator(op)).to.equal(true));
  for (const op of [
    'LoadCSV',
    'ShowSettings',
    'ShowTransactions',
    'TerminateTransactions',
    'Create',
    'SetProperty',
    'DetachDelete',
    'TransactionApply',
    'RunQueryAt',
    'SomeOperatorFromTheFuture',
  ])
    it(`refuses ${op}`, () => expect(isReadOperator(op)).to.equal(false));

  it('finds namespaced calls, not labels or aliases', () =>
    expect(
      calledNames("RANGE INDEX n:Person(name) WHERE date.truncate($a, x) = `toUpper('a')` AND apoc.text.join(l)"),
    ).to.deep.equal(['date.truncate', 'apoc.text.join']));
  it('names what it refuses, anywhere in the tree', () =>
    expect(
      planViolations(
        plan('ProduceResults', 'x', [
          plan('Projection', 'apoc.cypher.runFirstColumnSingle($q, {}) AS x', [plan('LoadCSV', 'line')]),
        ]),
      ),
    ).to.deep.equal(['the function apoc.cypher.runFirstColumnSingle', 'the LoadCSV operator']));
  it('checks the procedure of a ProcedureCall', () =>
    expect(planViolations(plan('ProcedureCall', 'dbms.listConfig($x) :: (name :: STRING)'))).to.deep.equal([
      'the procedure dbms.listConfig',
    ]));
  it('allows a listed procedure with a built-in function in its arguments', () =>
    expect(
      planViolations(plan('ProcedureCall', 'db.index.fulltext.queryNodes($a, toLower($b)) :: (node :: NODE)')),
    ).to.deep.equal([]));
});
