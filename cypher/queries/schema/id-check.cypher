// Whether one label's `id` property can name its nodes ({{label}}: from db.labels(), escaped): every node has
// one, no two share it, and each is a string or an integer (a float id does not survive a round trip as text).
// A scan of the label: run once per label and size, and only for labels small enough.
// params: (none)
// columns: total, withId, distinct, usable
MATCH (n:{{label}})
RETURN count(n) AS total, count(n.id) AS withId, count(DISTINCT n.id) AS distinct,
  count(CASE WHEN n.id IS :: STRING OR n.id IS :: INTEGER THEN 1 END) AS usable
