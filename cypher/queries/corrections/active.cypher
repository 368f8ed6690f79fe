// The corrections in force, oldest first: the order the loader applies them in.
// params: (none)
// columns: id, change
MATCH (c:Correction)
WHERE c.undoneAt IS NULL
RETURN c.id AS id, c.change AS change
ORDER BY c.at, c.id
