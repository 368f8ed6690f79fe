// Nodes by elementId: the ends of relationships a console query returned without them.
// params: $ids
// columns: node
MATCH (n) WHERE elementId(n) IN $ids
RETURN n AS node
