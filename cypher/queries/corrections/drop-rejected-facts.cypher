// Rejected facts, named by their ends as a person saw them (the event as folded, the entity as merged), taken out
// of the graph after every load. An article's extraction may name those ends otherwise (its own telling of an
// event, folded only once loaded), so rejecting the extracted fact alone would let it come back. Idempotent.
// Each reject is {type, from, to, key}; a null key rejects every fact of that type between the two.
// params: $rejects
// columns: dropped
UNWIND $rejects AS f
MATCH (:Entity {id: f.from})-[r]->(:Entity {id: f.to})
WHERE type(r) = f.type AND (f.key IS NULL OR r.key = f.key)
DELETE r
RETURN count(*) AS dropped
