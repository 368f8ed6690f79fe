// Property keys and their types per label combination.
// params: (none)
// columns: nodeLabels, propertyName, propertyTypes
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
WHERE propertyName IS NOT NULL
RETURN nodeLabels, propertyName, propertyTypes
