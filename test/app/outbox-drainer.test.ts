import { asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxDrainer } from '../../src/app/outbox-drainer.ts';
import { enqueueOutbox, type OutboxMessage } from '../../src/db/queries/outbox.ts';
import { outbox, outboxAttempts, subscribers } from '../../src/db/schema/index.ts';
import { BotApiEmulator } from '../support/bot-api-emulator.ts';
import { startTestDrainer, waitUntilSettled } from '../support/test-drainer.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';

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
const msg = (chatId: number, kind: OutboxMessage['kind'] = 'alert', extra: Partial<OutboxMessage> = {}): OutboxMessage => ({
  chatId, kind, dedupKey: `d${++key}`, text: `${kind} #${key}`, ...extra,
});
const textsTo = (chatId: number) => emulator.messagesTo(chatId).map((m) => m.plain);

describe(`the outbox drainer (${backendName()})`, () => {
  it('delivers each chat\'s messages once, alerts before bulk, long ones split with the buttons on the last part', async () => {
    const markup = { inline_keyboard: [[{ text: 'Unfollow', callback_data: 'unf:1' }]] };
    const long = Array.from({ length: 300 }, (_, i) => `<b>${i}</b> Алесь Бяляцкі &amp; ${'x'.repeat(20)}`).join('\n');
    await enqueueOutbox(database.db, [
      msg(1, 'alert', { text: 'first alert' }), msg(1, 'digest', { text: 'digest' }), msg(1, 'alert', { text: 'second alert' }),
      msg(2, 'digest', { text: long, replyMarkup: markup }), msg(3, 'announcement', { allowPaidBroadcast: true, text: 'paid' }),
    ]);
    drainer = startTestDrainer(database.db, emulator);
    await waitUntilSettled(database.db);
    expect(textsTo(1)).toEqual(['first alert', 'second alert', 'digest']);
    // Parts leave room for a discreet reader's first line (DISCREET_LEAD_ROOM), so 12,000 characters take 4.
    const parts = emulator.messagesTo(2);
    expect(parts.length).toBe(4);
    expect(parts.map((p) => p.reply_markup)).toEqual([undefined, undefined, undefined, markup]);
    expect(parts.map((p) => p.plain).join('\n')).toContain('299 Алесь Бяляцкі & ');
    expect(emulator.messagesTo(3)[0]!.params.allow_paid_broadcast).toBe(true);
    const rows = await database.db.select().from(outbox).orderBy(asc(outbox.id));
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(Array(5).fill(['sent', 1]));
    expect(rows[3]!.partsSent).toBe(4);
  });

  it('settles every one of 1,000 rows correctly through random 429s, 5xx, timeouts and 403s, sending a row twice only after a timeout', async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const blocked = new Set(Array.from({ length: 20 }, (_, i) => 5000 + i * 7));
    for (const chatId of blocked) emulator.block(chatId, { error_code: 403, description: i(chatId) });
    emulator.addFault((method) => {
      if (method !== 'sendMessage') return undefined;
      const r = random();
      if (r < 0.1) return { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } };
      if (r < 0.16) return { error_code: 502, description: 'Bad Gateway' };
      if (r < 0.19) return { error_code: 500, description: 'Internal Server Error' };
      if (r < 0.2) return 'timeout';
      return undefined;
    });
    const chats = Array.from({ length: 800 }, (_, n) => 5000 + n);
    const subs = await database.db.insert(subscribers).values(chats.map((chatId) => ({ chatId, language: 'en' as const, timezone: 'Europe/Minsk' }))).returning();
    const subscriberOf = new Map(subs.map((s) => [s.chatId, s.id]));
    const messages = Array.from({ length: 1000 }, (_, n) => {
      const chatId = chats[n % 800]!;
      const bad = n % 100 === 3;
      return msg(chatId, n % 3 === 0 ? 'digest' : 'alert', { subscriberId: subscriberOf.get(chatId), text: bad ? `<i>row ${n}` : `row ${n}` });
    });
    await enqueueOutbox(database.db, messages);
    // A sent row keeps no text (privacy), so what each row said is read before sending.
    const queuedText = new Map((await database.db.select({ id: outbox.id, text: outbox.text }).from(outbox)).map((r) => [r.id, r.text]));
    // The emulator, PGlite and the drainer share this process: the rate is kept to what it serves
    // without a backlog. A request the emulator handles after the client gave up is a real
    // duplicate (Telegram has no idempotency key); only a timed-out attempt can cause one.
    drainer = startTestDrainer(database.db, emulator, { timeoutSeconds: 2, maxInFlight: 24, ratePerSecond: 400 });
    await waitUntilSettled(database.db, 25_000);

    const rows = await database.db.select().from(outbox);
    const attempts = await database.db.select().from(outboxAttempts).orderBy(asc(outboxAttempts.id));
    let duplicated = 0;
    for (const row of rows) {
      const text = queuedText.get(row.id)!;
      const expected = blocked.has(row.chatId) ? 'dropped' : text.startsWith('<i>') ? 'dead' : 'sent';
      expect(row.status, `row to ${row.chatId}: ${text}`).toBe(expected);
      // A settled row keeps no words, whether it was delivered, refused or dropped.
      expect(row.text, `text kept on a ${row.status} row`).toBe('');
      const received = textsTo(row.chatId).filter((t) => t === text).length;
      const tries = attempts.filter((a) => a.outboxId === row.id);
      const timeouts = tries.filter((a) => a.detail === 'network: timeout').length;
      const summary = tries.map((a) => `${a.outcome} ${a.detail ?? ''}`).join('; ');
      if (expected !== 'sent') expect(received, `copies of "${text}" after ${summary}`).toBe(0);
      else {
        expect(received, `copies of "${text}" after ${summary}`).toBeGreaterThanOrEqual(1);
        expect(received, `copies of "${text}" after ${summary}`).toBeLessThanOrEqual(1 + timeouts);
        if (received > 1) duplicated++;
      }
    }
    // On a machine that keeps up, none; under heavy load a few requests answered after the timeout.
    expect(duplicated).toBeLessThanOrEqual(5);
    const readers = await database.db.select().from(subscribers);
    for (const reader of readers) expect(reader.active).toBe(!blocked.has(reader.chatId));
    // every attempt is recorded: one attempt row per sendMessage call the emulator saw
    expect(attempts.length).toBe(emulator.calls.filter((c) => c.method === 'sendMessage').length);
    expect(new Set(attempts.map((a) => a.outcome))).toEqual(new Set(['sent', 'rate_limited', 'transient', 'blocked', 'rejected']));
    // a row told to wait was not tried again before retry_after
    const byRow = new Map<number, typeof attempts>();
    for (const a of attempts) byRow.set(a.outboxId, [...(byRow.get(a.outboxId) ?? []), a]);
    for (const list of byRow.values()) {
      for (let n = 1; n < list.length; n++) {
        if (list[n - 1]!.outcome === 'rate_limited') expect(list[n]!.at.getTime() - list[n - 1]!.at.getTime()).toBeGreaterThanOrEqual(950);
      }
    }
  });

  it('holds a digest (and the notice queued after it) for the reader\'s quiet hours but sends an alert at once', async () => {
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: 'numeric', hourCycle: 'h23' }).format(new Date()));
    const [sub] = await database.db.insert(subscribers).values({ chatId: 77, language: 'en', timezone: 'Asia/Tokyo', quietFrom: hour, quietTo: (hour + 2) % 24 }).returning();
    await enqueueOutbox(database.db, [msg(77, 'digest', { subscriberId: sub!.id, text: 'digest' }), msg(77, 'alert', { subscriberId: sub!.id, text: 'released' }), msg(77, 'notice', { subscriberId: sub!.id, text: 'notice' })]);
    drainer = startTestDrainer(database.db, emulator);
    await emulator.waitForMessage((m) => m.chat_id === 77);
    const held = async () => (await database.db.select().from(outbox).where(eq(outbox.status, 'pending'))).filter((r) => r.availableAt.getTime() > Date.now() + 60_000);
    for (let tries = 0; (await held()).length < 1 && tries < 100; tries++) await new Promise((r) => setTimeout(r, 50));
    const [digest] = await held();
    await new Promise((r) => setTimeout(r, 200));
    expect(textsTo(77)).toEqual(['released']);
    expect(digest).toMatchObject({ kind: 'digest', attempts: 0 });
    // the end of the window: the full hour one or two hours on, local time
    expect(digest!.availableAt.getTime()).toBeGreaterThan(Date.now() + 60 * 60_000 - 60_000);
    expect(digest!.availableAt.getTime()).toBeLessThanOrEqual(Date.now() + 2 * 60 * 60_000);
    expect(digest!.availableAt.getUTCMinutes()).toBe(0);
    const notice = (await database.db.select().from(outbox).where(eq(outbox.kind, 'notice')))[0]!;
    expect(notice).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('sends a grave alert queued behind hundreds of digests ahead of them', async () => {
    await enqueueOutbox(database.db, Array.from({ length: 200 }, (_, n) => msg(1000 + n, 'digest')));
    drainer = startTestDrainer(database.db, emulator, { ratePerSecond: 100 });
    await emulator.waitForMessage(() => emulator.sent.length >= 10);
    await enqueueOutbox(database.db, [msg(9, 'grave_alert', { text: 'grave' })]);
    const grave = await emulator.waitForMessage((m) => m.chat_id === 9);
    const position = emulator.sent.indexOf(grave);
    // within the ~1 s of digests already claimed ahead of it (100/s), never behind the rest
    expect(position).toBeLessThan(emulator.sent.filter((m) => m.at < grave.at - 1000).length + 120);
    expect(position).toBeLessThan(150);
  });

  it('reschedules only the chat that got a 429 and keeps sending to everyone else', async () => {
    let told = false;
    emulator.addFault((_m, params) => {
      if (Number(params.chat_id) !== 1 || told) return undefined;
      told = true;
      return { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } };
    });
    await enqueueOutbox(database.db, [msg(1, 'alert', { text: 'late' }), ...Array.from({ length: 50 }, (_, n) => msg(100 + n))]);
    const started = Date.now();
    drainer = startTestDrainer(database.db, emulator, { ratePerSecond: 200 });
    const late = await emulator.waitForMessage((m) => m.chat_id === 1);
    expect(late.at - started).toBeGreaterThanOrEqual(1000);
    expect(emulator.sent.filter((m) => m.chat_id >= 100 && m.at < late.at)).toHaveLength(50);
  });

  it('stops gracefully: what was sent is recorded, what was not is handed back, and a new drainer finishes it once', async () => {
    await emulator.stop();
    emulator = await BotApiEmulator.start({ latencyMs: 100 });
    await enqueueOutbox(database.db, Array.from({ length: 60 }, (_, n) => msg(200 + n)));
    drainer = startTestDrainer(database.db, emulator, { ratePerSecond: 40 });
    await emulator.waitForMessage(() => emulator.sent.length >= 5);
    await drainer.stop();
    const afterStop = await database.db.select().from(outbox);
    expect(afterStop.filter((r) => r.status === 'sending')).toEqual([]);
    expect(afterStop.filter((r) => r.status === 'sent').length).toBe(emulator.sent.length);
    expect(afterStop.filter((r) => r.status === 'pending').every((r) => r.attempts === 0 && r.leasedBy === null)).toBe(true);
    drainer = startTestDrainer(database.db, emulator);
    await waitUntilSettled(database.db);
    for (let n = 0; n < 60; n++) expect(textsTo(200 + n)).toHaveLength(1);
  });
});

function i(chatId: number): string {
  return chatId % 2 === 0 ? 'Forbidden: bot was blocked by the user' : 'Forbidden: user is deactivated';
}
