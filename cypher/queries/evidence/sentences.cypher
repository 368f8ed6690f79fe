// Sentences by id, with the article, its outlet, date and URL.
// params: $ids
// columns: id, text, index, articleId, title, url, publishedAt, outlet
UNWIND $ids AS sid
MATCH (s:Sentence {id: sid})
OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(s)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
RETURN s.id AS id, s.text AS text, s.index AS index, a.id AS articleId, a.title AS title, a.url AS url,
       a.publishedAt AS publishedAt, o.name AS outlet
