// The relationships between a set of nodes (by elementId), for a shared view or a console result: at most
// $limit, so a thousand nodes around a hub cannot make the answer unbounded.
// params: $ids, $limit
// columns: relationship
MATCH (a) WHERE elementId(a) IN $ids
MATCH (a)-[r]->(b)
WHERE elementId(b) IN $ids
RETURN r AS relationship
LIMIT $limit
