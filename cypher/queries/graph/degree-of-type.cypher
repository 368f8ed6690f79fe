// How many relationships of one type a node has, from Neo4j's degree store (no scan: supernodes stay cheap).
// {{type}}: an allow-listed relationship type, escaped; $type is its name for the result.
// params: $center, $type, $direction
// columns: type, total
MATCH (c) WHERE elementId(c) = $center
RETURN $type AS type,
  CASE $direction
    WHEN 'out' THEN COUNT { (c)-[:{{type}}]->() }
    WHEN 'in' THEN COUNT { (c)<-[:{{type}}]-() }
    ELSE COUNT { (c)-[:{{type}}]-() }
  END AS total
