// Entities keyed by their stable id; the kind label comes from an allow-list (static SETs below), aliases
// accumulate across articles, and aliasText feeds the full-text index.
// params: $entities
// columns: entities
UNWIND $entities AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name
SET n += row.props
WITH n, row, reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
// Only a new surface form rewrites aliasText (and so the full-text index entry).
FOREACH (_ IN CASE WHEN n.aliases IS NULL OR aliases <> n.aliases THEN [1] ELSE [] END |
  SET n.aliases = aliases,
      n.aliasText = reduce(text = '', x IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + x))
FOREACH (_ IN CASE WHEN row.kind = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.kind = 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE WHEN row.kind = 'Outlet' THEN [1] ELSE [] END | SET n:Outlet)
FOREACH (_ IN CASE WHEN row.kind = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'Agreement' THEN [1] ELSE [] END | SET n:Agreement)
FOREACH (_ IN CASE WHEN row.kind = 'Place' THEN [1] ELSE [] END | SET n:Place)
FOREACH (_ IN CASE WHEN row.kind = 'Event' THEN [1] ELSE [] END | SET n:Event)
RETURN count(n) AS entities
