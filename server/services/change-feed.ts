/** What changed in the graph: ids only, so anyone may listen (they read the rest through the API). */
export interface GraphChange {
  /** 'articles': articles were added; 'corrections': a correction was made or undone. */
  type: 'articles' | 'corrections';
  articleIds: string[];
  entityIds: string[];
}

type Listener = (change: GraphChange) => void;

/** Tells the open pages (GET /api/changes) what each write added; one per app, in memory. */
export class ChangeFeed {
  private readonly listeners = new Set<Listener>();

  publish(change: GraphChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Returns the call that stops listening (a page closing its stream). */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
