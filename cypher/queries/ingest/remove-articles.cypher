// Removes what each article contributed, so re-ingesting it replaces it (no stale facts):
// its sentences and mentions, its id and evidence on fact relationships (a fact no article states any more
// goes), and entities left with no relationship at all. Articles not in the graph yet cost one index lookup.
// params: $articleIds
// columns: removedSentences
UNWIND $articleIds AS articleId
CALL (articleId) {
  OPTIONAL MATCH (article:Article {id: articleId})
  OPTIONAL MATCH (article)-[:HAS_SENTENCE]->(s:Sentence)
  WITH articleId, article, collect(s) AS sentences
  CALL (article, sentences) {
    UNWIND sentences AS s
    MATCH (s)-[:MENTIONS]->(e:Entity)
    RETURN collect(DISTINCT e) AS mentioned
  }
  CALL (article) {
    OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(o:Outlet)
    RETURN collect(o) AS outlets
  }
  WITH articleId, article, sentences, mentioned + outlets AS touched
  CALL (touched, articleId) {
    UNWIND touched AS e
    MATCH (e)-[r]-()
    WHERE articleId IN coalesce(r.articles, [])
    WITH DISTINCT r
    SET r.articles = [x IN r.articles WHERE x <> articleId],
        r.evidence = [x IN coalesce(r.evidence, []) WHERE NOT x STARTS WITH articleId + ':']
    WITH r WHERE size(r.articles) = 0
    DELETE r
  }
  CALL (sentences) {
    UNWIND sentences AS s
    DETACH DELETE s
  }
  CALL (article) {
    WITH article WHERE article IS NOT NULL
    DETACH DELETE article
  }
  CALL (touched) {
    UNWIND touched AS e
    WITH e WHERE NOT (e)--()
    DELETE e
  }
  RETURN size(sentences) AS removed
}
RETURN sum(removed) AS removedSentences
