// Folds events into the event they are another telling of: every fact and mention moves to the target, its
// evidence and articles joined with the target's, and the target records which ids it absorbed by which rule.
// An event left with a relationship of a type not listed here stays (nothing is lost).
// Each merge is {from, into, rule}.
// params: $merges
// columns: merged
UNWIND $merges AS m
MATCH (u:Entity {id: m.from})
MATCH (t:Entity {id: m.into})
WHERE u <> t AND u:Event AND t:Event
CALL (u, t) {
  MATCH (x:Entity)-[r:PARTICIPATED_IN]->(u)
  WITH x, r, t, properties(r) AS p
  MERGE (x)-[r2:PARTICIPATED_IN {key: coalesce(p.key, '')}]->(t)
  SET r2 += p {.*, rule: coalesce(r2.rule, p.rule),
               evidence: coalesce(r2.evidence, []) + [e IN coalesce(p.evidence, []) WHERE NOT e IN coalesce(r2.evidence, [])],
               articles: coalesce(r2.articles, []) + [a IN coalesce(p.articles, []) WHERE NOT a IN coalesce(r2.articles, [])]}
  DELETE r
}
CALL (u, t) {
  MATCH (u)-[r:REPORTED_BY]->(x:Entity)
  WITH x, r, t, properties(r) AS p
  MERGE (t)-[r2:REPORTED_BY {key: coalesce(p.key, '')}]->(x)
  SET r2 += p {.*, rule: coalesce(r2.rule, p.rule),
               evidence: coalesce(r2.evidence, []) + [e IN coalesce(p.evidence, []) WHERE NOT e IN coalesce(r2.evidence, [])],
               articles: coalesce(r2.articles, []) + [a IN coalesce(p.articles, []) WHERE NOT a IN coalesce(r2.articles, [])]}
  DELETE r
}
CALL (u, t) {
  MATCH (u)-[r:TOOK_PLACE_IN]->(x:Entity)
  WITH x, r, t, properties(r) AS p
  MERGE (t)-[r2:TOOK_PLACE_IN {key: coalesce(p.key, '')}]->(x)
  SET r2 += p {.*, rule: coalesce(r2.rule, p.rule),
               evidence: coalesce(r2.evidence, []) + [e IN coalesce(p.evidence, []) WHERE NOT e IN coalesce(r2.evidence, [])],
               articles: coalesce(r2.articles, []) + [a IN coalesce(p.articles, []) WHERE NOT a IN coalesce(r2.articles, [])]}
  DELETE r
}
CALL (u, t) {
  MATCH (u)-[r:CONCERNS]->(x:Entity)
  WITH x, r, t, properties(r) AS p
  MERGE (t)-[r2:CONCERNS {key: coalesce(p.key, '')}]->(x)
  SET r2 += p {.*, rule: coalesce(r2.rule, p.rule),
               evidence: coalesce(r2.evidence, []) + [e IN coalesce(p.evidence, []) WHERE NOT e IN coalesce(r2.evidence, [])],
               articles: coalesce(r2.articles, []) + [a IN coalesce(p.articles, []) WHERE NOT a IN coalesce(r2.articles, [])]}
  DELETE r
}
CALL (u, t) {
  MATCH (s:Sentence)-[r:MENTIONS]->(u)
  WITH s, r, t, properties(r) AS p
  MERGE (s)-[r2:MENTIONS]->(t)
  SET r2.surface = coalesce(r2.surface, []) + [x IN coalesce(p.surface, []) WHERE NOT x IN coalesce(r2.surface, [])],
      r2.rules = coalesce(r2.rules, []) + [x IN coalesce(p.rules, []) WHERE NOT x IN coalesce(r2.rules, [])]
  DELETE r
}
// Several events may fold into one target: gather them first, so no update of the target reads a stale value.
WITH t, collect(u) AS folded, collect(m.rule) AS rules
WITH t, folded, rules,
     reduce(acc = coalesce(t.aliases, []), u IN folded |
       reduce(a = acc, x IN [y IN coalesce(u.aliases, []) WHERE y <> u.name] | CASE WHEN x IN a THEN a ELSE a + x END)) AS aliases
SET t.aliases = aliases,
    t.aliasText = reduce(text = '', x IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + x),
    t.mergedFrom = reduce(acc = coalesce(t.mergedFrom, []), u IN folded | CASE WHEN u.id IN acc THEN acc ELSE acc + u.id END),
    t.mergeRules = reduce(acc = coalesce(t.mergeRules, []), r IN rules | CASE WHEN r IN acc THEN acc ELSE acc + r END),
    t.sequence = coalesce(t.sequence, head([u IN folded WHERE u.sequence IS NOT NULL | u.sequence]))
WITH folded
UNWIND folded AS u
WITH u WHERE NOT EXISTS { (u)--() }
DELETE u
RETURN count(*) AS merged
