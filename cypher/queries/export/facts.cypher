// The relationships among a set of nodes (by elementId), each with the sentences that state it: what an export
// writes. At most $limit relationships and $perFact sentences each, so a hub cannot make the file unbounded.
// `evidence` is read only when it is a list of strings (another graph may use the name for something else).
// params: $ids, $limit, $perFact
// columns: relationship, sentences, moreSentences
MATCH (a) WHERE elementId(a) IN $ids
MATCH (a)-[r]->(b)
WHERE elementId(b) IN $ids
WITH r, CASE WHEN r.evidence IS :: LIST<STRING NOT NULL> THEN r.evidence ELSE [] END AS evidence
LIMIT $limit
RETURN r AS relationship,
       COLLECT {
         UNWIND evidence[0..$perFact] AS sid
         MATCH (s:Sentence {id: sid})
         OPTIONAL MATCH (article:Article)-[:HAS_SENTENCE]->(s)
         RETURN {id: s.id, text: s.text, articleId: article.id}
       } AS sentences,
       CASE WHEN size(evidence) > $perFact THEN size(evidence) - $perFact ELSE 0 END AS moreSentences
