import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Api } from 'grammy';
import { systemClock } from './app/system-clock.ts';
import { createI18n, translatorFrom } from './bot/i18n.ts';
import { OutboxDrainer } from './app/delivery/outbox-drainer.ts';
import type { Config } from './config.ts';
import type { Translate } from './app/ports.ts';
import type { Database } from './db/database.ts';
import type { Logger } from './logging.ts';
import { abortOn } from './telegram/abort-on.ts';
import { telegramSender } from './telegram/telegram-sender.ts';

/** Builds the drainer from the configuration; shared by the main program and `cli -- drain`. */
export function createOutboxDrainer(parts: {
  config: Config;
  database: Database;
  logger: Logger;
  chatRef: (chatId: number) => string;
  leaseMs?: number;
  /** The program's translations, when it has them loaded already. */
  translate?: Translate;
  /** When it aborts, sends still waiting for Telegram are cancelled (and settled for a retry). */
  cancel?: AbortSignal;
}): OutboxDrainer {
  const { config, database } = parts;
  const api = new Api(config.botToken, { apiRoot: config.telegramApiRoot, timeoutSeconds: 15 });
  if (parts.cancel) api.config.use(abortOn(parts.cancel));
  const sender = telegramSender(api);
  return new OutboxDrainer(
    {
      db: database.db,
      sender,
      clock: systemClock,
      logger: parts.logger,
      chatRef: parts.chatRef,
      translate: parts.translate ?? translatorFrom(createI18n(config.defaultLanguage)),
    },
    {
      worker: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
      ratePerSecond: config.delivery.ratePerSecond,
      paidRatePerSecond: config.delivery.paidRatePerSecond,
      paidBroadcast: config.delivery.paidBroadcast,
      // The embedded database is locked to this process: leases found at start belong to a dead one.
      exclusive: database.mode === 'embedded',
      ...(parts.leaseMs ? { leaseMs: parts.leaseMs } : {}),
    },
  );
}
