// After a correction's reload: each event keeps the record of the tellings folded into it (mergedFrom,
// mergeRules), which a reload that rewrote the event's node would otherwise lose. Idempotent.
// params: $folds
// columns: kept
UNWIND $folds AS fold
MATCH (t:Event {id: fold.into})
SET t.mergedFrom = coalesce(t.mergedFrom, []) + [x IN [fold.from] WHERE NOT x IN coalesce(t.mergedFrom, [])],
    t.mergeRules = coalesce(t.mergeRules, []) + [r IN fold.rules WHERE NOT r IN coalesce(t.mergeRules, [])]
RETURN count(t) AS kept
