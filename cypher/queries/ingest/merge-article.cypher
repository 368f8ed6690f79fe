// The article and its sentences (ids "<articleId>:<index>"; index 0 is the headline when there is one).
// params: $article, $sentences
// columns: id
CREATE (a:Article {id: $article.id})
SET a.title = $article.title, a.url = $article.url, a.publishedAt = $article.publishedAt, a.file = $article.file,
    a.sentenceCount = size($sentences), a.name = coalesce($article.title, $article.id)
WITH a
CALL (a) {
  UNWIND $sentences AS row
  CREATE (s:Sentence {id: row.id, text: row.text, index: row.index, article: a.id})
  CREATE (a)-[:HAS_SENTENCE]->(s)
}
RETURN a.id AS id
