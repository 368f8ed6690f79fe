// Takes a correction back: it stays on record (who undid it, when, why) and the loader stops applying it.
// params: $id, $who, $why
// columns: correction
MATCH (c:Correction {id: $id})
WHERE c.undoneAt IS NULL
SET c.undoneAt = datetime(), c.undoneBy = $who, c.undoneWhy = $why
RETURN c {.*} AS correction
