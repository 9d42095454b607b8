import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxDrainer } from '../../../src/app/delivery/outbox-drainer.ts';
import { createI18n, translatorFrom } from '../../../src/bot/i18n.ts';
import { enqueueOutbox, type OutboxMessage } from '../../../src/db/queries/outbox.ts';
import { outbox, subscribers } from '../../../src/db/schema/index.ts';
import { OUTBOX_KINDS, type OutboxKind } from '../../../src/domain/delivery.ts';
import type { Language } from '../../../src/domain/language.ts';
import { BotApiEmulator, type SentMessage } from '../../support/bot-api-emulator.ts';
import { startTestDrainer, waitUntilSettled } from '../../support/test-drainer.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';
import { eventually } from '../../support/eventually.ts';

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

const t = translatorFrom(createI18n('en'));
/** 01:21 in Minsk (UTC+3) on the day after today: inside quiet hours 00-08; the clock runs on from there. */
const night = (() => {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1, 22, 21));
})();
const started = Date.now();
const nightClock = { now: () => new Date(night.getTime() + (Date.now() - started)) };
const beforeNight = { availableAt: new Date(night.getTime() - 60_000) };

interface Subscriber {
  chatId: number;
  language?: Language;
  discreet?: boolean;
  quiet?: [number, number];
  wakeForGrave?: boolean;
  protectContent?: boolean;
}
async function subscriber(r: Subscriber): Promise<number> {
  const [row] = await database.db
    .insert(subscribers)
    .values({
      chatId: r.chatId,
      language: r.language ?? 'en',
      timezone: 'Europe/Minsk',
      discreet: r.discreet ?? false,
      quietFrom: r.quiet?.[0] ?? null,
      quietTo: r.quiet?.[1] ?? null,
      wakeForGrave: r.wakeForGrave ?? false,
      protectContent: r.protectContent ?? false,
    })
    .returning({ id: subscribers.id });
  return row!.id;
}

let key = 0;
const msg = (
  chatId: number,
  subscriberId: number,
  kind: OutboxKind,
  text: string,
  extra: Partial<OutboxMessage> = {},
): OutboxMessage => ({
  chatId,
  subscriberId,
  kind,
  dedupKey: `r${++key}`,
  text,
  availableAt: new Date(Date.now() - 1000),
  ...extra,
});

/** What each kind really says on its first lines: a person's name, a place, a number. */
const SAMPLE: Record<OutboxKind, string> = {
  grave_alert: '<b>Ales Bialiatski</b> has died in custody.\n\nPenal colony No. 9, Horki',
  alert: '<b>Ales Bialiatski</b> has been moved to another place of detention.\nHeld at: Penal colony No. 9',
  correction:
    '<b>Correction.</b> The message about the release «13 December 2025: 123 released» was sent in error for:\n• Ales Bialiatski',
  notice: 'You now follow the name <b>Ales Bialiatski</b>: he has just been listed.',
  digest: '<b>Digest for 20.11.2026</b>\nHeld now: 92 political prisoners (+1)\n\nAles Bialiatski: moved',
  announcement: '<b>13 December 2025: 123 released</b>\n123 political prisoners have been freed.',
};

const params = (m: SentMessage) => m.params as Record<string, unknown>;

describe(`how the drainer sends each subscriber's messages (${backendName()})`, () => {
  it('discreet mode: every kind opens with a neutral line and an empty one, so the preview names no one and shows no number', async () => {
    const languages: Language[] = ['en', 'ru', 'be'];
    const messages: OutboxMessage[] = [];
    for (const [n, kind] of OUTBOX_KINDS.entries()) {
      const discreet = 100 + n;
      messages.push(
        msg(
          discreet,
          await subscriber({ chatId: discreet, discreet: true, language: languages[n % 3] }),
          kind,
          SAMPLE[kind],
        ),
      );
      const plain = 200 + n;
      messages.push(msg(plain, await subscriber({ chatId: plain }), kind, SAMPLE[kind]));
    }
    await enqueueOutbox(database.db, messages);
    drainer = startTestDrainer(database.db, emulator);
    await waitUntilSettled(database.db);
    for (const [n, kind] of OUTBOX_KINDS.entries()) {
      const [discreet] = emulator.messagesTo(100 + n);
      const [line1, line2, line3] = discreet!.plain.split('\n');
      expect(line1, kind).toMatch(/^(Vestka|Вестка): ./);
      expect(line1, kind).not.toMatch(/\d|Bialiatski|colony|custody|prisoner|freed|release/i);
      expect(line2, kind).toBe('');
      expect(line3, kind).toBe(SAMPLE[kind].split('\n')[0]!.replace(/<\/?b>/g, ''));
      // A subscriber without discreet mode gets the message as it was written.
      expect(emulator.messagesTo(200 + n)[0]!.text, kind).toBe(SAMPLE[kind]);
    }
    // Each kind has its own words, in the subscriber's language.
    expect(emulator.messagesTo(100 + OUTBOX_KINDS.indexOf('digest'))[0]!.plain.split('\n')[0]).toBe(
      translatorFrom(createI18n('en'))(languages[OUTBOX_KINDS.indexOf('digest') % 3]!, 'discreet-lead-digest'),
    );
  });

  it("discreet mode on a long message: the lead opens the first part, and every part stays within Telegram's limit", async () => {
    const long = Array.from({ length: 200 }, (_, i) => `<b>Person ${i}</b>: moved to Penal colony No. ${i}`).join('\n');
    await enqueueOutbox(database.db, [msg(300, await subscriber({ chatId: 300, discreet: true }), 'digest', long)]);
    drainer = startTestDrainer(database.db, emulator);
    await waitUntilSettled(database.db);
    const parts = emulator.messagesTo(300);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.plain.split('\n').slice(0, 2)).toEqual([t('en', 'discreet-lead-digest'), '']);
    for (const part of parts) expect(part.plain.length).toBeLessThanOrEqual(4096);
    expect(parts.map((p) => p.plain).join('\n')).toContain('Person 199: moved to Penal colony No. 199');
  });

  it('quiet hours at 01:21: alerts, grave alerts and corrections go at once without sound, digests wait; a subscriber may let grave news ring', async () => {
    const sleeper = await subscriber({ chatId: 401, quiet: [0, 8] });
    const waker = await subscriber({ chatId: 402, quiet: [0, 8], wakeForGrave: true });
    const daytime = await subscriber({ chatId: 403, quiet: [9, 17] });
    await enqueueOutbox(database.db, [
      msg(401, sleeper, 'alert', 'alert', beforeNight),
      msg(401, sleeper, 'grave_alert', 'grave', beforeNight),
      msg(401, sleeper, 'correction', 'correction', beforeNight),
      msg(401, sleeper, 'digest', 'digest', beforeNight),
      msg(402, waker, 'alert', 'alert', beforeNight),
      msg(402, waker, 'grave_alert', 'grave', beforeNight),
      msg(403, daytime, 'alert', 'alert', beforeNight),
      msg(403, daytime, 'grave_alert', 'grave', beforeNight),
    ]);
    drainer = startTestDrainer(database.db, emulator, { clock: nightClock });
    // Everything is settled but the digest, which the drainer put back until the morning.
    const eightInMinsk = new Date(night.getTime() + (6 * 60 + 39) * 60_000);
    await eventually(
      async () =>
        (await database.db.select().from(outbox)).every(
          (r) => r.status === 'sent' || (r.kind === 'digest' && r.availableAt.getTime() === eightInMinsk.getTime()),
        ),
      'all but the digest to be sent',
    );
    const silent = (chatId: number) =>
      Object.fromEntries(emulator.messagesTo(chatId).map((m) => [m.plain, params(m).disable_notification === true]));
    expect(silent(401)).toEqual({ grave: true, alert: true, correction: true });
    expect(silent(402)).toEqual({ grave: false, alert: true });
    expect(silent(403)).toEqual({ grave: false, alert: false });
    const [digest] = (await database.db.select().from(outbox)).filter((r) => r.kind === 'digest');
    expect(digest).toMatchObject({ status: 'pending', attempts: 0, availableAt: eightInMinsk });
  });

  it('protected alerts: news about a person is sent with protect_content, digests are not', async () => {
    const careful = await subscriber({ chatId: 501, protectContent: true });
    const other = await subscriber({ chatId: 502 });
    await enqueueOutbox(database.db, [
      msg(501, careful, 'grave_alert', 'grave'),
      msg(501, careful, 'alert', 'alert'),
      msg(501, careful, 'correction', 'correction'),
      msg(501, careful, 'digest', 'digest'),
      msg(502, other, 'alert', 'alert'),
    ]);
    drainer = startTestDrainer(database.db, emulator);
    await waitUntilSettled(database.db);
    const protectedBy = (chatId: number) =>
      Object.fromEntries(emulator.messagesTo(chatId).map((m) => [m.plain, params(m).protect_content === true]));
    expect(protectedBy(501)).toEqual({ grave: true, alert: true, correction: true, digest: false });
    expect(protectedBy(502)).toEqual({ alert: false });
  });

  it('a burst: the grave alert is claimed before any other kind, for its subscriber and across chats', async () => {
    const mother = await subscriber({ chatId: 600 });
    const others = await Promise.all(Array.from({ length: 40 }, (_, n) => subscriber({ chatId: 700 + n })));
    await enqueueOutbox(database.db, [
      msg(600, mother, 'alert', 'sentenced'),
      msg(600, mother, 'correction', 'correction'),
      msg(600, mother, 'alert', 'moved'),
      ...others.map((id, n) => msg(700 + n, id, 'alert', `alert ${n}`)),
      msg(600, mother, 'grave_alert', 'lost contact'),
    ]);
    drainer = startTestDrainer(database.db, emulator);
    await waitUntilSettled(database.db);
    expect(emulator.messagesTo(600).map((m) => m.plain)).toEqual(['lost contact', 'sentenced', 'correction', 'moved']);
    expect(emulator.sent[0]!.plain).toBe('lost contact');
  });
});
