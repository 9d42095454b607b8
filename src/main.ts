import 'dotenv/config';
import { hostname } from 'node:os';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { Api, GrammyError, HttpError, webhookCallback } from 'grammy';
import { sql } from 'drizzle-orm';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { noticeResetChannelLists } from './app/channel-lists.ts';
import { systemClock } from './app/clock.ts';
import { RegistryIndex } from './app/registry-index.ts';
import type { SyncDeps } from './app/source-sync.ts';
import { publishAdminMenus, publishCommandMenus } from './bot/commands-menu.ts';
import { adminLanguages, allAdminIds } from './app/admins.ts';
import { createBot } from './bot/create-bot.ts';
import { createI18n, translatorFrom } from './bot/i18n.ts';
import { parseConfig } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { openDatabase } from './db/open-database.ts';
import { createDiskErasure } from './db/disk-erasure.ts';
import { syncConfiguredSources } from './db/queries/sources.ts';
import { registerDeliveryMetrics } from './app/delivery-metrics.ts';
import { readDeliveryHealth } from './app/queue-report.ts';
import { createOutboxDrainer } from './delivery-wiring.ts';
import { startHttpServer } from './http/http-server.ts';
import { createLogger, type Logger } from './logging.ts';
import { startScheduler, type Scheduler } from './scheduler/scheduler.ts';
import { digestJob, queueDueDigests } from './scheduler/digest-jobs.ts';
import { retentionJob } from './scheduler/retention-jobs.ts';
import { sourceSyncJobs } from './scheduler/source-sync-jobs.ts';
import { createSourceFetcher } from './source/source-fetcher.ts';

/** The one place that reads the environment and wires the parts together. */
async function main(): Promise<void> {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(`Vestka cannot start: the configuration has ${parsed.problems.length === 1 ? 'a problem' : 'problems'}.\n`);
    for (const problem of parsed.problems) process.stderr.write(`  - ${problem}\n`);
    process.stderr.write('See .env.example for every setting.\n');
    process.exit(2);
  }
  const config = parsed.config;
  const { logger, chatRef } = createLogger(config.logLevel, config.botToken);
  // Node would print the error with its message (a failed query's parameters) to stderr: describe it instead.
  process.on('uncaughtException', (error) => crash(logger, error, 'uncaught exception'));
  process.on('unhandledRejection', (reason) => crash(logger, reason, 'unhandled rejection'));

  const i18n = createI18n(config.defaultLanguage);
  const t = translatorFrom(i18n);
  const defaults = { language: config.defaultLanguage, timezone: config.defaultTimezone };
  // Ask Telegram who we are before anything slow, so a wrong token is reported at once.
  const botInfo = await new Api(config.botToken, { apiRoot: config.telegramApiRoot }).getMe().catch((error: unknown) => {
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
      fatal(`Telegram rejected BOT_TOKEN (${error.error_code}). Copy the token again from @BotFather (/mybots, API Token).`, 2);
    }
    if (error instanceof HttpError) fatal(`Cannot reach the Telegram Bot API at ${config.telegramApiRoot}: ${error.message}`, 1);
    throw error;
  });
  const database = await openDatabase(config.database).catch((error: unknown) => fatal(databaseProblem(error), 1));
  // The register's names in memory for the name engine; refreshed from the database before each use.
  const registryIndex = new RegistryIndex(database.db);
  await registryIndex.refresh();
  const sync: SyncDeps = {
    db: database.db, fetcher: createSourceFetcher({ clock: systemClock, timeoutMs: config.sync.fetchTimeoutMs, maxBytes: config.sync.maxBodyBytes }), clock: systemClock, translate: t,
    botUsername: botInfo.username, defaultLanguage: config.defaultLanguage, adminIds: config.adminIds,
    matcher: registryIndex.pendingMatcher(), prepareMatcher: () => registryIndex.refresh(), thresholds: config.sync.thresholds, failureAlertAfter: config.sync.failureAlertAfter, logger,
  };
  const sources = await syncConfiguredSources(database.db, config.sources);
  const diskErasure = createDiskErasure(database, (error) => logger.error({ err: error }, 'could not rewrite the tables after an erasure; the daily retention job will'));
  const bot = createBot({
    token: config.botToken, apiRoot: config.telegramApiRoot, botInfo, db: database.db, i18n, defaults, adminIds: config.adminIds, logger, chatRef, sync,
    registryIndex, followLimit: config.followLimit, releaseApprovalThreshold: config.releaseApprovalThreshold, diskErasure,
  });
  await publishCommandMenus(bot.api, t, config.defaultLanguage).catch((error: unknown) => logger.warn({ err: error }, 'could not set the command menus'));
  const admins = await adminLanguages(database.db, await allAdminIds(database.db, config.adminIds), config.defaultLanguage);
  await publishAdminMenus(bot.api, t, admins)
    .then((missing) => missing > 0 && logger.info({ admins: admins.size, missing }, 'admin menus: some admins have not opened the bot yet'))
    .catch((error: unknown) => logger.warn({ err: error }, 'could not set the admin menus'));
  // Channels whose "followed" digest read an admin's follows now have their own, empty list: tell the admins once.
  await noticeResetChannelLists({ db: database.db, translate: t, adminIds: config.adminIds, defaultLanguage: config.defaultLanguage })
    .catch((error: unknown) => logger.error({ err: error }, 'could not queue the channel list notices'));

  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  registerDeliveryMetrics(registry, () => readDeliveryHealth(database.db, systemClock));
  const webhookPath = config.webhook ? new URL(config.webhook.url).pathname : undefined;
  const http = await startHttpServer({
    host: config.http.host,
    port: config.http.port,
    registry,
    health: async () => (await database.db.execute(sql`select 1`), true),
    webhook: config.webhook ? { path: webhookPath!, handler: webhookCallback(bot, 'http', { secretToken: config.webhook.secret }) } : undefined,
  });

  let runner: RunnerHandle | undefined;
  if (config.webhook) {
    await bot.api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: ['message', 'callback_query', 'inline_query', 'my_chat_member', 'channel_post'] });
  } else {
    await bot.api.deleteWebhook();
    runner = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query', 'inline_query', 'my_chat_member', 'channel_post'] } } });
  }

  let scheduler: Scheduler | undefined;
  const worker = `${hostname()}:${process.pid}`;
  // Two chunks in flight keep both the database and this process busy; PGlite has one connection.
  const digests = { db: database.db, translate: t, botUsername: botInfo.username, worker, concurrency: database.mode === 'postgres' ? 2 : 1 };
  if (config.schedulerEnabled) {
    scheduler = startScheduler([...sourceSyncJobs(sync, sources, worker), digestJob(digests, systemClock, logger), retentionJob({ db: database.db, clock: systemClock, worker, disk: diskErasure }, logger)], logger);
    logger.info({ sources: sources.map((s) => s.name) }, `scheduler: ${sources.length} source(s) to sync, digests every minute, retention daily`);
    // A digest missed while we were down goes out now, once, covering the whole gap.
    void queueDueDigests(digests, systemClock, logger, 'start-up').catch((error: unknown) => logger.error({ err: error }, 'digest catch-up failed'));
  }
  // Started once the bot is up; everything Vestka sends leaves through it.
  const drainer = config.delivery.drainerEnabled ? createOutboxDrainer({ config, database, logger, chatRef }) : undefined;
  drainer?.start();

  logger.info(
    { bot: `@${bot.botInfo.username}`, mode: config.mode, database: database.mode, location: database.location, http: http.port },
    `ready: @${bot.botInfo.username}, ${config.mode}, database ${database.mode} (${database.location}), http port ${http.port}`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    if (runner?.isRunning()) await runner.stop();
    await scheduler?.stop();
    await http.close();
    await drainer?.stop();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

function databaseProblem(error: unknown): string {
  if (error instanceof DataDirLockedError) return `${error.message} Stop it first, or set DATA_DIR to another directory.`;
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return `Cannot connect to the PostgreSQL server in DATABASE_URL (connection refused). Is it running?`;
  if (code === '3D000') return `The database named in DATABASE_URL does not exist. Create it first (createdb <name>).`;
  if (code === '28P01' || code === '28000') return `PostgreSQL refused the user or password in DATABASE_URL.`;
  return `Cannot open the database: ${error instanceof Error ? error.message : String(error)}`;
}

function crash(logger: Logger, error: unknown, what: string): never {
  logger.fatal({ err: error instanceof Error ? error : new Error('a non-error was thrown') }, `${what}; stopping`);
  process.exit(1);
}

function fatal(message: string, code: number): never {
  process.stderr.write(`Vestka cannot start: ${message}\n`);
  process.exit(code);
}

await main();
