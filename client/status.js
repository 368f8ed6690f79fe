// Shows which Neo4j the server talks to; replaced by the Cytoscape explorer bundle.
fetch('/api/health')
  .then((r) => r.json())
  .then((h) => {
    const el = document.querySelector('[data-testid=status]');
    el.textContent = h.neo4j
      ? `Neo4j ${h.neo4j.version} ${h.neo4j.edition} (${h.neo4j.mode}): ${h.neo4j.nodes} nodes, ${h.neo4j.relationships} relationships`
      : `Neo4j unavailable: ${h.error.message}`;
  });
