// Labels whose `id` property Neo4j itself keeps unique (a uniqueness or key constraint on it alone).
// params: (none)
// columns: label
SHOW CONSTRAINTS YIELD entityType, type, labelsOrTypes, properties
WHERE entityType = 'NODE' AND type IN ['UNIQUENESS', 'NODE_KEY'] AND properties = ['id'] AND size(labelsOrTypes) = 1
RETURN labelsOrTypes[0] AS label
