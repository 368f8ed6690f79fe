// Fallback for foreign graphs: a node whose own `id` property matches (no index: a scan, bounded by LIMIT).
// params: $id
// columns: node
MATCH (n) WHERE n.id = $id OR toString(n.id) = $id
RETURN n AS node
LIMIT 1
