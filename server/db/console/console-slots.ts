import { ConsoleBusyError } from '../../errors';

/** A slot lent to one client for one query. */
export interface Lease<T> {
  item: T;
  client: string;
}

export interface ConsoleStatus {
  slots: number;
  busy: number;
  waiting: number;
  /** Queries the console gave up on that Neo4j still runs: each keeps its slot until Neo4j has ended it. */
  abandoned: { since: string; seconds: number }[];
}

/** How long a client refused for a busy console is owed the next free slot. */
const OWED_MS = 10_000;
/** How long a free slot is kept for an owed client (its Retry-After, and a margin) before others may have it. */
const RESERVE_MS = 4_000;
/** Requests one client may have waiting at once; more are refused at once (one client cannot fill the queue). */
const WAITING_PER_CLIENT = 2;
/** Retry-After while every slot is held by a query Neo4j still runs after the console gave up on it. */
const ABANDONED_RETRY_S = 10;

interface Waiter<T> {
  client: string;
  take(lease: Lease<T>): void;
}

/**
 * The console's slots, lent fairly. A free slot goes to whoever waits, but not back to the client that just had it
 * while another client waits or was recently turned away: that client is owed the next slot, which is kept for it
 * a few seconds (one client sending a long query back to back no longer keeps everyone else out). A slot whose
 * query Neo4j still runs after the console gave up on it stays taken, however long, and is reported as such: the
 * console does not stack abandoned work on Neo4j.
 */
export class ConsoleSlots<T> {
  private readonly free: T[];
  private readonly waiters: Waiter<T>[] = [];
  private readonly owed = new Map<string, number>();
  private reservation: { client: string; until: number; timer: NodeJS.Timeout } | null = null;
  private readonly abandoned = new Map<Lease<T>, number>();

  constructor(
    private readonly items: T[],
    private readonly queueMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.free = [...items];
  }

  acquire(client: string): Promise<Lease<T>> {
    this.forgetExpired();
    const mine = this.reservation?.client === client;
    // A reservation keeps the last free slot for its client; others wait (or take another free slot).
    const open = this.free.length - (this.reservation && !mine ? 1 : 0);
    if (this.free.length > 0 && (mine || (open > 0 && this.waiters.length === 0))) {
      if (mine) this.endReservation();
      this.owed.delete(client);
      return Promise.resolve({ item: this.free.pop()!, client });
    }
    if (this.waiters.filter((w) => w.client === client).length >= WAITING_PER_CLIENT)
      return Promise.reject(this.busy(client, 'You already have queries waiting for the console.'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter<T> = {
        client,
        take: (lease) => {
          clearTimeout(timer);
          this.owed.delete(client);
          resolve(lease);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(this.busy(client, 'The console is busy with other queries; try again in a moment.'));
      }, this.queueMs);
      this.waiters.push(waiter);
    });
  }

  /** The slot's query is over (or Neo4j has confirmed an abandoned one ended): it goes to the next in turn. */
  release(lease: Lease<T>): void {
    this.abandoned.delete(lease);
    this.forgetExpired();
    const others = this.waiters.filter((w) => w.client !== lease.client);
    const next =
      others.find((w) => this.owed.has(w.client)) ??
      others[0] ??
      (this.owedElsewhere(lease.client) ? undefined : this.waiters[0]);
    if (next) {
      this.waiters.splice(this.waiters.indexOf(next), 1);
      next.take({ item: lease.item, client: next.client });
      return;
    }
    this.free.push(lease.item);
    const owedClient = this.owedElsewhere(lease.client);
    if (owedClient) this.reserveFor(owedClient);
  }

  /** The console gave up on this lease's query but Neo4j still runs it: its slot stays taken until release(). */
  abandon(lease: Lease<T>): void {
    this.abandoned.set(lease, this.now());
  }

  status(): ConsoleStatus {
    const now = this.now();
    return {
      slots: this.items.length,
      busy: this.items.length - this.free.length,
      waiting: this.waiters.length,
      abandoned: [...this.abandoned.values()].map((since) => ({
        since: new Date(since).toISOString(),
        seconds: Math.round((now - since) / 1000),
      })),
    };
  }

  /** Ends the waits (the server is stopping). */
  close(): void {
    if (this.reservation) this.endReservation();
  }

  private busy(client: string, message: string): ConsoleBusyError {
    this.owed.set(client, this.now() + OWED_MS);
    const stuck = this.abandoned.size >= this.items.length;
    return new ConsoleBusyError(
      stuck ? 'The console is waiting for Neo4j to end a query it gave up on; try again later.' : message,
      stuck ? ABANDONED_RETRY_S : 2,
      stuck ? { abandoned: this.abandoned.size } : undefined,
    );
  }

  /** A client other than `client` that was turned away lately and is not waiting now. */
  private owedElsewhere(client: string): string | undefined {
    return [...this.owed.keys()].find((c) => c !== client && !this.waiters.some((w) => w.client === c));
  }

  private reserveFor(client: string): void {
    if (this.reservation) this.endReservation();
    const timer = setTimeout(() => {
      this.reservation = null;
      this.owed.delete(client);
      // Unclaimed: the slot goes to whoever waits.
      const next = this.waiters.shift();
      if (next && this.free.length) next.take({ item: this.free.pop()!, client: next.client });
    }, RESERVE_MS);
    timer.unref();
    this.reservation = { client, until: this.now() + RESERVE_MS, timer };
  }

  private endReservation(): void {
    clearTimeout(this.reservation!.timer);
    this.reservation = null;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [client, until] of this.owed) if (until <= now) this.owed.delete(client);
    if (this.reservation && this.reservation.until <= now) this.endReservation();
  }
}
