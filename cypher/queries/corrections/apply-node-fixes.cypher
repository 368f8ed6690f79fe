// What corrections fix on nodes whatever articles are loaded (a node keeps its first name; aliases only grow):
// names (rename, fix-event), an event's date and kind (with the kind's family), an alias split off. Idempotent; absent nodes are skipped.
// The first fix of an event's date or kind keeps what was told beside it (corrections.ts toldProps): consolidation
// reads the told values, and undoing the last fix puts them back.
// params: $fixes
// columns: fixed
UNWIND $fixes AS fix
MATCH (n:Entity {id: fix.id})
FOREACH (_ IN CASE WHEN n:Event AND n.corrected IS NULL AND (fix.date IS NOT NULL OR fix.eventKind IS NOT NULL)
                   THEN [1] ELSE [] END |
  SET n.corrected = true, n.toldName = n.name, n.toldKind = n.kind, n.toldCameo = n.cameo, n.toldFamily = n.family,
      n.toldFamilyLabel = n.familyLabel, n.toldDate = n.date, n.toldDateRule = n.dateRule)
WITH n, fix
WITH n, fix,
     [x IN coalesce(n.aliases, []) WHERE fix.dropAlias IS NULL OR toLower(x) <> toLower(fix.dropAlias)] AS kept
WITH n, fix, CASE WHEN fix.name IS NULL OR fix.name IN kept THEN kept ELSE kept + fix.name END AS aliases
SET n.name = coalesce(fix.name, n.name),
    n.date = coalesce(fix.date, n.date),
    n.dateRule = CASE WHEN fix.date IS NULL THEN n.dateRule ELSE 'corrected' END,
    n.kind = CASE WHEN n:Event THEN coalesce(fix.eventKind, n.kind) ELSE n.kind END,
    n.family = CASE WHEN n:Event AND fix.eventKind IS NOT NULL THEN fix.family ELSE n.family END,
    n.cameo = CASE WHEN n:Event AND fix.eventKind IS NOT NULL THEN fix.cameo ELSE n.cameo END,
    n.familyLabel = CASE WHEN n:Event AND fix.eventKind IS NOT NULL THEN fix.familyLabel ELSE n.familyLabel END,
    n.aliases = aliases,
    n.aliasText = reduce(text = '', x IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + x)
RETURN count(n) AS fixed
