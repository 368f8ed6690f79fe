// One correction, undone or not.
// params: $id
// columns: correction
MATCH (c:Correction {id: $id})
RETURN c {.*} AS correction
