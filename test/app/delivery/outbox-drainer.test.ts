import { asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxDrainer } from '../../../src/app/delivery/outbox-drainer.ts';
import { enqueueOutbox, type OutboxMessage } from '../../../src/db/queries/outbox.ts';
import { outbox, outboxAttempts, subscribers } from '../../../src/db/schema/index.ts';
import { BotApiEmulator } from '../../support/bot-api-emulator.ts';
import { unsettledCount } from '../../../src/db/queries/outbox-stats.ts';
import { eventually } from '../../support/eventually.ts';
import { startTestDrainer, waitUntilSettled } from '../../support/test-drainer.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();
let emulator: BotApiEmulator;
let drainer: OutboxDrainer | undefined;
beforeEach(async () => {
  emulator = await BotApiEmulator.start();
});
afterEach(async () => {
  await drainer?.stop();
  drainer = undefined;
  await emulator.stop();
});

let key = 0;
const msg = (
  chatId: number,
  kind: OutboxMessage['kind'] = 'alert',
  extra: Partial<OutboxMessage> = {},
): OutboxMessage => ({
  chatId,
  kind,
  dedupKey: `d${++key}`,
  text: `${kind} #${key}`,
  ...extra,
});
const textsTo = (chatId: number) => emulator.messagesTo(chatId).map((m) => m.plain);

/**
 * A limit for a hung test, not a speed check: 1,000 rows through real 429 waits took 192 s at a load
 * average of 20 on 2 cores (a soak run), over the suite's 240 s default once the rest of the test is
 * counted. The wait itself fails only when no row settles for PATIENCE_MS (waitUntilSettled).
 */
const CHAOS_TIMEOUT_MS = 900_000;

describe(`the outbox drainer (${backendName()})`, () => {
  it("delivers each chat's messages once, alerts before bulk, long ones split with the buttons on the last part", async () => {
    const markup = { inline_keyboard: [[{ text: 'Unfollow', callback_data: 'unf:1' }]] };
    const long = Array.from({ length: 300 }, (_, i) => `<b>${i}</b> Алесь Бяляцкі &amp; ${'x'.repeat(20)}`).join('\n');
    await enqueueOutbox(database.db, [
      msg(1, 'alert', { text: 'first alert' }),
      msg(1, 'digest', { text: 'digest' }),
      msg(1, 'alert', { text: 'second alert' }),
      msg(2, 'digest', { text: long, replyMarkup: markup }),
      msg(3, 'announcement', { allowPaidBroadcast: true, text: 'paid' }),
    ]);
    drainer = startTestDrainer(database.db, emulator);
    await waitUntilSettled(database.db);
    expect(textsTo(1)).toEqual(['first alert', 'second alert', 'digest']);
    // Parts leave room for a discreet subscriber's first line (DISCREET_LEAD_ROOM), so 12,000 characters take 4.
    const parts = emulator.messagesTo(2);
    expect(parts.length).toBe(4);
    expect(parts.map((p) => p.reply_markup)).toEqual([undefined, undefined, undefined, markup]);
    expect(parts.map((p) => p.plain).join('\n')).toContain('299 Алесь Бяляцкі & ');
    expect(emulator.messagesTo(3)[0]!.params.allow_paid_broadcast).toBe(true);
    const rows = await database.db.select().from(outbox).orderBy(asc(outbox.id));
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(Array(5).fill(['sent', 1]));
    expect(rows[3]!.partsSent).toBe(4);
  });

  it(
    'settles every one of 1,000 rows correctly through random 429s, 5xx, timeouts and 403s, delivering each row exactly once',
    async () => {
      let seed = 42;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const blocked = new Set(Array.from({ length: 20 }, (_, i) => 5000 + i * 7));
      for (const chatId of blocked) emulator.block(chatId, { error_code: 403, description: i(chatId) });
      emulator.addFault((method) => {
        if (method !== 'sendMessage') return undefined;
        const r = random();
        if (r < 0.1)
          return { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } };
        if (r < 0.16) return { error_code: 502, description: 'Bad Gateway' };
        if (r < 0.19) return { error_code: 500, description: 'Internal Server Error' };
        if (r < 0.2) return 'timeout';
        return undefined;
      });
      const chats = Array.from({ length: 800 }, (_, n) => 5000 + n);
      const subs = await database.db
        .insert(subscribers)
        .values(chats.map((chatId) => ({ chatId, language: 'en' as const, timezone: 'Europe/Minsk' })))
        .returning();
      const subscriberOf = new Map(subs.map((s) => [s.chatId, s.id]));
      const messages = Array.from({ length: 1000 }, (_, n) => {
        const chatId = chats[n % 800]!;
        const bad = n % 100 === 3;
        return msg(chatId, n % 3 === 0 ? 'digest' : 'alert', {
          subscriberId: subscriberOf.get(chatId),
          text: bad ? `<i>row ${n}` : `row ${n}`,
        });
      });
      await enqueueOutbox(database.db, messages);
      // A sent row keeps no text (privacy), so what each row said is read before sending.
      const queuedText = new Map(
        (await database.db.select({ id: outbox.id, text: outbox.text }).from(outbox)).map((r) => [r.id, r.text]),
      );
      // Only the faults time out (test/support/test-drainer.ts): an answer is never lost to a busy machine,
      // so a second copy could only come from the drainer sending a row it had settled.
      drainer = startTestDrainer(database.db, emulator, { maxInFlight: 24, ratePerSecond: 400 });
      await waitUntilSettled(database.db);

      const rows = await database.db.select().from(outbox);
      const attempts = await database.db.select().from(outboxAttempts).orderBy(asc(outboxAttempts.id));
      for (const row of rows) {
        const text = queuedText.get(row.id)!;
        const expected = blocked.has(row.chatId) ? 'dropped' : text.startsWith('<i>') ? 'dead' : 'sent';
        expect(row.status, `row to ${row.chatId}: ${text}`).toBe(expected);
        // A settled row keeps no words, whether it was delivered, refused or dropped.
        expect(row.text, `text kept on a ${row.status} row`).toBe('');
        const received = textsTo(row.chatId).filter((t) => t === text).length;
        const tries = attempts.filter((a) => a.outboxId === row.id);
        const summary = tries.map((a) => `${a.outcome} ${a.detail ?? ''}`).join('; ');
        expect(received, `copies of "${text}" after ${summary}`).toBe(expected === 'sent' ? 1 : 0);
      }
      // Every request held without an answer was recorded as a timeout, and retried.
      expect(emulator.timedOut).toBeGreaterThan(0);
      expect(attempts.filter((a) => a.detail === 'network: timeout')).toHaveLength(emulator.timedOut);
      const stored = await database.db.select().from(subscribers);
      for (const subscriber of stored) expect(subscriber.active).toBe(!blocked.has(subscriber.chatId));
      // every attempt is recorded: one attempt row per sendMessage call the emulator saw
      expect(attempts.length).toBe(emulator.calls.filter((c) => c.method === 'sendMessage').length);
      expect(new Set(attempts.map((a) => a.outcome))).toEqual(
        new Set(['sent', 'rate_limited', 'transient', 'blocked', 'rejected']),
      );
      // a row told to wait was not tried again before retry_after
      const byRow = new Map<number, typeof attempts>();
      for (const a of attempts) byRow.set(a.outboxId, [...(byRow.get(a.outboxId) ?? []), a]);
      for (const list of byRow.values()) {
        for (let n = 1; n < list.length; n++) {
          if (list[n - 1]!.outcome === 'rate_limited')
            expect(list[n]!.at.getTime() - list[n - 1]!.at.getTime()).toBeGreaterThanOrEqual(950);
        }
      }
    },
    CHAOS_TIMEOUT_MS,
  );

  it("holds a digest (and the notice queued after it) for the subscriber's quiet hours but sends an alert at once", async () => {
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: 'numeric', hourCycle: 'h23' }).format(
        new Date(),
      ),
    );
    const [sub] = await database.db
      .insert(subscribers)
      .values({ chatId: 77, language: 'en', timezone: 'Asia/Tokyo', quietFrom: hour, quietTo: (hour + 2) % 24 })
      .returning();
    await enqueueOutbox(database.db, [
      msg(77, 'digest', { subscriberId: sub!.id, text: 'digest' }),
      msg(77, 'alert', { subscriberId: sub!.id, text: 'released' }),
      msg(77, 'notice', { subscriberId: sub!.id, text: 'notice' }),
    ]);
    drainer = startTestDrainer(database.db, emulator);
    await emulator.waitForMessage((m) => m.chat_id === 77);
    // Deferred: due again only after the window, so it cannot be sent while the test looks.
    const digest = await eventually(
      async () =>
        (await database.db.select().from(outbox).where(eq(outbox.kind, 'digest'))).find(
          (r) => r.status === 'pending' && r.availableAt.getTime() > Date.now() + 60_000,
        ),
      'the digest to be deferred',
    );
    expect(textsTo(77)).toEqual(['released']);
    expect(digest).toMatchObject({ kind: 'digest', attempts: 0 });
    // the end of the window: the full hour one or two hours on, local time
    expect(digest.availableAt.getTime()).toBeGreaterThan(Date.now() + 60 * 60_000 - 60_000);
    expect(digest.availableAt.getTime()).toBeLessThanOrEqual(Date.now() + 2 * 60 * 60_000);
    expect(digest.availableAt.getUTCMinutes()).toBe(0);
    const notice = (await database.db.select().from(outbox).where(eq(outbox.kind, 'notice')))[0]!;
    expect(notice).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('sends a grave alert queued behind hundreds of digests ahead of every digest not yet claimed', async () => {
    await enqueueOutbox(
      database.db,
      Array.from({ length: 300 }, (_, n) => msg(1000 + n, 'digest')),
    );
    drainer = startTestDrainer(database.db, emulator, { ratePerSecond: 100 });
    await emulator.waitForMessage(() => emulator.sent.length >= 10);
    await enqueueOutbox(database.db, [msg(9, 'grave_alert', { text: 'grave' })]);
    // What no drainer had claimed once the alert was queued: every later claim takes the alert first.
    const unclaimed = new Set(
      (await database.db.select().from(outbox).where(eq(outbox.status, 'pending')))
        .filter((r) => r.kind === 'digest')
        .map((r) => r.chatId),
    );
    expect(unclaimed.size).toBeGreaterThan(0);
    await waitUntilSettled(database.db);
    const grave = emulator.sent.findIndex((m) => m.chat_id === 9);
    expect(grave).toBeGreaterThan(-1);
    const before = emulator.sent
      .slice(0, grave)
      .filter((m) => unclaimed.has(m.chat_id))
      .map((m) => m.chat_id);
    expect(before, 'digests sent ahead of the grave alert although unclaimed when it was queued').toEqual([]);
    // at most the digests already claimed (100 at 100/s) came first
    expect(grave).toBeLessThanOrEqual(300 - unclaimed.size);
  });

  it('reschedules only the chat that got a 429 and keeps sending to everyone else', async () => {
    let told = false;
    emulator.addFault((_m, params) => {
      if (Number(params.chat_id) !== 1 || told) return undefined;
      told = true;
      return { error_code: 429, description: 'Too Many Requests: retry after 3600', parameters: { retry_after: 3600 } };
    });
    await enqueueOutbox(database.db, [
      msg(1, 'alert', { text: 'late' }),
      ...Array.from({ length: 50 }, (_, n) => msg(100 + n)),
    ]);
    // The drainer's clock, moved on by hand: the hour of retry_after passes when the test says so.
    let skippedMs = 0;
    drainer = startTestDrainer(database.db, emulator, {
      ratePerSecond: 200,
      clock: { now: () => new Date(Date.now() + skippedMs) },
    });
    await eventually(
      async () => (await unsettledCount(database.db)) === 1,
      'every message but the rate-limited one to settle',
    );
    expect(emulator.sent.filter((m) => m.chat_id >= 100)).toHaveLength(50);
    expect(textsTo(1)).toEqual([]);
    const [waiting] = await database.db.select().from(outbox).where(eq(outbox.chatId, 1));
    const [limited] = await database.db.select().from(outboxAttempts).where(eq(outboxAttempts.outboxId, waiting!.id));
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(limited).toMatchObject({ outcome: 'rate_limited', retryAfterSeconds: 3600 });
    expect(waiting!.availableAt.getTime()).toBe(limited!.at.getTime() + 3_600_000);
    skippedMs = 3_600_000;
    expect((await emulator.waitForMessage((m) => m.chat_id === 1)).plain).toBe('late');
  });

  it('stops gracefully: what was sent is recorded, what was not is handed back, and a new drainer finishes it once', async () => {
    await emulator.stop();
    emulator = await BotApiEmulator.start({ latencyMs: 100 });
    await enqueueOutbox(
      database.db,
      Array.from({ length: 60 }, (_, n) => msg(200 + n)),
    );
    drainer = startTestDrainer(database.db, emulator, { ratePerSecond: 40 });
    await emulator.waitForMessage(() => emulator.sent.length >= 5);
    await drainer.stop();
    const afterStop = await database.db.select().from(outbox);
    expect(afterStop.filter((r) => r.status === 'sending')).toEqual([]);
    expect(afterStop.filter((r) => r.status === 'sent').length).toBe(emulator.sent.length);
    expect(afterStop.filter((r) => r.status === 'pending').every((r) => r.attempts === 0 && r.leasedBy === null)).toBe(
      true,
    );
    drainer = startTestDrainer(database.db, emulator);
    await waitUntilSettled(database.db);
    for (let n = 0; n < 60; n++) expect(textsTo(200 + n)).toHaveLength(1);
  });
});

function i(chatId: number): string {
  return chatId % 2 === 0 ? 'Forbidden: bot was blocked by the user' : 'Forbidden: user is deactivated';
}
