// Serialises writers to the graph, across processes (the app, `npm run ingest`, another server on the same
// Neo4j): each write transaction first locks this one node, so a correction and an ingest never interleave (an
// article is written with the corrections in force when it commits). The uniqueness constraint on
// :WriteLock(name) makes the MERGE itself safe under races.
// params: (none)
// columns: locked
MERGE (l:WriteLock {name: 'graph'})
SET l.takenAt = datetime()
RETURN true AS locked
