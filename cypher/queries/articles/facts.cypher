// The facts an article states: relationships whose evidence lists one of its sentences. Every such fact touches an
// entity those sentences mention, so only their relationships are read, never the whole graph's.
// params: $id, $sentenceIds, $limit
// columns: relationship, source, target
MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(x)
WITH DISTINCT x
MATCH (x)-[r]-()
WHERE any(sid IN coalesce(r.evidence, []) WHERE sid IN $sentenceIds)
WITH DISTINCT r
RETURN r AS relationship, startNode(r) AS source, endNode(r) AS target
LIMIT $limit
