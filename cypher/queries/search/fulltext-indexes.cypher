// The full-text indexes this graph has (Readout's own is entity_search).
// params: (none)
// columns: name
SHOW FULLTEXT INDEXES YIELD name, state WHERE state = 'ONLINE'
RETURN name
