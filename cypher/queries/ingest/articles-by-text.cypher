// Articles already in the graph with the text of incoming ones (by fingerprint), whatever door named them: an
// incoming article is written as the one already there, so the same text is never two articles.
// params: $fingerprints
// columns: fingerprint, id
UNWIND $fingerprints AS fingerprint
MATCH (a:Article {textSha256: fingerprint})
// One id per text, the same one every time, should a graph hold two (written by two writers before either saw the other).
WITH fingerprint, min(a.id) AS id
RETURN fingerprint, id
