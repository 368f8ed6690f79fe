import type { Core } from 'cytoscape';
import { DayRange, spanOfEventDate } from '../date-span';
import { nodeCaption } from '../style';
import { DatedItem } from './bins';
import { UndatedEvent } from './undated-list';

/**
 * The events on the canvas as the timeline counts them: every Event node neither a kind nor a family filter hides,
 * whether the date filter hides it or not (the strip shows what lies outside the range, greyed, so the range can be
 * widened), and whether it is drawn as a node or collapsed into an edge.
 */
function countedEvents(cy: Core) {
  return cy.nodes('[label = "Event"]').filter((n) => !n.hasClass('kind-hidden') && !n.hasClass('family-hidden'));
}

export function canvasItems(cy: Core): DatedItem[] {
  return countedEvents(cy).map((n) => ({ id: n.id(), date: n.data('date'), count: 1 }));
}

export function undatedOnCanvas(cy: Core): UndatedEvent[] {
  return countedEvents(cy)
    .filter((n) => spanOfEventDate(n.data('date')) === null)
    .map((n) => ({ id: n.id(), caption: nodeCaption(n.data()), hidden: n.hasClass('date-hidden') }));
}

/** Events on the canvas whose whole date falls within [start, end): a whole-graph bar's share of the canvas. */
export function eventIdsWithin(cy: Core, days: DayRange): string[] {
  return countedEvents(cy)
    .filter((n) => {
      const span = spanOfEventDate(n.data('date'));
      return span !== null && span.start >= days.start && span.end <= days.end;
    })
    .map((n) => n.id());
}

/** Selects these events alone: each as drawn, its node or, for one collapsed into an edge, that edge. */
export function selectEvents(cy: Core, ids: string[]): void {
  cy.elements().unselect();
  for (const id of ids) {
    const node = cy.getElementById(id);
    const edge = cy.getElementById(`collapsed:${id}`);
    (node.hasClass('collapsed') && edge.nonempty() ? edge : node).select();
  }
}
