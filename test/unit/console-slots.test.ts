import { expect } from 'chai';
import { ConsoleSlots, Lease } from '../../server/db/console/console-slots';
import { ConsoleBusyError } from '../../server/errors';

const settle = <T>(p: Promise<T>) =>
  p.then(
    (v) => ({ ok: v }),
    (e: Error) => ({ error: e }),
  );
const tick = () => new Promise((resolve) => setImmediate(resolve));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('console slots: fair turns, no stacking', () => {
  it('gives a freed slot to the client waiting, not back to the one that had it', async () => {
    const slots = new ConsoleSlots(['s'], 5_000);
    const a1 = await slots.acquire('A');
    const b = slots.acquire('B');
    const a2 = slots.acquire('A');
    await tick();
    slots.release(a1);
    expect((await b).client).to.equal('B');
    let aServed = false;
    void a2.then(() => (aServed = true));
    await tick();
    expect(aServed).to.equal(false);
    slots.release(await b);
    expect((await a2).client).to.equal('A');
  });

  it('keeps the next slot for a client just turned away, so a back-to-back client cannot take it first', async () => {
    const slots = new ConsoleSlots(['s'], 50);
    const a1 = await slots.acquire('A');
    const refused = await settle(slots.acquire('B'));
    expect((refused as { error: Error }).error).to.be.instanceOf(ConsoleBusyError);
    slots.release(a1);
    // A asks again at once: the slot is kept for B for a few seconds.
    const a2 = settle(slots.acquire('A'));
    await tick();
    const b = await slots.acquire('B');
    expect(b.client).to.equal('B');
    expect(((await a2) as { error: Error }).error).to.be.instanceOf(ConsoleBusyError);
    slots.release(b);
    expect((await slots.acquire('A')).client).to.equal('A');
  });

  it('refuses a third waiting request from one client at once', async () => {
    const slots = new ConsoleSlots(['s'], 5_000);
    const held = await slots.acquire('A');
    const waiting = [slots.acquire('A'), slots.acquire('A')];
    const third = await settle(slots.acquire('A'));
    expect((third as { error: Error }).error).to.be.instanceOf(ConsoleBusyError);
    slots.release(held);
    slots.release(await waiting[0]);
    slots.release(await waiting[1]);
  });

  it('keeps an abandoned query’s slot taken until released, says so, and asks for a longer wait', async () => {
    let now = 1_000_000;
    const slots = new ConsoleSlots(['s'], 30, () => now);
    const lease: Lease<string> = await slots.acquire('A');
    slots.abandon(lease);
    now += 42_000;
    expect(slots.status()).to.deep.include({ slots: 1, busy: 1, waiting: 0 });
    expect(slots.status().abandoned).to.deep.equal([{ since: new Date(1_000_000).toISOString(), seconds: 42 }]);
    const refused = (await settle(slots.acquire('B'))) as { error: ConsoleBusyError };
    expect(refused.error.retryAfterSeconds).to.equal(10);
    expect(refused.error.message).to.match(/Neo4j to end a query/);
    slots.release(lease);
    expect(slots.status().abandoned).to.deep.equal([]);
    await wait(5);
    expect((await slots.acquire('B')).client).to.equal('B');
  });
});
