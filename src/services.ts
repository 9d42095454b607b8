import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Api } from 'grammy';
import { adminCheck } from './app/admin/admins.ts';
import { OutboxDrainer } from './app/delivery/outbox-drainer.ts';
import type { RetentionDeps } from './app/delivery/data-retention.ts';
import type { DigestRunnerDeps } from './app/digests/digest-runner.ts';
import { RegistryIndex } from './app/names/registry-index.ts';
import type { Translate } from './app/ports.ts';
import { releaseUseCases, type ReleaseUseCases } from './app/releases/release-deps.ts';
import type { DiskErasure } from './app/subscribers/ports.ts';
import type { SyncDeps } from './app/sync/ports.ts';
import { systemClock } from './app/system-clock.ts';
import { createI18n, translatorFrom } from './bot/i18n.ts';
import type { Config, OpsConfig } from './config.ts';
import type { Database } from './db/database.ts';
import { createDiskErasure } from './db/disk-erasure.ts';
import type { DeskDeps } from './desk/desk-deps.ts';
import type { Clock } from './domain/clock.ts';
import type { Logger } from './logging.ts';
import { createSourceFetcher, type SourceFetcher } from './source/source-fetcher.ts';
import { abortOn } from './telegram/abort-on.ts';
import { telegramSender } from './telegram/telegram-sender.ts';

/** What the services are built from: the parsed configuration, the opened database and the process's parts. */
export interface ServiceParts {
  config: OpsConfig;
  database: Database;
  /** For links to the bot in alerts and digests: getMe's answer in the bot, BOT_USERNAME in the CLI. */
  botUsername: string;
  /** Where the sync runs log; the CLI gives none (it prints its own lines). */
  logger?: Logger;
  /** The program's translations, when it has them loaded already. */
  translate?: Translate;
  /** Reads the sources; the bot gives one that stops at shutdown. */
  fetcher?: SourceFetcher;
  clock?: Clock;
}

/** The use-cases' dependencies, built once per process from the same parts for every driver. */
export interface Services {
  clock: Clock;
  translate: Translate;
  /** The register's names in memory for the name engine; refreshed from the database before each use. */
  names: RegistryIndex;
  isAdmin: (userId: number) => Promise<boolean>;
  sync: SyncDeps;
  release: ReleaseUseCases;
  /** Makes erased rows unreadable in the database files. */
  diskErasure: DiskErasure;
  digests: DigestRunnerDeps;
  retention: RetentionDeps;
}

/**
 * The one place (with `createOutboxDrainer` and `deskDeps` below) that turns configuration into the
 * use-cases' dependencies: main.ts and the CLI commands build what they run here. No I/O.
 */
export function buildServices(parts: ServiceParts): Services {
  const { config, database, botUsername, logger } = parts;
  const db = database.db;
  const clock = parts.clock ?? systemClock;
  const translate = parts.translate ?? translatorFrom(createI18n(config.defaultLanguage));
  const names = new RegistryIndex(db);
  const worker = `${hostname()}:${process.pid}`;
  const diskErasure = createDiskErasure(database, (error) =>
    logger?.error({ err: error }, 'could not rewrite the tables after an erasure; the daily retention job will'),
  );
  const fetcher =
    parts.fetcher ??
    createSourceFetcher({ clock, timeoutMs: config.sync.fetchTimeoutMs, maxBytes: config.sync.maxBodyBytes });
  return {
    clock,
    translate,
    names,
    isAdmin: adminCheck(db, config.adminIds),
    sync: {
      db,
      fetcher,
      clock,
      translate,
      botUsername,
      defaultLanguage: config.defaultLanguage,
      adminIds: config.adminIds,
      matcher: names.pendingMatcher(),
      prepareMatcher: () => names.refresh(),
      thresholds: config.sync.thresholds,
      failureAlertAfter: config.sync.failureAlertAfter,
      deskUrl: config.desk.url,
      logger,
    },
    release: releaseUseCases({
      db,
      clock,
      translate,
      search: names,
      timezone: config.defaultTimezone,
      botUsername,
      adminIds: config.adminIds,
      defaultLanguage: config.defaultLanguage,
      approvalThreshold: config.releaseApprovalThreshold,
    }),
    diskErasure,
    // Two chunks in flight keep both the database and this process busy; PGlite has one connection.
    digests: {
      db,
      translate,
      botUsername,
      worker,
      concurrency: database.mode === 'postgres' ? 2 : 1,
      chartTimeZone: config.defaultTimezone,
    },
    retention: {
      db,
      clock,
      worker,
      disk: diskErasure,
    },
  };
}

/** What the admin desk's routes need: the chat's use-cases, and the token its initData is signed with. */
export function deskDeps(services: Services, config: Config, database: Database): DeskDeps {
  return {
    db: database.db,
    clock: services.clock,
    translate: services.translate,
    defaultLanguage: config.defaultLanguage,
    timezone: config.defaultTimezone,
    botToken: config.botToken,
    authMaxAgeMinutes: config.desk.authMaxAgeMinutes,
    isAdmin: services.isAdmin,
    sync: services.sync,
    release: services.release,
  };
}

/** The drainer, in the bot process and in `cli -- drain` alike; it needs the token to send. */
export function createOutboxDrainer(parts: {
  config: Config;
  database: Database;
  logger: Logger;
  chatRef: (chatId: number) => string;
  leaseMs?: number;
  translate?: Translate;
  /** When it aborts, sends still waiting for Telegram are cancelled (and settled for a retry). */
  cancel?: AbortSignal;
}): OutboxDrainer {
  const { config, database } = parts;
  const api = new Api(config.botToken, { apiRoot: config.telegramApiRoot, timeoutSeconds: 15 });
  if (parts.cancel) api.config.use(abortOn(parts.cancel));
  return new OutboxDrainer(
    {
      db: database.db,
      sender: telegramSender(api),
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
