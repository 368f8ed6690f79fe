// Undoing a correction: what it changed on the node goes back, and only that, so that corrections undone in any
// order each take back their own change. The name, date and kind return to what the record says they were only
// while they are still what the correction made them ($ifName, $ifDate, $ifKind; null: leave as is); aliases the
// correction added are taken off ($dropAliases) and those it took off put back ($addAliases), before the articles
// are loaded again. An event whose kind is back to what was told gets the told family and CAMEO code back, one
// whose date is back the told date rule; when both are, it takes its told name back (two fixes undone out of order
// leave the first one's name otherwise) and keeps no told values: it is as extraction made it.
// params: $id, $name, $ifName, $date, $ifDate, $kind, $ifKind, $dropAliases, $addAliases
// columns: restored
MATCH (n:Entity {id: $id})
WITH n, [x IN coalesce(n.aliases, []) WHERE NOT x IN $dropAliases] AS kept
WITH n, kept + [x IN $addAliases WHERE NOT x IN kept] AS aliases
SET n.name = CASE WHEN $ifName IS NOT NULL AND n.name = $ifName THEN $name ELSE n.name END,
    n.date = CASE WHEN $ifDate IS NOT NULL AND n.date = $ifDate THEN $date ELSE n.date END,
    n.kind = CASE WHEN $ifKind IS NOT NULL AND n.kind = $ifKind THEN $kind ELSE n.kind END,
    n.aliases = aliases,
    n.aliasText = reduce(text = '', x IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + x)
WITH n, n.corrected AND n.kind = n.toldKind AS kindAsTold,
     n.corrected AND coalesce(n.date, '') = coalesce(n.toldDate, '') AS dateAsTold
FOREACH (_ IN CASE WHEN kindAsTold THEN [1] ELSE [] END |
  SET n.cameo = n.toldCameo, n.family = n.toldFamily, n.familyLabel = n.toldFamilyLabel)
FOREACH (_ IN CASE WHEN dateAsTold THEN [1] ELSE [] END | SET n.dateRule = n.toldDateRule)
FOREACH (_ IN CASE WHEN kindAsTold AND dateAsTold THEN [1] ELSE [] END |
  SET n.name = coalesce(n.toldName, n.name)
  REMOVE n.corrected, n.toldName, n.toldKind, n.toldCameo, n.toldFamily, n.toldFamilyLabel, n.toldDate, n.toldDateRule)
RETURN count(n) AS restored
