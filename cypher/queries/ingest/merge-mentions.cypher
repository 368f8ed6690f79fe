// Which sentence names which entity, with the words it used.
// params: $mentions
// columns: mentions
UNWIND $mentions AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS]->(e)
SET m.surface = row.surface
RETURN count(m) AS mentions
