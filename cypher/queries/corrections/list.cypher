// Corrections newest first; only those touching $entityId when it is given, only those in force unless
// $includeUndone.
// params: $entityId, $includeUndone, $limit
// columns: correction
MATCH (c:Correction)
WHERE ($entityId IS NULL OR $entityId IN c.entityIds) AND ($includeUndone OR c.undoneAt IS NULL)
RETURN c {.*} AS correction
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
