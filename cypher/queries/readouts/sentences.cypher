// Sentences by id with their article, the outlet that published it, and what each sentence mentions (and as what).
// params: $ids
// columns: id, text, index, article, publisher, mentions
UNWIND $ids AS sid
MATCH (s:Sentence {id: sid})
OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(s)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
OPTIONAL MATCH (s)-[m:MENTIONS]->(x)
WITH s, a, o, collect(CASE WHEN x IS NULL THEN null ELSE {entity: x, surface: m.surface} END) AS mentions
RETURN s.id AS id, s.text AS text, s.index AS index,
       CASE WHEN a IS NULL THEN null ELSE a {.id, .title, .url, .publishedAt} END AS article,
       o AS publisher, mentions
