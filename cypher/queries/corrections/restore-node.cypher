// Undoing a correction: the node's name, date, kind and aliases as they were before it (from its record),
// before the articles are loaded again. Absent values stay as they are; $dropAlias (a name the correction gave
// the node, which became an alias) is taken off the aliases.
// params: $id, $name, $date, $kind, $aliases, $dropAlias
// columns: restored
MATCH (n:Entity {id: $id})
WITH n, [x IN coalesce($aliases, n.aliases, []) WHERE $dropAlias IS NULL OR x <> $dropAlias] AS aliases
SET n.name = coalesce($name, n.name),
    n.date = coalesce($date, n.date),
    n.kind = coalesce($kind, n.kind),
    n.aliases = aliases,
    n.aliasText = reduce(text = '', x IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + x)
RETURN count(n) AS restored
