// How many nodes carry one label ({{label}}: from db.labels(), escaped); Neo4j's count store, constant time.
// params: (none)
// columns: total
MATCH (n:{{label}})
RETURN count(n) AS total
