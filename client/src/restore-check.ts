import { api, MAX_NODES_PER_REQUEST } from './api';
import { applyGraphAnswer } from './canvas-refresh';
import { mergeElements } from './graph-model';
import type { GraphView } from './graph-view';

/**
 * What an undo or redo brings back is what the canvas held then; the graph may have changed since (a correction,
 * a re-ingest that re-stated facts as new relationships, here or on another page). Once restored, the elements
 * are checked against the graph: nodes and relationships it no longer holds leave again, nodes take their current
 * data, and the restored nodes bring their relationships to what is drawn, as any node joining the canvas does.
 * The check is no step of history: it keeps the picture true, it is not the reader's doing.
 */
export async function checkRestored(view: GraphView, restoredIds: string[]): Promise<void> {
  const restored = view.cy.collection();
  for (const id of restoredIds) restored.merge(view.cy.getElementById(id));
  // A relationship is checked with its two ends: the graph answers the relationships among the ids it is given.
  const edges = restored.edges().filter((e) => !e.data('event'));
  const joined = restored.nodes().map((n) => n.id());
  const ids = [...new Set([...joined, ...edges.connectedNodes().map((n) => n.id())])];
  if (ids.length === 0 || ids.length > MAX_NODES_PER_REQUEST) return;
  const joining = new Set(joined);
  const others = view.cy
    .nodes()
    .filter((n) => !joining.has(n.id()))
    .map((n) => n.id());
  const [answer, links] = await Promise.all([
    api.nodes(ids),
    joined.length ? api.connections(joined, others) : Promise.resolve(null),
  ]);
  // Only a whole answer says a restored relationship is gone.
  const restoredEdges = new Set(edges.map((e) => e.id()));
  applyGraphAnswer(view, answer, (e) => !answer.truncated && restoredEdges.has(e.id()));
  view.cy.batch(() => mergeElements(view.cy, { nodes: [], edges: [...answer.edges, ...(links?.edges ?? [])] }));
  view.applyFilters();
}
