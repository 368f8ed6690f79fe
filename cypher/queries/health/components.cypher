// Which Neo4j answers: product name, version and edition.
// params: (none)
// columns: name, version, edition
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
