import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueueOutbox } from '../../src/db/queries/outbox.ts';
import { claimOutbox } from '../../src/db/queries/outbox-claims.ts';
import { settleOutbox } from '../../src/db/queries/outbox-settle.ts';
import { BotHarness, texts } from '../support/bot-harness.ts';

const ADMIN = 4242;
const NOW = new Date('2026-05-01T10:00:00Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
let harness: BotHarness;
beforeAll(async () => {
  harness = await BotHarness.create({ adminIds: [ADMIN], clock: { now: () => NOW } });
});
afterAll(async () => harness.close());
beforeEach(async () => harness.database.reset());

const queue = async (language = 'en') =>
  texts(await harness.send({ id: ADMIN, language_code: language }, '/queue'))[0]!;

/** Alerts to `chats` subscribers, delivered half a minute ago: what confirming a small batch leaves behind. */
async function delivered(chats: number): Promise<void> {
  const db = harness.database.db;
  await enqueueOutbox(
    db,
    Array.from({ length: chats }, (_, i) => ({
      chatId: 987_654_300 + i,
      kind: 'alert' as const,
      dedupKey: `q${i}`,
      text: 'a',
      availableAt: at(-40),
    })),
  );
  const claimed = await claimOutbox(db, { worker: 'w', limit: 5000, now: at(-35), leaseUntil: at(60) });
  await settleOutbox(
    db,
    'w',
    claimed.map((r) => ({
      id: r.id,
      chatId: r.chatId,
      result: 'sent' as const,
      partsSent: 1,
      chatFreeAt: NOW,
      attempt: { at: at(-30), outcome: 'sent' as const },
    })),
  );
}

describe('/queue', () => {
  it("tells an admin delivery is on time, with no figure that moves when one person's followers are told", async () => {
    const empty = await queue();
    await delivered(3);
    const afterThree = await queue();
    expect(afterThree).toBe(empty);
    expect(afterThree).toBe(
      [
        '<b>Delivery</b>',
        'Alerts (grave alerts, alerts, corrections): on time.',
        'Other messages (notices, digests, announcements): on time.',
        'Delivered in the last 7 days: fewer than 1,000.',
        'Attempts that failed in the last 24 hours: too few attempts to give a share.',
        'Telegram refused no message in the last 35 days.',
        '',
        'Counts are shown only over long windows and rounded, so that nobody can tell from them how many people follow anyone.',
      ].join('\n'),
    );
  });

  it('says when alerts wait too long, and gives large weekly totals as a power of ten', async () => {
    await delivered(1200);
    await enqueueOutbox(harness.database.db, [
      { chatId: 5, kind: 'alert', dedupKey: 'late', text: 'a', availableAt: at(-7 * 60) },
    ]);
    const reply = await queue();
    expect(reply).toContain(
      'Alerts (grave alerts, alerts, corrections): delayed; the longest-waiting message has waited 7 min.',
    );
    expect(reply).toContain('Delivered in the last 7 days: 1,000 or more.');
    expect(reply).toContain('Attempts that failed in the last 24 hours: 0 % (chats that blocked the bot not counted).');
    expect(reply).not.toMatch(/98765/);
  });

  it("answers in the admin's language", async () => {
    expect(await queue('ru')).toContain('Оповещения (тяжёлые новости, оповещения, исправления): вовремя.');
    expect(await queue('be')).toContain('<b>Адпраўка</b>');
  });

  it('gives anyone else the ordinary answer to an unknown message, with no hint the command exists', async () => {
    const [reply] = texts(await harness.send({ id: 5555, language_code: 'en' }, '/queue'));
    const [other] = texts(await harness.send({ id: 5555, language_code: 'en' }, '/nosuchcommand'));
    expect(reply).toBe(other);
    expect(reply).not.toMatch(/queue/i);
  });
});
