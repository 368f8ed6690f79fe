import type { Core, EdgeSingular, ElementDefinition } from 'cytoscape';
import type { Elements } from './api';
import { keptByDateFilter } from './date-span';
import { familyOf } from './event-families';
import { keptByNumberRange } from './timeline/numeric-bins';
import { parseSliceKey } from './timeline/slice-property';
import { eventEdgeLabel } from './style';

/**
 * Graph logic with no DOM: merging elements, collapsing two-party events into labelled edges, filters.
 * Runs the same in the browser and in Node (cytoscape headless), where the unit tests use it.
 */
export function toDefinitions(elements: Elements): ElementDefinition[] {
  return [
    ...elements.nodes.map((n) => ({ group: 'nodes' as const, data: { ...n.data } })),
    ...elements.edges.map((e) => ({ group: 'edges' as const, data: { ...e.data } })),
  ];
}

/** Adds what is not on the canvas yet; returns the ids that are new. */
export function mergeElements(cy: Core, elements: Elements): string[] {
  const fresh = toDefinitions(elements).filter((d) => cy.getElementById(String(d.data.id)).empty());
  // Edges need both ends on the canvas.
  const nodes = fresh.filter((d) => d.group === 'nodes');
  cy.add(nodes);
  const edges = fresh.filter(
    (d) =>
      d.group === 'edges' &&
      !cy.getElementById(String(d.data.source)).empty() &&
      !cy.getElementById(String(d.data.target)).empty(),
  );
  cy.add(edges);
  return [...nodes, ...edges].map((d) => String(d.data.id));
}

/** Events with exactly two parties become one edge between them ("called · 15 Jun 2022"); the node is hidden. */
export function collapseEvents(cy: Core): number {
  let collapsed = 0;
  cy.nodes('[label = "Event"]').forEach((event) => {
    const parties = event.incomers('edge[type = "PARTICIPATED_IN"]').sources();
    if (parties.length !== 2) return;
    const id = `collapsed:${event.id()}`;
    if (cy.getElementById(id).empty()) {
      cy.add({
        group: 'edges',
        data: {
          id,
          source: parties[0].id(),
          target: parties[1].id(),
          type: 'EVENT',
          event: event.id(),
          caption: eventEdgeLabel(event.data('kind'), event.data('date')),
          // The edge is coloured as its event is, by family.
          family: event.data('family'),
        },
        classes: 'event-edge',
      });
    }
    event.addClass('collapsed');
    collapsed++;
  });
  return collapsed;
}

export function expandEvents(cy: Core): void {
  cy.edges('.event-edge').remove();
  cy.nodes('.collapsed').removeClass('collapsed');
}

/**
 * Hides events the from/to filter leaves out (date-span.ts says which: an event whose day, month or year overlaps
 * the range stays; an undated one goes while a filter is set), and the edge that stands for a collapsed one.
 */
export function filterByDate(cy: Core, from: string | null, to: string | null): void {
  cy.nodes('[label = "Event"]').forEach((event) => {
    const hidden = !keptByDateFilter(event.data('date'), from, to);
    event.toggleClass('date-hidden', hidden);
    cy.getElementById(`collapsed:${event.id()}`).toggleClass('date-hidden', hidden);
  });
}

/**
 * Hides the nodes of the sliced label whose property lies outside [from, to] (a number compared as one, a date as
 * the date filter compares it) or that have no value while a range is set; with no property chosen, hides none.
 */
export function filterBySlice(cy: Core, slice: string | null, from: string | null, to: string | null): void {
  const chosen = slice ? parseSliceKey(slice) : null;
  cy.nodes('.slice-hidden').removeClass('slice-hidden');
  if (!chosen || (!from && !to)) return;
  cy.nodes()
    .filter((n) => n.data('label') === chosen.label)
    .forEach((n) => {
      const value: unknown = n.data(chosen.property);
      const kept = typeof value === 'number' ? keptByNumberRange(value, from, to) : keptByDateFilter(value, from, to);
      if (!kept) n.addClass('slice-hidden');
    });
}

/** Hides the events of the hidden families, and the edge that stands for a collapsed one. */
export function filterFamilies(cy: Core, hidden: ReadonlySet<string>): void {
  cy.nodes('[label = "Event"]').forEach((event) => {
    const family = familyOf(event.data());
    const off = family !== null && hidden.has(family);
    event.toggleClass('family-hidden', off);
    cy.getElementById(`collapsed:${event.id()}`).toggleClass('family-hidden', off);
  });
}

/** What a filter hides (a node the reader hid herself, `user-hidden`, strands nothing: she sees why). */
const FILTERED = ['kind-hidden', 'family-hidden', 'date-hidden', 'slice-hidden', 'collapsed'];
const filtered = (e: { hasClass(c: string): boolean }) => FILTERED.some((c) => e.hasClass(c));

/**
 * Hides the nodes the filters leave with no link shown, as Gephi's "remove isolated nodes" does after a filter: an
 * outlet whose events are drawn as edges, the people of events a date filter hides. Each had links on the canvas,
 * and every one of them is hidden by a filter or leads to a node that is; a node drawn alone (a search hit) stays.
 * One pass suffices: a node hidden here had only filtered neighbours, so it strands no one else. Returns how many.
 */
export function hideStranded(cy: Core): number {
  const stranded = cy.nodes().filter((n) => {
    const links = n.connectedEdges();
    if (filtered(n) || links.empty()) return false;
    return links
      .toArray()
      .every((e) => filtered(e) || filtered((e as EdgeSingular).source()) || filtered((e as EdgeSingular).target()));
  });
  cy.nodes('.stranded').removeClass('stranded');
  stranded.addClass('stranded');
  return stranded.length;
}

export function filterKinds(cy: Core, hidden: ReadonlySet<string>): void {
  cy.nodes().forEach((n) => {
    n.toggleClass('kind-hidden', hidden.has(n.data('label')));
  });
}
