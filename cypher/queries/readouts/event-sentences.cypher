// Every sentence about an event: those that mention it and those that state a fact about it (its evidence).
// params: $event, $limit
// columns: id
MATCH (e) WHERE elementId(e) = $event
CALL (e) {
  MATCH (s:Sentence)-[:MENTIONS]->(e)
  RETURN s.id AS id
  UNION
  MATCH (e)-[r]-()
  WHERE r.evidence IS NOT NULL
  UNWIND r.evidence AS id
  RETURN id
}
RETURN DISTINCT id
LIMIT $limit
