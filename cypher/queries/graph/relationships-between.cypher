// The relationships between some nodes and others (all by elementId): what nodes just put on a canvas have to
// those already there, as Neo4j Browser's "connect result nodes" draws them. A pair inside $fresh is matched from
// both ends, hence DISTINCT. At most $limit.
// params: $fresh, $ids, $limit
// columns: relationship
MATCH (a) WHERE elementId(a) IN $fresh
MATCH (b) WHERE elementId(b) IN $ids
MATCH (a)-[r]-(b)
RETURN DISTINCT r AS relationship
LIMIT $limit
