// Any graph: nodes whose string properties ($keys) equal, start with or contain $q (lower case), ranked so.
// params: $q, $keys, $labels, $limit
// columns: node, score
MATCH (n)
WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
WITH n, [k IN $keys WHERE n[k] IS :: STRING | toLower(n[k])] AS values
WITH n, CASE
    WHEN any(v IN values WHERE v = $q) THEN 3.0
    WHEN any(v IN values WHERE v STARTS WITH $q) THEN 2.0
    WHEN any(v IN values WHERE v CONTAINS ' ' + $q) THEN 1.5
    WHEN any(v IN values WHERE v CONTAINS $q) THEN 1.0
    ELSE 0.0 END AS score
WHERE score > 0
RETURN n AS node, score
ORDER BY score DESC
LIMIT $limit
