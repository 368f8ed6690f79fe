// Readout's full-text index over names and aliases (Lucene syntax: prefix and fuzzy terms). Lucene itself
// keeps only the best $fetch hits (no sort of every match in a large graph); labels filter those.
// params: $lucene, $labels, $fetch, $limit
// columns: node, score
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $fetch}) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
LIMIT $limit
