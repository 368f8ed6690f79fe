// Fact relationships, each with the sentences that state it (evidence) and the article it comes from (row.articleId).
// One MERGE per allowed type (relationship types cannot be parameters); `key` tells parallel facts apart.
// params: $facts
// columns: facts
UNWIND $facts AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'PARTICIPATED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTICIPATED_IN {key: row.key}]->(b)
  SET r += row.props,
      r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])],
      r.articles = CASE WHEN row.articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + row.articleId END)
FOREACH (_ IN CASE WHEN row.type = 'REPORTED_BY' THEN [1] ELSE [] END |
  MERGE (a)-[r:REPORTED_BY {key: row.key}]->(b)
  SET r += row.props,
      r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])],
      r.articles = CASE WHEN row.articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + row.articleId END)
FOREACH (_ IN CASE WHEN row.type = 'HOLDS_ROLE' THEN [1] ELSE [] END |
  MERGE (a)-[r:HOLDS_ROLE {key: row.key}]->(b)
  SET r += row.props,
      r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])],
      r.articles = CASE WHEN row.articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + row.articleId END)
FOREACH (_ IN CASE WHEN row.type = 'PARTY_TO' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTY_TO {key: row.key}]->(b)
  SET r += row.props,
      r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])],
      r.articles = CASE WHEN row.articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + row.articleId END)
FOREACH (_ IN CASE WHEN row.type = 'TOOK_PLACE_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:TOOK_PLACE_IN {key: row.key}]->(b)
  SET r += row.props,
      r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])],
      r.articles = CASE WHEN row.articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + row.articleId END)
FOREACH (_ IN CASE WHEN row.type = 'CONCERNS' THEN [1] ELSE [] END |
  MERGE (a)-[r:CONCERNS {key: row.key}]->(b)
  SET r += row.props,
      r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])],
      r.articles = CASE WHEN row.articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + row.articleId END)
RETURN count(row) AS facts
