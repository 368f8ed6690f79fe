// The entities a correction names, as they are now (to check it and to record what it replaces).
// $kinds: the entity kinds Readout writes (ENTITY_KINDS); a node's kind is the first of its labels among them.
// mergedFrom: for an event, the ids of the tellings consolidation folded into it (empty for any other node).
// params: $ids, $kinds
// columns: id, name, kind, labels, aliases, date, eventKind, mergedFrom
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name, head([l IN labels(n) WHERE l IN $kinds]) AS kind,
       labels(n) AS labels, coalesce(n.aliases, []) AS aliases, n.date AS date, n.kind AS eventKind,
       coalesce(n.mergedFrom, []) AS mergedFrom
