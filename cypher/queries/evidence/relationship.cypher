// A relationship with its evidence ids and both ends.
// params: $rel
// columns: relationship, source, target
MATCH (a)-[r]->(b) WHERE elementId(r) = $rel
RETURN r AS relationship, a AS source, b AS target
