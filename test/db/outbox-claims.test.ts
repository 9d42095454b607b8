import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enqueueOutbox, type OutboxMessage } from '../../src/db/queries/outbox.ts';
import { claimOutbox, reapExpiredLeases, releaseClaims, renewLeases } from '../../src/db/queries/outbox-claims.ts';
import { outbox, outboxAttempts, subscribers } from '../../src/db/schema/index.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';

const database = useTestDatabase();

const T0 = new Date('2026-05-01T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
let key = 0;
const msg = (
  chatId: number,
  kind: OutboxMessage['kind'] = 'alert',
  extra: Partial<OutboxMessage> = {},
): OutboxMessage => ({
  chatId,
  kind,
  dedupKey: `k${++key}`,
  text: `${kind} ${key}`,
  availableAt: T0,
  ...extra,
});
const claim = (worker: string, now = T0, limit = 100) =>
  claimOutbox(database.db, { worker, limit, now, leaseUntil: new Date(now.getTime() + 30_000) });

describe(`claiming outbox rows (${backendName()})`, () => {
  it('claims due rows most urgent first and leases them to the claiming drainer', async () => {
    await enqueueOutbox(database.db, [
      msg(1, 'digest'),
      msg(2, 'alert'),
      msg(3, 'grave_alert'),
      msg(4, 'announcement'),
      msg(5, 'alert', { availableAt: later(60_000) }),
    ]);
    const rows = await claim('w1');
    expect(rows.map((r) => [r.chatId, r.kind])).toEqual([
      [3, 'grave_alert'],
      [2, 'alert'],
      [1, 'digest'],
      [4, 'announcement'],
    ]);
    const stored = await database.db.select().from(outbox).where(eq(outbox.status, 'sending'));
    expect(stored).toHaveLength(4);
    expect(stored.every((r) => r.leasedBy === 'w1' && r.leaseUntil?.getTime() === later(30_000).getTime())).toBe(true);
    expect(await claim('w2')).toEqual([]);
  });

  it("claims only the head of each chat, in the order the chat's messages were queued", async () => {
    await enqueueOutbox(database.db, [msg(1), msg(1), msg(2)]);
    const first = await claim('w1');
    expect(first.map((r) => r.text)).toEqual([expect.stringMatching(/^alert/), expect.stringMatching(/^alert/)]);
    expect(first.map((r) => r.chatId).sort()).toEqual([1, 2]);
    // the second row of chat 1 is not claimable while the first is being sent
    expect(await claim('w2')).toEqual([]);
    const head = first.find((r) => r.chatId === 1)!;
    await database.db.update(outbox).set({ status: 'sent', leasedBy: null }).where(eq(outbox.id, head.id));
    const next = await claim('w2');
    expect(next).toHaveLength(1);
    expect(next[0]!.id).toBeGreaterThan(head.id);
  });

  it("puts a chat's alerts before its digests and notices, even when they were queued later", async () => {
    await enqueueOutbox(database.db, [msg(1, 'digest'), msg(1, 'notice'), msg(1, 'alert'), msg(1, 'correction')]);
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      const [row] = await claim('w1');
      order.push(row!.kind);
      await database.db.update(outbox).set({ status: 'sent' }).where(eq(outbox.id, row!.id));
    }
    expect(order).toEqual(['alert', 'correction', 'digest', 'notice']);
  });

  it('keeps a chat waiting behind its head while the head waits for a retry', async () => {
    await enqueueOutbox(database.db, [msg(1, 'alert', { availableAt: later(5000) }), msg(1, 'alert')]);
    expect(await claim('w1')).toEqual([]);
    expect(await claim('w1', later(5000))).toHaveLength(1);
  });

  it("returns the subscriber's quiet hours and time zone with the row", async () => {
    const [sub] = await database.db
      .insert(subscribers)
      .values({ chatId: 9, language: 'en', timezone: 'Europe/Vilnius', quietFrom: 22, quietTo: 7 })
      .returning();
    await enqueueOutbox(database.db, [
      msg(9, 'digest', {
        subscriberId: sub!.id,
        replyMarkup: { inline_keyboard: [[{ text: 'a', callback_data: 'b' }]] },
      }),
    ]);
    const [row] = await claim('w1');
    expect(row).toMatchObject({
      subscriberId: sub!.id,
      timezone: 'Europe/Vilnius',
      quietFrom: 22,
      quietTo: 7,
      replyMarkup: { inline_keyboard: [[{ text: 'a', callback_data: 'b' }]] },
    });
  });

  it('never gives one row to two drainers claiming at the same moment', async () => {
    await enqueueOutbox(
      database.db,
      Array.from({ length: 300 }, (_, i) => msg(1000 + i)),
    );
    const batches = await Promise.all(['a', 'b', 'c', 'd'].map((w) => claim(w, T0, 120)));
    const ids = batches.flat().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(300);
  });
});

describe(`leases (${backendName()})`, () => {
  it('takes back a row whose lease ran out, records the lost attempt, and lets another drainer claim it', async () => {
    await enqueueOutbox(database.db, [msg(1), msg(2)]);
    await claim('crashed');
    expect(await reapExpiredLeases(database.db, { worker: 'w2', now: later(29_000) })).toBe(0);
    expect(await reapExpiredLeases(database.db, { worker: 'w2', now: later(30_000) })).toBe(2);
    const attempts = await database.db.select().from(outboxAttempts);
    expect(attempts.map((a) => [a.outcome, a.attempt, a.worker])).toEqual([
      ['lease_expired', 1, 'w2'],
      ['lease_expired', 1, 'w2'],
    ]);
    expect(attempts[0]!.detail).toContain('crashed');
    expect(await claim('w2', later(30_000))).toHaveLength(2);
  });

  it('keeps a lease alive while its drainer renews it', async () => {
    await enqueueOutbox(database.db, [msg(1)]);
    await claim('w1');
    expect(await renewLeases(database.db, 'w1', later(60_000))).toBe(1);
    expect(await renewLeases(database.db, 'other', later(60_000))).toBe(0);
    expect(await reapExpiredLeases(database.db, { worker: 'w2', now: later(45_000) })).toBe(0);
  });

  it('on the embedded database, takes back every lease at start (no other process can hold one)', async () => {
    await enqueueOutbox(database.db, [msg(1)]);
    await claim('dead');
    expect(await reapExpiredLeases(database.db, { worker: 'w2', now: T0, everyLease: true })).toBe(1);
  });

  it('hands back claimed rows on a graceful stop without counting an attempt', async () => {
    await enqueueOutbox(database.db, [msg(1), msg(2)]);
    const rows = await claim('w1');
    expect(
      await releaseClaims(
        database.db,
        'w1',
        rows.map((r) => r.id),
      ),
    ).toBe(2);
    const stored = await database.db.select().from(outbox);
    expect(stored.map((r) => [r.status, r.attempts, r.leasedBy])).toEqual([
      ['pending', 0, null],
      ['pending', 0, null],
    ]);
  });
});
