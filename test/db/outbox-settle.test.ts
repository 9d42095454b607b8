import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enqueueOutbox, type OutboxMessage } from '../../src/db/queries/outbox.ts';
import { claimOutbox, reapExpiredLeases } from '../../src/db/queries/outbox-claims.ts';
import { settleOutbox } from '../../src/db/queries/outbox-settle.ts';
import { deliveryFigures } from '../../src/db/queries/outbox-stats.ts';
import { deadLetters, outbox, outboxAttempts, subscribers } from '../../src/db/schema/index.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';

const database = useTestDatabase();

const T0 = new Date('2026-05-01T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
let key = 0;
const msg = (chatId: number, extra: Partial<OutboxMessage> = {}): OutboxMessage => ({
  chatId,
  kind: 'alert',
  dedupKey: `s${++key}`,
  text: `text ${key}`,
  availableAt: T0,
  ...extra,
});
const claim = (worker = 'w1', now = T0) =>
  claimOutbox(database.db, { worker, limit: 100, now, leaseUntil: new Date(now.getTime() + 30_000) });
const rowsById = async () => database.db.select().from(outbox).orderBy(asc(outbox.id));

describe(`settling outcomes (${backendName()})`, () => {
  it("marks sent rows, records the attempt and holds the chat's next message for the per-chat gap", async () => {
    await enqueueOutbox(database.db, [msg(1), msg(1), msg(2)]);
    const claimed = await claim();
    await settleOutbox(
      database.db,
      'w1',
      claimed.map((r) => ({
        id: r.id,
        chatId: r.chatId,
        result: 'sent',
        partsSent: 1,
        chatFreeAt: later(1030),
        attempt: { at: later(10), outcome: 'sent' },
      })),
    );
    const [a, b, c] = await rowsById();
    expect([a!.status, a!.attempts, a!.partsSent, a!.leasedBy, a!.settledAt?.toISOString()]).toEqual([
      'sent',
      1,
      1,
      null,
      later(10).toISOString(),
    ]);
    expect(c!.status).toBe('sent');
    expect([b!.status, b!.availableAt.toISOString()]).toEqual(['pending', later(1030).toISOString()]);
    expect(
      await database.db
        .select({ attempt: outboxAttempts.attempt, outcome: outboxAttempts.outcome, worker: outboxAttempts.worker })
        .from(outboxAttempts),
    ).toEqual([
      { attempt: 1, outcome: 'sent', worker: 'w1' },
      { attempt: 1, outcome: 'sent', worker: 'w1' },
    ]);
    expect(await claim('w1', later(1000))).toEqual([]);
    expect(await claim('w1', later(1030))).toHaveLength(1);
  });

  it('puts a failed row back for later with its parts and error, counting the attempt', async () => {
    await enqueueOutbox(database.db, [msg(1)]);
    const [row] = await claim();
    await settleOutbox(database.db, 'w1', [
      {
        id: row!.id,
        chatId: 1,
        result: 'retry',
        partsSent: 2,
        availableAt: later(7000),
        attempt: {
          at: T0,
          outcome: 'rate_limited',
          errorCode: 429,
          retryAfterSeconds: 7,
          detail: 'Too Many Requests: retry after 7',
        },
      },
    ]);
    const [stored] = await rowsById();
    expect(stored).toMatchObject({
      status: 'pending',
      attempts: 1,
      partsSent: 2,
      leasedBy: null,
      lastError: 'Too Many Requests: retry after 7',
    });
    expect(stored!.availableAt.toISOString()).toBe(later(7000).toISOString());
    const [attempt] = await database.db.select().from(outboxAttempts);
    expect(attempt).toMatchObject({ outcome: 'rate_limited', errorCode: 429, retryAfterSeconds: 7 });
  });

  it('sends a message Telegram refused for good to the dead letters, with the reason but without its words', async () => {
    await enqueueOutbox(database.db, [
      msg(1, { kind: 'alert', text: '<b>Ales Bialiatski was moved', replyMarkup: { inline_keyboard: [] } }),
    ]);
    const [row] = await claim();
    await settleOutbox(database.db, 'w1', [
      {
        id: row!.id,
        chatId: 1,
        result: 'dead',
        partsSent: 0,
        reason: "Bad Request: can't parse entities",
        attempt: { at: T0, outcome: 'rejected', errorCode: 400 },
      },
    ]);
    expect((await rowsById())[0]).toMatchObject({
      status: 'dead',
      lastError: "Bad Request: can't parse entities",
      text: '',
      replyMarkup: null,
    });
    const letters = await database.db.select().from(deadLetters);
    expect(letters).toEqual([
      expect.objectContaining({
        outboxId: row!.id,
        kind: 'alert',
        errorCode: 400,
        reason: "Bad Request: can't parse entities",
      }),
    ]);
    expect(JSON.stringify(letters)).not.toContain('Bialiatski');
  });

  it('whatever code settles a row (here a plain UPDATE, as /release_undo does), its words and buttons go with it', async () => {
    await enqueueOutbox(database.db, [
      msg(1, { text: 'Ales Bialiatski', replyMarkup: { inline_keyboard: [] } }),
      msg(2, { text: 'Ihar Losik' }),
    ]);
    await database.db.update(outbox).set({ status: 'dropped', settledAt: T0 }).where(eq(outbox.chatId, 1));
    await database.db
      .update(outbox)
      .set({ availableAt: later(5) })
      .where(eq(outbox.chatId, 2));
    expect((await rowsById()).map((r) => [r.status, r.text, r.replyMarkup])).toEqual([
      ['dropped', '', null],
      ['pending', 'Ihar Losik', null],
    ]);
  });

  it('on 403 marks the subscriber inactive and drops everything queued for that chat, in one go', async () => {
    const [sub] = await database.db
      .insert(subscribers)
      .values({ chatId: 1, language: 'en', timezone: 'Europe/Minsk' })
      .returning();
    await database.db.insert(subscribers).values({ chatId: 2, language: 'en', timezone: 'Europe/Minsk' });
    await enqueueOutbox(database.db, [
      msg(1, { subscriberId: sub!.id }),
      msg(1, { kind: 'digest' }),
      msg(1, { availableAt: later(99_000) }),
      msg(2),
    ]);
    const claimed = await claim();
    const blocked = claimed.find((r) => r.chatId === 1)!;
    await settleOutbox(database.db, 'w1', [
      {
        id: blocked.id,
        chatId: 1,
        result: 'blocked',
        attempt: { at: T0, outcome: 'blocked', errorCode: 403, detail: 'Forbidden: bot was blocked by the user' },
      },
    ]);
    const rows = await rowsById();
    expect(rows.map((r) => [r.chatId, r.status])).toEqual([
      [1, 'dropped'],
      [1, 'dropped'],
      [1, 'dropped'],
      [2, 'sending'],
    ]);
    expect(rows[0]!.lastError).toBe('Forbidden: bot was blocked by the user');
    // An undeliverable message keeps no words either, sent or not.
    expect(rows.slice(0, 3).map((r) => r.text)).toEqual(['', '', '']);
    expect(rows[3]!.text).not.toBe('');
    const stored = await database.db
      .select({ chatId: subscribers.chatId, active: subscribers.active, since: subscribers.inactiveSince })
      .from(subscribers)
      .orderBy(asc(subscribers.chatId));
    // The subscriber's 30 days before erasure start when Telegram first says the chat is gone.
    expect(stored).toEqual([
      { chatId: 1, active: false, since: T0 },
      { chatId: 2, active: true, since: null },
    ]);
  });

  it('moves a group that became a supergroup to its new chat id, rows and subscriber alike', async () => {
    await database.db
      .insert(subscribers)
      .values({ chatId: -5, chatType: 'group', language: 'en', timezone: 'Europe/Minsk' });
    await enqueueOutbox(database.db, [msg(-5, { kind: 'digest' }), msg(-5, { kind: 'digest' })]);
    const [row] = await claim();
    await settleOutbox(database.db, 'w1', [
      {
        id: row!.id,
        chatId: -5,
        result: 'migrated',
        toChatId: -1005,
        attempt: { at: T0, outcome: 'migrated', errorCode: 400 },
      },
    ]);
    expect((await rowsById()).map((r) => [r.chatId, r.status])).toEqual([
      [-1005, 'pending'],
      [-1005, 'pending'],
    ]);
    expect((await database.db.select().from(subscribers))[0]!.chatId).toBe(-1005);
    expect((await claim())[0]!.id).toBe(row!.id);
  });

  it('holds a row for quiet hours without counting an attempt', async () => {
    await enqueueOutbox(database.db, [msg(1, { kind: 'digest' })]);
    const [row] = await claim();
    await settleOutbox(database.db, 'w1', [
      { id: row!.id, chatId: 1, result: 'deferred', availableAt: later(3_600_000) },
    ]);
    expect((await rowsById())[0]).toMatchObject({ status: 'pending', attempts: 0, availableAt: later(3_600_000) });
    expect(await database.db.select().from(outboxAttempts)).toEqual([]);
  });

  it('ignores a late failure report for a row another drainer has taken over, but keeps a late "sent"', async () => {
    await enqueueOutbox(database.db, [msg(1), msg(2)]);
    const rows = await claim('slow');
    await reapExpiredLeases(database.db, { worker: 'w2', now: later(31_000) });
    const [taken] = await claimOutbox(database.db, {
      worker: 'w2',
      limit: 1,
      now: later(31_000),
      leaseUntil: later(61_000),
    });
    await settleOutbox(
      database.db,
      'slow',
      rows.map((r) =>
        r.id === taken!.id
          ? {
              id: r.id,
              chatId: r.chatId,
              result: 'retry' as const,
              partsSent: 0,
              availableAt: later(99_000),
              attempt: { at: later(32_000), outcome: 'transient' as const },
            }
          : {
              id: r.id,
              chatId: r.chatId,
              result: 'sent' as const,
              partsSent: 1,
              chatFreeAt: later(33_000),
              attempt: { at: later(32_000), outcome: 'sent' as const },
            },
      ),
    );
    const stored = await database.db.select().from(outbox);
    expect(stored.find((r) => r.id === taken!.id)).toMatchObject({ status: 'sending', leasedBy: 'w2' });
    expect(stored.find((r) => r.id !== taken!.id)).toMatchObject({ status: 'sent' });
  });
});

describe(`delivery figures (${backendName()})`, () => {
  it('tells since when each class has waited (due and unsent, or retrying since its first failure), deliveries and failures, service-wide', async () => {
    await enqueueOutbox(database.db, [
      msg(1, { kind: 'digest', availableAt: later(-60_000) }),
      msg(2),
      msg(3),
      msg(4, { kind: 'digest', availableAt: later(3_600_000) }),
    ]);
    const claimed = await claim('w1', later(1000));
    const [first, second] = claimed.filter((r) => r.kind === 'alert');
    await settleOutbox(database.db, 'w1', [
      {
        id: first!.id,
        chatId: first!.chatId,
        result: 'sent',
        partsSent: 1,
        chatFreeAt: later(2000),
        attempt: { at: later(1000), outcome: 'sent' },
      },
      {
        id: second!.id,
        chatId: second!.chatId,
        result: 'retry',
        partsSent: 0,
        availableAt: later(5000),
        attempt: { at: later(1000), outcome: 'transient', errorCode: 502 },
      },
    ]);
    await database.db.update(outbox).set({ status: 'pending', leasedBy: null }).where(eq(outbox.kind, 'digest'));
    const figures = await deliveryFigures(database.db, later(2000));
    // The retrying alert has waited since its failed attempt, though it is not due again yet; the
    // digest held for later (quiet hours) has not waited at all, the overdue one since it was due.
    expect(figures).toEqual({
      waitingSince: { alerts: later(1000), other: later(-60_000) },
      deliveredLastWeek: 1,
      attemptsLastDay: 2,
      failedAttemptsLastDay: 1,
      refused: false,
    });
  });
});
