// The stored extractions of these articles.
// params: $articleIds
// columns: article, json
UNWIND $articleIds AS id
MATCH (x:Extraction {article: id})
RETURN x.article AS article, x.json AS json
