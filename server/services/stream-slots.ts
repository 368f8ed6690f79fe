/** How many change streams may be open at once: in all, and per client. */
export interface StreamLimits {
  total: number;
  perClient: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = { total: 1_000, perClient: 10 };

/**
 * Counts open change streams, so that idle ones cannot take every file descriptor the server has (20,000 from
 * one client made search, health and editing fail): a stream past either limit is refused before it opens.
 */
export class StreamSlots {
  private open = 0;
  private readonly byClient = new Map<string, number>();

  constructor(readonly limits: StreamLimits) {}

  /** A release function when a stream may open for this client; null when a limit is reached. */
  take(client: string): (() => void) | null {
    const mine = this.byClient.get(client) ?? 0;
    if (this.open >= this.limits.total || mine >= this.limits.perClient) return null;
    this.open++;
    this.byClient.set(client, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.open--;
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    };
  }

  get count(): number {
    return this.open;
  }
}
