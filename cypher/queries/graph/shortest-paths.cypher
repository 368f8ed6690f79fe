// Shortest paths between two nodes, at most $maxLength hops (6 at most), at most 10 of them, never through
// the relationship types in $skipTypes (in Readout's graph: who mentioned or reported what, not who met whom).
// params: $from, $to, $maxLength, $skipTypes
// columns: path
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxLength AND none(r IN relationships(p) WHERE type(r) IN $skipTypes)
RETURN p AS path
LIMIT 10
