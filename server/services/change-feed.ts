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
  private readonly listeners = new Map<Listener, () => void>();
  private closed = false;

  publish(change: GraphChange): void {
    for (const listener of this.listeners.keys()) listener(change);
  }

  /**
   * Returns the call that stops listening (a page closing its stream). `onClose` runs once the feed closes (the
   * app stopping), at once if it already has: a stream never ends by itself, so its listener must end it.
   */
  subscribe(listener: Listener, onClose: () => void = () => {}): () => void {
    if (this.closed) {
      onClose();
      return () => {};
    }
    this.listeners.set(listener, onClose);
    return () => this.listeners.delete(listener);
  }

  /** The app is stopping: every listener is told to end its stream, so no open page holds the stop up. */
  close(): void {
    this.closed = true;
    const closing = [...this.listeners.values()];
    this.listeners.clear();
    for (const onClose of closing) onClose();
  }
}
