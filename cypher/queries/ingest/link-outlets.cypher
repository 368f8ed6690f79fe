// The outlets that published the articles, where known.
// params: $links
// columns: linked
UNWIND $links AS link
MATCH (a:Article {id: link.articleId})
MATCH (o:Outlet {id: link.outletId})
MERGE (a)-[:PUBLISHED_BY]->(o)
RETURN count(*) AS linked
