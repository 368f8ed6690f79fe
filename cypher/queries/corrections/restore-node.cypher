// Undoing a correction: the node's name, date, kind and aliases as they were before it (from its record),
// before the articles are loaded again. Absent values stay as they are.
// params: $id, $name, $date, $kind, $aliases
// columns: restored
MATCH (n:Entity {id: $id})
WITH n, coalesce($aliases, n.aliases, []) AS aliases
SET n.name = coalesce($name, n.name),
    n.date = coalesce($date, n.date),
    n.kind = coalesce($kind, n.kind),
    n.aliases = aliases,
    n.aliasText = reduce(text = '', x IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + x)
RETURN count(n) AS restored
