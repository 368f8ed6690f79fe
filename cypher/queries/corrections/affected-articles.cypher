// The articles a correction changes: $articleIds, those whose extraction names one of $entityIds, and those the
// graph ties to them now (an event that absorbed another carries its articles). `stored`: whether the article's
// extraction is in the graph (articles loaded before extractions were kept must be ingested again).
// params: $entityIds, $articleIds
// columns: articleId, stored
CALL () {
  UNWIND $articleIds AS articleId
  RETURN articleId
  UNION
  MATCH (x:Extraction)
  WHERE any(id IN x.entityIds WHERE id IN $entityIds)
  RETURN x.article AS articleId
  UNION
  UNWIND $entityIds AS id
  MATCH (:Entity {id: id})<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
  RETURN a.id AS articleId
  UNION
  UNWIND $entityIds AS id
  MATCH (:Entity {id: id})-[r]-()
  UNWIND coalesce(r.articles, []) AS articleId
  RETURN articleId
}
WITH DISTINCT articleId
OPTIONAL MATCH (x:Extraction {article: articleId})
RETURN articleId, x IS NOT NULL AS stored
ORDER BY articleId
