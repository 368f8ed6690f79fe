// The outlet that published the article, when it is known.
// params: $articleId, $outletId
// columns: linked
MATCH (a:Article {id: $articleId})
MATCH (o:Outlet {id: $outletId})
MERGE (a)-[:PUBLISHED_BY]->(o)
RETURN count(*) AS linked
