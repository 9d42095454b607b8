import { Api } from 'grammy';
import { pino } from 'pino';
import type { Clock } from '../../src/domain/clock.ts';
import { systemClock } from '../../src/app/system-clock.ts';
import { createI18n, translatorFrom } from '../../src/bot/i18n.ts';
import { OutboxDrainer, type DrainerOptions } from '../../src/app/delivery/outbox-drainer.ts';
import type { Db } from '../../src/db/database.ts';
import { unsettledCount } from '../../src/db/queries/outbox-stats.ts';
import { telegramSender } from '../../src/telegram/telegram-sender.ts';
import type { BotApiEmulator } from './bot-api-emulator.ts';
import { PATIENCE_MS } from './eventually.ts';

/**
 * A drainer in this process, sending to the emulator over HTTP with the real Telegram sender.
 * Rates and gaps are high and back-off short by default, so tests take seconds, not minutes.
 *
 * Timeouts do not depend on the machine's speed: the client's own timeout (60 s) is far beyond any
 * answer of a healthy emulator on a busy machine, and a request the emulator holds for a 'timeout'
 * fault is given up at once, as grammY gives up at its timeout (same error, same outcome). So only a
 * fault ever times out, and a test can count exactly what was sent.
 */
export function startTestDrainer(
  db: Db,
  emulator: BotApiEmulator,
  options: Partial<DrainerOptions> & { timeoutSeconds?: number; clock?: Clock } = {},
): OutboxDrainer {
  const { timeoutSeconds = 60, clock = systemClock, ...overrides } = options;
  const api = new Api(emulator.token, { apiRoot: emulator.apiRoot, timeoutSeconds });
  api.config.use((prev, method, payload, signal) => {
    const controller = new AbortController();
    const giveUp = () => controller.abort();
    signal?.addEventListener('abort', giveUp);
    const sent = payload as { chat_id?: unknown; text?: unknown };
    const unsubscribe = emulator.onHeld((heldMethod, params) => {
      if (heldMethod === method && Number(params.chat_id) === Number(sent.chat_id) && params.text === sent.text)
        giveUp();
    });
    return prev(method, payload, controller.signal as Parameters<typeof prev>[2]).finally(() => {
      unsubscribe();
      signal?.removeEventListener('abort', giveUp);
    });
  });
  const drainer = new OutboxDrainer(
    {
      db,
      sender: telegramSender(api),
      clock,
      logger: pino({ level: 'silent' }),
      chatRef: (id) => `ref${id}`,
      translate: translatorFrom(createI18n('en')),
    },
    {
      worker: 'test-drainer',
      ratePerSecond: 2000,
      paidRatePerSecond: 1000,
      paidBroadcast: false,
      limits: { privateChatIntervalMs: 20, groupChatIntervalMs: 20 },
      leaseMs: 10_000,
      idlePollMs: 30,
      backoff: { baseMs: 20, maxMs: 200 },
      ...overrides,
    },
  );
  drainer.start();
  return drainer;
}

/**
 * Waits until no outbox row is pending or being sent. A wait on progress, not on a deadline: it fails
 * only when the count of unsettled rows has not gone down for `stallMs` (PATIENCE_MS by default), so
 * a machine ten times overloaded only makes it wait longer, and a stuck drainer still fails, saying
 * how many rows were left.
 */
export async function waitUntilSettled(db: Db, stallMs = PATIENCE_MS): Promise<void> {
  let fewest = Number.POSITIVE_INFINITY;
  let progressAt = Date.now();
  for (;;) {
    const left = await unsettledCount(db);
    if (left === 0) return;
    if (left < fewest) [fewest, progressAt] = [left, Date.now()];
    else if (Date.now() - progressAt > stallMs)
      throw new Error(`No outbox row settled for ${stallMs} ms (${left} rows left)`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
