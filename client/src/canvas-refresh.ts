import type { EdgeSingular } from 'cytoscape';
import { api, MAX_NODES_PER_REQUEST, NodesAnswer } from './api';
import { GraphView } from './graph-view';

/**
 * What the graph answered for ids on the canvas (POST /api/nodes), applied to it: nodes it no longer holds leave,
 * the others take their current data, and drawn relationships it does not hold leave where `mayBeStale` says the
 * answer covers them. An event drawn as one labelled edge stays: it is the page's own.
 */
export function applyGraphAnswer(
  view: GraphView,
  answer: NodesAnswer,
  mayBeStale: (edge: EdgeSingular) => boolean,
): void {
  const held = new Set(answer.edges.map((e) => e.data.id));
  view.cy.batch(() => {
    for (const id of answer.missing) view.cy.getElementById(id).remove();
    for (const node of answer.nodes) {
      const shown = view.cy.getElementById(node.data.id);
      if (shown.nonempty()) shown.data(node.data);
    }
    view.cy
      .edges()
      .filter((e) => !e.data('event') && !held.has(e.id()) && mayBeStale(e))
      .remove();
  });
}

/**
 * The canvas as the graph now is, after the graph changed under it (a correction or its undo, an article added
 * or re-ingested, here or on another page): nodes gone from the graph leave, the others take their new data,
 * relationships among them are fetched again and those the graph no longer holds leave (a fact re-stated by a
 * re-ingest is a new relationship: the old one would stay drawn beside it, without evidence), and `extra` ids
 * join the canvas.
 */
export async function refreshCanvas(view: GraphView, extra: string[] = []): Promise<void> {
  const onCanvas = view.cy.nodes().map((n) => n.id());
  const ids = [...new Set([...onCanvas, ...extra.filter(Boolean)])];
  if (ids.length === 0) return;
  const answer = await api.nodes(ids);
  // Only a whole answer says which relationships are gone; a partial one, only those of the changed nodes.
  const whole = !answer.truncated && ids.length <= MAX_NODES_PER_REQUEST;
  const touched = new Set(extra);
  applyGraphAnswer(view, answer, (e) => whole || touched.has(e.source().id()) || touched.has(e.target().id()));
  view.add(answer, 'graph changed');
}
