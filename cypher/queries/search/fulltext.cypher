// Readout's full-text index over names and aliases (Lucene syntax: prefix and fuzzy terms).
// params: $lucene, $labels, $limit
// columns: node, score
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
LIMIT $limit
