// Records one correction: what it changes (JSON), who made it, when (a datetime, so they order exactly), why,
// what it replaced (JSON) and the articles it was applied to (loaded again; undoing it loads them again).
// params: $id, $kind, $change, $entityIds, $articles, $who, $why, $replaced
// columns: correction
CREATE (c:Correction {id: $id, kind: $kind, change: $change, entityIds: $entityIds, articles: $articles, who: $who, why: $why,
                      replaced: $replaced, at: datetime()})
RETURN c {.*} AS correction
