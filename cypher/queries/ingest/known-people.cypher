// People already in the graph with the offices the text gave them: lets later articles resolve "Xi" alone.
// params: (none)
// columns: id, name, roles
MATCH (p:Person)
OPTIONAL MATCH (p)-[r:HOLDS_ROLE]->(holder:Entity)
RETURN p.id AS id, p.name AS name, collect(CASE WHEN holder IS NULL THEN NULL ELSE {holderId: holder.id, title: r.title} END) AS roles
