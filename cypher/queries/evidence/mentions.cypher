// Sentences that mention a node, newest articles first, with the words they used and the rules that found them.
// params: $node, $limit
// columns: id, surface, rules
MATCH (n) WHERE elementId(n) = $node
MATCH (s:Sentence)-[m:MENTIONS]->(n)
OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(s)
WITH s, m, a ORDER BY coalesce(a.publishedAt, '') DESC, s.id
RETURN s.id AS id, m.surface AS surface, m.rules AS rules
LIMIT $limit
