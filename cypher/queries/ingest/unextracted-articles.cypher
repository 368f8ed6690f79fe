// Articles loaded before their extraction was kept (a graph written by an older Readout): corrections cannot be
// applied to them again until they are ingested again.
// params: (none)
// columns: articles
MATCH (a:Article)
WHERE NOT EXISTS { MATCH (:Extraction {article: a.id}) }
RETURN count(a) AS articles
