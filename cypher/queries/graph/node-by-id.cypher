// A node by its stable id (Readout's indexed :Entity/:Article/:Sentence ids) or by elementId.
// params: $id
// columns: node
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Article {id: $id}) RETURN n
  UNION
  MATCH (n:Sentence {id: $id}) RETURN n
  UNION
  MATCH (n) WHERE elementId(n) = $id RETURN n
}
RETURN n AS node
LIMIT 1
