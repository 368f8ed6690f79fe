// Who reported an event, and the sentences of each report: the readouts side by side.
// params: $node
// columns: reporter, evidence
MATCH (e) WHERE elementId(e) = $node
MATCH (e)-[rb:REPORTED_BY]->(reporter)
RETURN reporter, rb.evidence AS evidence
ORDER BY reporter.name
