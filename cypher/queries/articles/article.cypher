// One article by its id, with the outlet that published it.
// params: $id
// columns: article, outlet
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
RETURN a AS article, o AS outlet
LIMIT 1
