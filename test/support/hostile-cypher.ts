/**
 * Queries the read-only console must refuse, whatever door they come through (POST /api/cypher, the MCP `cypher`
 * tool): each a 4xx there, a tool error here, and the graph unchanged. LOAD_CSV's `{url}` is a live server that
 * must see no request.
 */
export const SHOW_AND_TERMINATE = [
  'SHOW SETTINGS',
  'show settings',
  "SHOW SETTINGS 'db.*' YIELD name, value RETURN name, value",
  'SHOW SETTINGS YIELD *',
  'SHOW TRANSACTIONS',
  'SHOW TRANSACTIONS YIELD * RETURN *',
  "SHOW TRANSACTION 'neo4j-transaction-1'",
  'SHOW PROCEDURES',
  'SHOW FUNCTIONS',
  'SHOW INDEXES',
  'SHOW CONSTRAINTS',
  'SHOW DATABASES',
  'SHOW DATABASE neo4j',
  'SHOW USERS',
  'SHOW CURRENT USER',
  'SHOW ROLES',
  'SHOW PRIVILEGES',
  'SHOW SERVERS',
  'SHOW ALIASES FOR DATABASES',
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "TERMINATE TRANSACTION 'neo4j-transaction-1'",
  'SHOW TRANSACTIONS YIELD transactionId WITH collect(transactionId) AS ids TERMINATE TRANSACTIONS ids',
];

export const COMMENT_TERMINATORS = [
  '// x\rSHOW SETTINGS',
  '// x\r\nSHOW SETTINGS',
  '// x\nSHOW TRANSACTIONS',
  "/* x */TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  '// x\\u000aSHOW SETTINGS',
  "// x\\u000dTERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  '/* x \\u002a/ SHOW SETTINGS',
  'RETURN 1 AS a // \u2028\nSHOW SETTINGS',
  'RETURN 1 AS a // \u0085\rCREATE (n)',
];

export const WRITES = [
  "CREATE (n:Person {name: 'Mallory'})",
  "MERGE (n:Person {name: 'Mallory'}) RETURN n",
  "MATCH (n:Person) SET n.name = 'pwned'",
  'MATCH (n) DETACH DELETE n',
  'MATCH (n:Person) REMOVE n:Person',
  'CREATE INDEX evil FOR (n:Person) ON (n.evil)',
  'DROP INDEX entity_name',
  'DROP CONSTRAINT entity_id',
  'USE system SHOW USERS',
  "CREATE USER mallory SET PASSWORD 'secret123'",
  'CREATE DATABASE evil',
  'ALTER DATABASE neo4j SET ACCESS READ ONLY',
  'STOP DATABASE neo4j',
  'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
  'MATCH (n) CALL (n) { SET n.x = 1 } RETURN count(*)',
  "MATCH (n) RETURN n.name AS x UNION CREATE (m {name: 'x'}) RETURN m.name AS x",
  'MATCH (n) FOREACH (x IN [1] | SET n.flag = true)',
  'MaTcH (n) DeTaCh DeLeTe n',
  'MATCH (n) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n',
  'MATCH (n) DE\u200bTACH DELETE n',
  'INSERT (:Evil)',
];

export const MULTI_STATEMENT = [
  'RETURN 1; SHOW SETTINGS',
  'RETURN 1;SHOW TRANSACTIONS',
  'MATCH (n) RETURN n;\nCREATE (m)',
];

export const PREFIXES = [
  'CYPHER runtime=slotted SHOW SETTINGS',
  'EXPLAIN SHOW SETTINGS',
  'PROFILE MATCH (n) RETURN n',
  'CYPHER 5 MATCH (n) RETURN n',
  "EXPLAIN LOAD CSV FROM 'http://127.0.0.1:1/x' AS l RETURN l",
  'cypher debug=ast RETURN 1',
];

export const PROCEDURES = [
  'CALL dbms.listConfig()',
  'CALL `dbms`.`listConfig`()',
  'CALL dbms . listConfig()',
  'CALL\ndbms.listConfig\n()',
  'CALL `dbms.listConfig`()',
  "CALL dbms.killConnection('bolt-1')",
  "CALL dbms.killConnections(['bolt-1'])",
  'CALL dbms.listConnections()',
  'CALL db.clearQueryCaches()',
  "CALL db.createLabel('Evil')",
  'CALL tx.setMetaData({a: 1})',
  "CALL db.stats.collect('QUERIES')",
  'CALL dbms.security.listUsers()',
  "CALL apoc.load.json('http://127.0.0.1:1/x')",
  "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n', {})",
  'CALL db.labels() YIELD label CALL dbms.listConfig() YIELD name RETURN name',
  "CALL db.index.fulltext.drop('entity_search')",
];

/** LOAD CSV in every form and URL scheme; `{url}` is a live server that must see no request. */
export const LOAD_CSV = [
  "LOAD CSV FROM '{url}' AS line RETURN line",
  "load csv with headers from '{url}' AS row RETURN row",
  "LOAD CSV FROM '{url}' AS line FIELDTERMINATOR ';' RETURN line",
  "LOAD CSV FROM 'https://127.0.0.1:1/x.csv' AS line RETURN line",
  "LOAD CSV FROM 'ftp://127.0.0.1:1/x.csv' AS line RETURN line",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV FROM 'jar:file:///x.jar!/a.csv' AS line RETURN line",
  "LOAD CSV FROM 's3://bucket/x.csv' AS line RETURN line",
  "LOAD CSV FROM 'gs://bucket/x.csv' AS line RETURN line",
  "LOAD CSV FROM 'azb://account/c/x.csv' AS line RETURN line",
  'LOAD CSV FROM $url AS line RETURN line',
  "WITH '{url}' AS u LOAD CSV FROM u AS line RETURN line",
  // Fullwidth and small-form quotes and backslashes end no literal in Neo4j's view, nor in the guard's.
  "WITH '＼' AS a LOAD CSV FROM '{url}' AS l RETURN l //'",
  "WITH '﹨' AS a LOAD CSV FROM '{url}' AS l RETURN l //'",
  "WITH '＇' AS a LOAD CSV FROM '{url}' AS l RETURN l",
  'WITH "＂" AS a LOAD CSV FROM \'{url}\' AS l RETURN l',
  "WITH 'a\\u005c' AS a LOAD CSV FROM '{url}' AS l RETURN l //'",
];
