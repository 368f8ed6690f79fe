// The stored extractions of these articles.
// params: $articleIds
// columns: article, deflated
UNWIND $articleIds AS id
MATCH (x:Extraction {article: id})
RETURN x.article AS article, x.deflated AS deflated
