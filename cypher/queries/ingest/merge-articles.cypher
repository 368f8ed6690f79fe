// The articles and their sentences (ids "<articleId>:<index>"; index 0 is the headline when there is one).
// params: $articles
// columns: articles
UNWIND $articles AS article
CREATE (a:Article {id: article.id})
SET a.title = article.title, a.url = article.url, a.publishedAt = article.publishedAt, a.file = article.file,
    a.textSha256 = article.textSha256,
    a.sentenceCount = size(article.sentences), a.name = coalesce(article.title, article.id)
WITH a, article
CALL (a, article) {
  UNWIND article.sentences AS row
  CREATE (s:Sentence {id: row.id, text: row.text, index: row.index, article: a.id})
  CREATE (a)-[:HAS_SENTENCE]->(s)
}
RETURN count(a) AS articles
