import { AddedArticle, api, MAX_NODES_PER_REQUEST } from './api';
import type { GraphView } from './graph-view';

/** More would bury what the reader was looking at; the rest is an expansion away. */
const MOST_SHOWN = 80;

/** What an added article brings to the canvas: its events first (with the relationships among them all, the
 * participants' lines to their events come along), then the other entities it names. */
export function idsToShow(summary: Pick<AddedArticle, 'events' | 'entities'>): string[] {
  return [...summary.events.map((e) => e.id), ...summary.entities.map((e) => e.id)].slice(0, MOST_SHOWN);
}

/** Puts the given nodes on the canvas with the relationships among them (one step of undo). */
export async function putOnCanvas(view: GraphView, ids: string[], name: string): Promise<void> {
  if (ids.length === 0) return;
  const answer = await api.nodes(ids.slice(0, Math.min(MOST_SHOWN, MAX_NODES_PER_REQUEST)));
  if (answer.nodes.length) await view.addConnected(answer, name);
}
