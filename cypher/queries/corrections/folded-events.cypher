// The folds in force for these event ids: each event telling an earlier load folded into another event
// (consolidate.ts), with the event it was folded into (which lists the absorbed ids in mergedFrom) and the rules
// it records. Loading an article again brings its own telling back: a correction's reload folds it where it was,
// so that making and undoing a correction leaves the events as they were, whatever the articles added since would
// decide afresh (a second dated call makes an undated one ambiguous).
// params: $eventIds
// columns: from, into, intoName, rules
MATCH (t:Event)
WHERE any(x IN coalesce(t.mergedFrom, []) WHERE x IN $eventIds)
UNWIND [x IN t.mergedFrom WHERE x IN $eventIds] AS from
RETURN from, t.id AS into, t.name AS intoName, coalesce(t.mergeRules, []) AS rules
