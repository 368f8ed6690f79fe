import type { ActionHistory } from './history';

/**
 * The view's filters in one place: the canvas, the address, the legend, the date boxes and the toggles subscribe
 * and redraw from it, instead of each change being applied and saved by hand wherever it is made. No DOM:
 * unit-tested in Node.
 */
export interface ViewFilters {
  /** Labels not drawn. */
  hiddenKinds: ReadonlySet<string>;
  /** Event families (their codes, event-families.ts) whose events are not drawn, as nodes or as edges. */
  hiddenFamilies: ReadonlySet<string>;
  /** Events outside [from, to] (ISO prefixes) are not drawn, nor are undated ones while either is set. */
  from: string | null;
  to: string | null;
  /**
   * The property the timeline slices by and from/to range over, "Label.property" (`Movie.released`); null for
   * news events' date, the default.
   */
  slice: string | null;
  /** Two-party events drawn as one labelled edge. */
  eventsAsEdges: boolean;
}

export type FiltersListener = (now: ViewFilters, before: ViewFilters) => void;

export class ViewStore {
  private current: ViewFilters;
  private readonly listeners = new Set<FiltersListener>();

  constructor(initial: Partial<ViewFilters> = {}) {
    this.current = {
      hiddenKinds: new Set(),
      hiddenFamilies: new Set(),
      from: null,
      to: null,
      slice: null,
      eventsAsEdges: false,
      ...initial,
    };
  }

  get state(): ViewFilters {
    return this.current;
  }

  /** Changes some filters and tells every subscriber once; a change to nothing tells no one. */
  update(patch: Partial<ViewFilters>): void {
    const next = { ...this.current, ...patch };
    if (sameFilters(next, this.current)) return;
    const before = this.current;
    this.current = next;
    for (const listener of this.listeners) listener(next, before);
  }

  toggleKind(label: string): void {
    this.update({ hiddenKinds: toggledKind(this.current.hiddenKinds, label) });
  }

  toggleFamily(code: string): void {
    this.update({ hiddenFamilies: toggledFamily(this.current.hiddenFamilies, code) });
  }

  /** Calls `listener` on every change; returns how to stop. */
  subscribe(listener: FiltersListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * A change of filters made by the user, as a step of history like any other canvas action: undo puts the filters
 * back as they were, redo as they became. A change to nothing is no step.
 */
export function changeFiltersUndoably(
  store: ViewStore,
  history: ActionHistory,
  name: string,
  patch: Partial<ViewFilters>,
): void {
  const before = store.state;
  store.update(patch);
  const after = store.state;
  if (after === before) return;
  history.record({ name, undo: () => store.update(before), redo: () => store.update(after) });
}

/** The hidden kinds with `label` shown if it was hidden, hidden if it was shown. */
export function toggledKind(hidden: ReadonlySet<string>, label: string): Set<string> {
  return toggled(hidden, label);
}

/** The hidden event families with `code` shown if it was hidden, hidden if it was shown. */
export function toggledFamily(hidden: ReadonlySet<string>, code: string): Set<string> {
  return toggled(hidden, code);
}

function toggled(hidden: ReadonlySet<string>, member: string): Set<string> {
  const next = new Set(hidden);
  if (next.has(member)) next.delete(member);
  else next.add(member);
  return next;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((k) => b.has(k));

export function sameFilters(a: ViewFilters, b: ViewFilters): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.slice === b.slice &&
    a.eventsAsEdges === b.eventsAsEdges &&
    sameSet(a.hiddenKinds, b.hiddenKinds) &&
    sameSet(a.hiddenFamilies, b.hiddenFamilies)
  );
}
