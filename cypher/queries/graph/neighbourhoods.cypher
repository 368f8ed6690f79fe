// Nodes by stable id or elementId, each with its degree (Neo4j's degree store, constant time) and, when that is
// at most $limit, every neighbour the filters let through: most expansions in one round trip. Larger ones are
// expanded per type.
// params: $keys, $types, $labels, $direction, $from, $to, $limit
// columns: key, node, degree, rows
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Entity {id: key}) RETURN n
  UNION
  MATCH (n:Article {id: key}) RETURN n
  UNION
  MATCH (n:Sentence {id: key}) RETURN n
  UNION
  MATCH (n) WHERE elementId(n) = key RETURN n
}
WITH key, n AS c, COUNT { (n)--() } AS degree
CALL (c, degree) {
  WITH c WHERE degree <= $limit
  MATCH (c)-[r]-(m)
  WHERE ($direction = 'both' OR ($direction = 'out' AND startNode(r) = c) OR ($direction = 'in' AND endNode(r) = c))
    AND (size($types) = 0 OR type(r) IN $types)
    AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
    // An event whose day, month or year overlaps [$from, $to] stays ('~' sorts after digits and '-': June
    // meets a range from 10 June); an undated one (null) goes while a bound is set, as on the page.
    AND (NOT m:Event OR (($from IS NULL OR m.date + '~' >= $from) AND ($to IS NULL OR m.date <= $to + '~')))
  RETURN collect({relationship: r, neighbour: m}) AS rows
}
RETURN key, c AS node, degree, rows
