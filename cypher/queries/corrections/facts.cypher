// The facts of one type between two entities (all keys, or one), as they are now.
// params: $from, $to, $type, $key
// columns: type, key, properties
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type AND ($key IS NULL OR r.key = $key)
RETURN type(r) AS type, r.key AS key, properties(r) AS properties
