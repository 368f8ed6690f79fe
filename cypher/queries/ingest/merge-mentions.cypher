// Which sentence names which entity, with the words it used and the rules that found them.
// params: $mentions
// columns: mentions
UNWIND $mentions AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS]->(e)
SET m.surface = row.surface, m.rules = row.rules
RETURN count(m) AS mentions
