/**
 * The view's filters in one place: the canvas, the address, the legend, the date boxes and the toggles subscribe
 * and redraw from it, instead of each change being applied and saved by hand wherever it is made. No DOM:
 * unit-tested in Node.
 */
export interface ViewFilters {
  /** Labels not drawn. */
  hiddenKinds: ReadonlySet<string>;
  /** Events outside [from, to] (ISO prefixes) are not drawn, nor are undated ones while either is set. */
  from: string | null;
  to: string | null;
  /** Two-party events drawn as one labelled edge. */
  eventsAsEdges: boolean;
}

export type FiltersListener = (now: ViewFilters, before: ViewFilters) => void;

export class ViewStore {
  private current: ViewFilters;
  private readonly listeners = new Set<FiltersListener>();

  constructor(initial: Partial<ViewFilters> = {}) {
    this.current = { hiddenKinds: new Set(), from: null, to: null, eventsAsEdges: false, ...initial };
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

  /** Calls `listener` on every change; returns how to stop. */
  subscribe(listener: FiltersListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The hidden kinds with `label` shown if it was hidden, hidden if it was shown. */
export function toggledKind(hidden: ReadonlySet<string>, label: string): Set<string> {
  const next = new Set(hidden);
  if (next.has(label)) next.delete(label);
  else next.add(label);
  return next;
}

export function sameFilters(a: ViewFilters, b: ViewFilters): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.eventsAsEdges === b.eventsAsEdges &&
    a.hiddenKinds.size === b.hiddenKinds.size &&
    [...a.hiddenKinds].every((k) => b.hiddenKinds.has(k))
  );
}
