// What an added article brought into the graph: every entity its sentences mention, as the graph now holds it
// (an event folded into another telling of it answers with the event it joined).
// params: $id
// columns: id, name, labels, kind, date
MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
RETURN e.id AS id, e.name AS name, labels(e) AS labels, e.kind AS kind, e.date AS date
ORDER BY id
