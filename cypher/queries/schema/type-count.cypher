// How many relationships of one type ({{type}}: from db.relationshipTypes(), escaped); the count store.
// params: (none)
// columns: total
MATCH ()-[r:{{type}}]->()
RETURN count(r) AS total
