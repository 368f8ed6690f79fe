// Relationship types in use.
// params: (none)
// columns: relationshipType
CALL db.relationshipTypes() YIELD relationshipType
RETURN relationshipType ORDER BY relationshipType
