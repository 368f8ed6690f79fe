// Total nodes and relationships, answered from Neo4j's count store (constant time).
// params: (none)
// columns: nodes, relationships
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
