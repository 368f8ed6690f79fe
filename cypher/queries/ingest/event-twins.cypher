// For each given event, the events with exactly the same parties: the candidates for being one event that
// several articles told with more or less of its date (server/ingest/consolidate.ts decides). `published`
// lists the publication dates of the articles that tell an event.
// params: $eventIds
// columns: event, twins
UNWIND $eventIds AS eventId
MATCH (e:Entity {id: eventId})
WHERE e:Event
CALL (e) {
  MATCH (p:Entity)-[:PARTICIPATED_IN]->(e)
  RETURN collect(DISTINCT p.id) AS parties
}
WITH e, parties
WHERE size(parties) >= 2
CALL (e, parties) {
  MATCH (:Entity {id: parties[0]})-[:PARTICIPATED_IN]->(o:Event)
  WHERE o.kind IS NOT NULL
  CALL (o) {
    MATCH (q:Entity)-[:PARTICIPATED_IN]->(o)
    RETURN collect(DISTINCT q.id) AS theirs
  }
  WITH DISTINCT o, theirs
  WHERE size(theirs) = size(parties) AND all(x IN theirs WHERE x IN parties)
  CALL (o) {
    OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(o)
    RETURN collect(DISTINCT a.publishedAt) AS published
  }
  RETURN collect({id: o.id, kind: o.kind, cameo: o.cameo, lasting: o.lasting, date: o.date, dateRule: o.dateRule, planned: o.planned,
                  sequence: o.sequence, published: published}) AS twins
}
RETURN e.id AS event, twins
