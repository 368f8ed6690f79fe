// Nodes by Readout's stable ids (:Entity/:Article/:Sentence, indexed) or by elementId; a key found by neither is
// missing from the answer.
// params: $keys
// columns: key, node
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Entity {id: key}) RETURN n
  UNION
  MATCH (n:Article {id: key}) RETURN n
  UNION
  MATCH (n:Sentence {id: key}) RETURN n
  UNION
  MATCH (n) WHERE elementId(n) = key RETURN n
}
RETURN key, n AS node
