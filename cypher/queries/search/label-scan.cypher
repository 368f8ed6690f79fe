// Search without a full-text index: the first $scan nodes of one label ({{label}}: from the catalogue, escaped)
// whose properties $keys hold every word of the query (lower case), ranked by how the best property matches
// the whole query (equal, starts with, a word starts with, contains); $intKeys match a whole-number query
// exactly ($number, null otherwise). `key` is the property that matched.
// params: $q, $words, $keys, $intKeys, $number, $scan, $limit
// columns: node, score, key
MATCH (n:{{label}})
WITH n LIMIT $scan
WITH n, [k IN $keys WHERE n[k] IS NOT NULL | {
    key: k,
    value: toLower(CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN reduce(s = '', x IN n[k] | s + ' ' + toString(x))
                        ELSE toString(n[k]) END)
  }] + [k IN $intKeys WHERE $number IS NOT NULL AND n[k] = $number | {key: k, value: $q}] AS fields
WHERE all(w IN $words WHERE any(f IN fields WHERE f.value CONTAINS w))
WITH n, fields, [f IN fields WHERE f.value CONTAINS $q] AS whole
RETURN n AS node,
  CASE
    WHEN any(f IN whole WHERE f.value = $q) THEN 3.0
    WHEN any(f IN whole WHERE f.value STARTS WITH $q) THEN 2.0
    WHEN any(f IN whole WHERE f.value CONTAINS ' ' + $q) THEN 1.5
    WHEN size(whole) > 0 THEN 1.0
    ELSE 0.5
  END AS score,
  coalesce(head(whole).key, head([f IN fields WHERE f.value CONTAINS $words[0]]).key) AS key
ORDER BY score DESC
LIMIT $limit
