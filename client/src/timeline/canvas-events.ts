import type { Core } from 'cytoscape';
import { DayRange, spanOfEventDate } from '../date-span';
import { nodeCaption } from '../style';
import { DatedItem } from './bins';
import { ValuedItem } from './numeric-bins';
import { EVENT_DATE, kindOfValue, parseSliceKey, SliceKind } from './slice-property';
import { UndatedEvent } from './undated-list';

/**
 * The events on the canvas as the timeline counts them: every Event node neither a kind nor a family filter hides,
 * whether the date filter hides it or not (the strip shows what lies outside the range, greyed, so the range can be
 * widened), and whether it is drawn as a node or collapsed into an edge.
 */
function countedEvents(cy: Core) {
  return cy.nodes('[label = "Event"]').filter((n) => !n.hasClass('kind-hidden') && !n.hasClass('family-hidden'));
}

/** The nodes a property slices: events as above for events' date; for another, every node of its label shown. */
function countedNodes(cy: Core, slice: string) {
  if (slice === EVENT_DATE) return countedEvents(cy);
  const label = parseSliceKey(slice)?.label;
  return cy.nodes().filter((n) => n.data('label') === label && !n.hasClass('kind-hidden'));
}

const propertyOf = (slice: string) => parseSliceKey(slice)?.property ?? 'date';

/** The nodes' dates in the property (events' date unless another is named), for the calendar histogram. */
export function canvasItems(cy: Core, slice = EVENT_DATE): DatedItem[] {
  const property = propertyOf(slice);
  return countedNodes(cy, slice).map((n) => ({ id: n.id(), date: n.data(property), count: 1 }));
}

/** The nodes' values in a number property, for the numeric histogram. */
export function canvasValues(cy: Core, slice: string): ValuedItem[] {
  const property = propertyOf(slice);
  return countedNodes(cy, slice).map((n) => ({ id: n.id(), value: n.data(property) }));
}

/** The nodes the timeline cannot place: no value of the property's kind ("undated" events, "no value" others). */
export function undatedOnCanvas(cy: Core, slice = EVENT_DATE, kind: SliceKind = 'date'): UndatedEvent[] {
  const property = propertyOf(slice);
  const placed = (value: unknown) =>
    kind === 'date' ? spanOfEventDate(value) !== null : kindOfValue(value) === 'number';
  return countedNodes(cy, slice)
    .filter((n) => !placed(n.data(property)))
    .map((n) => ({
      id: n.id(),
      caption: nodeCaption(n.data()),
      hidden: n.hasClass('date-hidden') || n.hasClass('slice-hidden'),
    }));
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
