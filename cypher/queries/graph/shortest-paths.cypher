// Shortest paths between two nodes, at most $maxLength hops (6 at most), at most 10 of them.
// params: $from, $to, $maxLength
// columns: path
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxLength
RETURN p AS path
LIMIT 10
