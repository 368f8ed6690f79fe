import { expect } from 'chai';
import { GraphChange } from '../../server/services/change-feed';

/** An open GET /api/changes stream, read as a page's EventSource would: the `change` events, in order. */
export class ChangeStream {
  private text = '';
  private readonly controller = new AbortController();
  private waiting: (() => void) | null = null;

  static async open(base: string): Promise<ChangeStream> {
    const stream = new ChangeStream();
    const res = await fetch(`${base}/api/changes`, { signal: stream.controller.signal });
    expect(res.status).to.equal(200);
    void stream.read(res.body!.getReader());
    await stream.until(() => stream.text.includes(': connected'));
    return stream;
  }

  /**
   * Opens the stream as early as the server accepts it: tried every 20 ms from its start (a page opened while the
   * app starts up), until `exited` says it never will.
   */
  static async openWhenServing(base: string, exited: Promise<unknown>): Promise<ChangeStream> {
    let ended = false;
    void exited.then(() => (ended = true));
    for (;;) {
      if (ended) throw new Error('the server exited before it served');
      const stream = await ChangeStream.open(base).catch(() => null);
      if (stream) return stream;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        this.text += decoder.decode(value, { stream: true });
        this.waiting?.();
      }
    } catch {
      // Aborted by close().
    }
  }

  private until(test: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!test()) return;
        this.waiting = null;
        resolve();
      };
      this.waiting = check;
      check();
    });
  }

  changes(): GraphChange[] {
    return [...this.text.matchAll(/^event: change\ndata: (.*)$/gm)].map((m) => JSON.parse(m[1]) as GraphChange);
  }

  /** Resolves with the `count`th change once it has arrived (the test's timeout bounds the wait). */
  async nth(count: number): Promise<GraphChange> {
    await this.until(() => this.changes().length >= count);
    return this.changes()[count - 1];
  }

  close(): void {
    this.controller.abort();
  }
}
