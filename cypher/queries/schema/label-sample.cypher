// A sample of one label's nodes ({{label}}: from db.labels(), escaped): each property key with its value types,
// how many sampled nodes have it, how many distinct values, the mean length of string values. Bounded by
// $sample, so a million-node label costs what a small one does.
// params: $sample
// columns: key, types, present, distinct, avgLength, sampled
MATCH (n:{{label}})
WITH n LIMIT $sample
WITH collect(n) AS nodes
UNWIND nodes AS n
UNWIND keys(n) AS key
WITH size(nodes) AS sampled, key, n[key] AS value
RETURN key,
  collect(DISTINCT replace(valueType(value), ' NOT NULL', '')) AS types,
  count(*) AS present,
  count(DISTINCT value) AS distinct,
  avg(CASE WHEN value IS :: STRING THEN size(value) END) AS avgLength,
  sampled
