// An article's sentences in order, each with the entities it mentions and the words that named them.
// params: $id, $limit
// columns: id, index, text, mentions
MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
WITH s ORDER BY s.index LIMIT $limit
OPTIONAL MATCH (s)-[m:MENTIONS]->(x)
WITH s, collect(CASE WHEN x IS NULL THEN null ELSE {entity: x, surface: m.surface} END) AS mentions
RETURN s.id AS id, s.index AS index, s.text AS text, mentions
ORDER BY s.index
