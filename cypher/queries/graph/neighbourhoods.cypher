// Small neighbourhoods in one round trip: each centre's degree (Neo4j's degree store, constant time) and,
// when it is at most $limit, every neighbour the filters let through. Larger ones are expanded per type.
// params: $centers, $types, $labels, $direction, $from, $to, $limit
// columns: center, degree, rows
UNWIND $centers AS centerId
MATCH (c) WHERE elementId(c) = centerId
WITH c, COUNT { (c)--() } AS degree
CALL (c, degree) {
  WITH c WHERE degree <= $limit
  MATCH (c)-[r]-(m)
  WHERE ($direction = 'both' OR ($direction = 'out' AND startNode(r) = c) OR ($direction = 'in' AND endNode(r) = c))
    AND (size($types) = 0 OR type(r) IN $types)
    AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
    AND (NOT m:Event OR (($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to + '~')))
  RETURN collect({relationship: r, neighbour: m}) AS rows
}
RETURN elementId(c) AS center, degree, rows
