// Shortest paths between two nodes over the relationship types in {{types}} (in Readout's graph: facts, not who
// mentioned or reported what), at most {{maxLength}} hops (1–6, validated), at most 10 of them.
// params: $from, $to
// columns: path
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[:{{types}}*..{{maxLength}}]-(b))
RETURN p AS path
LIMIT 10
