// For each given event, the events with the same parties: the candidates for being one event that several
// articles told with more or less of its date (server/ingest/load/consolidate.ts decides). Parties are the people
// when two or more take part (a telling may add their states: "the Dutch and Belgian leaders"), else all of them.
// `published` lists the publication dates of the articles that tell an event, `reporters` who reported it. An event
// a person fixed is compared by what was told of it (toldKind, toldDate …): a fix neither makes nor breaks a fold.
// params: $eventIds
// columns: event, twins
UNWIND $eventIds AS eventId
MATCH (e:Entity {id: eventId})
WHERE e:Event
CALL (e) {
  MATCH (p:Entity)-[:PARTICIPATED_IN]->(e)
  WITH collect(DISTINCT p.id) AS all, collect(DISTINCT CASE WHEN p:Person THEN p.id END) AS people
  RETURN CASE WHEN size(people) >= 2 THEN people ELSE all END AS parties
}
WITH e, parties
WHERE size(parties) >= 2
CALL (e, parties) {
  MATCH (:Entity {id: parties[0]})-[:PARTICIPATED_IN]->(o:Event)
  WHERE o.kind IS NOT NULL
  CALL (o) {
    MATCH (q:Entity)-[:PARTICIPATED_IN]->(o)
    WITH collect(DISTINCT q.id) AS all, collect(DISTINCT CASE WHEN q:Person THEN q.id END) AS people
    RETURN CASE WHEN size(people) >= 2 THEN people ELSE all END AS theirs
  }
  WITH DISTINCT o, theirs
  WHERE size(theirs) = size(parties) AND all(x IN theirs WHERE x IN parties)
  CALL (o) {
    OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(o)
    RETURN collect(DISTINCT a.publishedAt) AS published
  }
  CALL (o) {
    OPTIONAL MATCH (o)-[:REPORTED_BY]->(r:Entity)
    RETURN collect(DISTINCT r.id) AS reporters
  }
  WITH o, published, reporters, coalesce(o.corrected, false) AS fixed
  RETURN collect({id: o.id, kind: CASE WHEN fixed THEN o.toldKind ELSE o.kind END,
                  cameo: CASE WHEN fixed THEN o.toldCameo ELSE o.cameo END, lasting: o.lasting,
                  date: CASE WHEN fixed THEN o.toldDate ELSE o.date END,
                  dateRule: CASE WHEN fixed THEN o.toldDateRule ELSE o.dateRule END,
                  planned: o.planned, sequence: o.sequence, published: published, reporters: reporters}) AS twins
}
RETURN e.id AS event, twins
