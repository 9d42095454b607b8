import { Api } from 'grammy';
import { pino } from 'pino';
import { systemClock, type Clock } from '../../src/app/clock.ts';
import { createI18n, translatorFrom } from '../../src/bot/i18n.ts';
import { OutboxDrainer, type DrainerOptions } from '../../src/app/outbox-drainer.ts';
import type { Db } from '../../src/db/database.ts';
import { unsettledCount } from '../../src/db/queries/outbox-stats.ts';
import { telegramSender } from '../../src/telegram/telegram-sender.ts';
import type { BotApiEmulator } from './bot-api-emulator.ts';

/**
 * A drainer in this process, sending to the emulator over HTTP with the real Telegram sender.
 * Rates and gaps are high and back-off short by default, so tests take seconds, not minutes.
 */
export function startTestDrainer(db: Db, emulator: BotApiEmulator, options: Partial<DrainerOptions> & { timeoutSeconds?: number; clock?: Clock } = {}): OutboxDrainer {
  const { timeoutSeconds = 2, clock = systemClock, ...overrides } = options;
  const sender = telegramSender(new Api(emulator.token, { apiRoot: emulator.apiRoot, timeoutSeconds }));
  const drainer = new OutboxDrainer(
    { db, sender, clock, logger: pino({ level: 'silent' }), chatRef: (id) => `ref${id}`, translate: translatorFrom(createI18n('en')) },
    {
      worker: 'test-drainer', ratePerSecond: 2000, paidRatePerSecond: 1000, paidBroadcast: false,
      limits: { privateChatIntervalMs: 20, groupChatIntervalMs: 20 }, leaseMs: 10_000, idlePollMs: 30, backoff: { baseMs: 20, maxMs: 200 },
      ...overrides,
    },
  );
  drainer.start();
  return drainer;
}

/** Waits until no outbox row is pending or being sent. */
export async function waitUntilSettled(db: Db, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await unsettledCount(db)) > 0) {
    if (Date.now() > deadline) throw new Error(`outbox not settled within ${timeoutMs} ms (${await unsettledCount(db)} rows left)`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
