import { LexError, tokenize } from './cypher-lexer';

/**
 * What a console query may do, judged on the plan Neo4j made for it (EXPLAIN): every operator must be one a
 * read uses, every procedure and namespaced function one of the few listed here. Anything else, including
 * operators this list has never heard of, is refused. Operator names are Neo4j 5.26's (`Expand(All)`,
 * `NodeIndexSeekByRange`, …; the `@neo4j` suffix naming the database is dropped).
 */

/** Read-only operators, exactly or as a family. */
const READ_OPERATORS: RegExp[] = [
  // Leaves: scans and seeks.
  /^(Partitioned)?AllNodesScan$/,
  /^(Partitioned)?(Intersection|Union|Subtraction)?NodeByLabels?Scan$/,
  /^NodeBy(Element)?IdSeek$/,
  /^(Partitioned)?(Directed|Undirected)(AllRelationshipsScan|RelationshipTypeScan|UnionRelationshipTypesScan)$/,
  /^(Directed|Undirected)RelationshipBy(Element)?IdSeek$/,
  /^(Partitioned)?(Node|DirectedRelationship|UndirectedRelationship)(Unique)?Index(Seek|Scan|ContainsScan|EndsWithScan)(ByRange)?$/,
  /^(Asserting)?Multi(Node|Relationship)IndexSeek$/,
  /^(Node|Relationship)CountFromCountStore$/,
  /^Argument(Tracker)?$/,
  // Traversal.
  /^(Optional)?Expand\((All|Into)\)$/,
  /^VarLengthExpand\([A-Za-z, ]+\)$/,
  /^BFSPruningVarExpand$/,
  /^(Stateful)?ShortestPath(\((All|Into)\))?$/,
  /^(Bidirectional)?Repeat\((Trail|Walk)\)$/,
  /^(Trail|PathPropagatingBFS|ProjectEndpoints|NullifyMetadata|AssertSameNode|AssertSameRelationship)$/,
  /^Triadic(Selection|Build|Filter)$/,
  // Rows.
  /^(Filter|Projection|CacheProperties|Unwind|PartitionedUnwind|ProduceResults|EmptyResult|Eager|Optional|Anti)$/,
  /^(Eager|Ordered)?Aggregation$/,
  /^(Ordered)?Distinct$/,
  /^(Partial)?Sort$/,
  /^(Partial)?Top(1WithTies)?$/,
  /^(Exhaustive)?Limit$/,
  /^Skip$/,
  /^(Ordered)?Union$/,
  // Joins and subqueries.
  /^(Let)?(Select)?(Or)?(Anti)?SemiApply$/,
  /^(Anti)?ConditionalApply$/,
  /^(Apply|RollUpApply|CartesianProduct)$/,
  /^(Node|Value)HashJoin$/,
  /^Node(Left|Right)OuterHashJoin$/,
  // Checked one by one below.
  /^ProcedureCall$/,
];

/** Procedures that only read the schema or a full-text index. */
const ALLOWED_PROCEDURES = new Set(
  [
    'db.labels',
    'db.relationshipTypes',
    'db.propertyKeys',
    'db.schema.visualization',
    'db.schema.nodeTypeProperties',
    'db.schema.relTypeProperties',
    'db.index.fulltext.queryNodes',
    'db.index.fulltext.queryRelationships',
    'dbms.components',
  ].map((name) => name.toLowerCase()),
);

/**
 * Namespaced functions Neo4j 5.26 has built in (SHOW FUNCTIONS), minus graph.* (composite databases). Functions
 * without a namespace are all built in: Neo4j does not let plugins define any there.
 */
const ALLOWED_FUNCTIONS = new Set(
  [
    ...['realtime', 'statement', 'transaction', 'truncate'].flatMap((f) =>
      ['date', 'datetime', 'localdatetime', 'localtime', 'time'].map((ns) => `${ns}.${f}`),
    ),
    'datetime.fromepoch',
    'datetime.fromepochmillis',
    'duration.between',
    'duration.inDays',
    'duration.inMonths',
    'duration.inSeconds',
    'point.distance',
    'point.withinBBox',
    'vector.similarity.cosine',
    'vector.similarity.euclidean',
  ].map((name) => name.toLowerCase()),
);

export interface PlanNode {
  operatorType?: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

export function isReadOperator(operator: string): boolean {
  return READ_OPERATORS.some((pattern) => pattern.test(operator));
}

export function isAllowedProcedure(name: string): boolean {
  return ALLOWED_PROCEDURES.has(name.toLowerCase());
}

export function isAllowedFunction(name: string): boolean {
  return !name.includes('.') || ALLOWED_FUNCTIONS.has(name.toLowerCase());
}

/** Dotted names called in a plan operator's details: `date.truncate(…)`, `db.labels() :: …`. */
export function calledNames(details: string): string[] {
  let tokens;
  try {
    tokens = tokenize(details);
  } catch (error) {
    if (error instanceof LexError) return ['(unreadable plan details)'];
    throw error;
  }
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const part = tokens[i].kind === 'word' || tokens[i].kind === 'name';
    if (!part || (i > 0 && tokens[i - 1].text === '.')) continue;
    let name = tokens[i].text;
    let j = i + 1;
    while (tokens[j]?.text === '.' && (tokens[j + 1]?.kind === 'word' || tokens[j + 1]?.kind === 'name')) {
      name += `.${tokens[j + 1].text}`;
      j += 2;
    }
    if (tokens[j]?.text === '(' && name.includes('.')) names.push(name);
  }
  return names;
}

/** What in the plan the console does not allow, each named as the user should read it; empty when all is fine. */
export function planViolations(plan: PlanNode): string[] {
  const found = new Set<string>();
  const visit = (node: PlanNode) => {
    const operator = String(node.operatorType ?? '').replace(/@.*$/, '');
    const details = String(node.arguments?.Details ?? node.arguments?.details ?? '');
    if (!isReadOperator(operator)) found.add(`the ${operator || 'unknown'} operator`);
    const called = calledNames(details);
    if (operator === 'ProcedureCall') {
      const procedure = called[0] ?? details.split('(')[0].trim();
      if (!isAllowedProcedure(procedure)) found.add(`the procedure ${procedure}`);
      called.shift();
    }
    for (const name of called) if (!isAllowedFunction(name)) found.add(`the function ${name}`);
    for (const child of node.children ?? []) visit(child);
  };
  visit(plan);
  return [...found];
}
