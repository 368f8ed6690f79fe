// Readout's full-text index over another graph's string properties (created by `npm run search-index`):
// Lucene keeps the best $fetch hits; labels filter those.
// params: $lucene, $labels, $fetch, $limit
// columns: node, score
CALL db.index.fulltext.queryNodes('readout_search', $lucene, {limit: $fetch}) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
LIMIT $limit
