// Up to $limit neighbours through one relationship type ({{type}}: allow-listed, escaped, so Neo4j expands only
// that type's chain): events newest first, then the best-connected, among the first $window found.
// params: $center, $labels, $direction, $from, $to, $window, $limit
// columns: relationship, neighbour
MATCH (c) WHERE elementId(c) = $center
MATCH (c)-[r:{{type}}]-(m)
WHERE ($direction = 'both' OR ($direction = 'out' AND startNode(r) = c) OR ($direction = 'in' AND endNode(r) = c))
  AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
  AND (NOT m:Event OR (($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to + '~')))
WITH r, m
LIMIT $window
WITH r, m ORDER BY coalesce(m.date, '') DESC, COUNT { (m)--() } DESC
RETURN r AS relationship, m AS neighbour
LIMIT $limit
