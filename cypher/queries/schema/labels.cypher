// Labels in use.
// params: (none)
// columns: label
CALL db.labels() YIELD label
RETURN label ORDER BY label
