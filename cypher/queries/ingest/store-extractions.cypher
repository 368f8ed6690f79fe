// What extraction made of each article, before corrections: the loader applies the corrections to it again
// whenever one is made or undone, so fixing the graph never needs the NLP (or the file) again. Kept off the
// explored graph (no relationships; the news catalogue does not list the label). `deflated`: its JSON,
// raw-deflated and base64 (a fifth of the JSON, which is six times the size of the article's text).
// params: $extractions
// columns: stored
UNWIND $extractions AS row
MERGE (x:Extraction {article: row.article})
SET x.deflated = row.deflated, x.entityIds = row.entityIds, x.storedAt = datetime()
RETURN count(x) AS stored
