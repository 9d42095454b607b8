import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { systemClock } from './app/clock.ts';
import { createI18n, translatorFrom } from './bot/i18n.ts';
import { OutboxDrainer } from './app/outbox-drainer.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Logger } from './logging.ts';
import { createTelegramSender } from './telegram/telegram-sender.ts';

/** Builds the drainer from the configuration; shared by the main program and `cli -- drain`. */
export function createOutboxDrainer(parts: {
  config: Config;
  database: Database;
  logger: Logger;
  chatRef: (chatId: number) => string;
  leaseMs?: number;
}): OutboxDrainer {
  const { config, database } = parts;
  const sender = createTelegramSender({ token: config.botToken, apiRoot: config.telegramApiRoot, timeoutSeconds: 15 });
  return new OutboxDrainer(
    { db: database.db, sender, clock: systemClock, logger: parts.logger, chatRef: parts.chatRef, translate: translatorFrom(createI18n(config.defaultLanguage)) },
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
