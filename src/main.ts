import 'dotenv/config';
import { run } from '@grammyjs/runner';
import { Api, GrammyError, HttpError, type BotError } from 'grammy';
import { sql } from 'drizzle-orm';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { noticeResetChannelLists } from './app/channels/channel-lists.ts';
import { systemClock } from './app/system-clock.ts';
import { publishAdminMenus, publishCommandMenus } from './bot/commands-menu.ts';
import { adminLanguages, allAdminIds } from './app/admin/admins.ts';
import { createBot } from './bot/create-bot.ts';
import { createI18n, translatorFrom } from './bot/i18n.ts';
import { parseConfig, type Config } from './config.ts';
import type { Database } from './db/database.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { openDatabase } from './db/open-database.ts';
import { syncConfiguredSources } from './db/queries/sources.ts';
import { registerDeliveryMetrics } from './app/delivery/delivery-metrics.ts';
import { readDeliveryHealth } from './app/delivery/queue-report.ts';
import { buildServices, createOutboxDrainer, deskDeps } from './services.ts';
import { listen, ListenError, type RequestHandler } from './http/http-server.ts';
import { opsRoutes, publicRoutes, type DeskHandler, type Health } from './http/routes.ts';
import { deskRoutes } from './desk/desk-http.ts';
import { telegramWebhook } from './http/telegram-webhook.ts';
import { createLogger, type Logger } from './logging.ts';
import { startScheduler } from './scheduler/scheduler.ts';
import { digestJob, queueDueDigests } from './scheduler/digest-jobs.ts';
import { retentionJob } from './scheduler/retention-jobs.ts';
import { sourceSyncJobs } from './scheduler/source-sync-jobs.ts';
import { createSourceFetcher } from './source/source-fetcher.ts';
import { stoppableFetcher } from './source/stoppable-fetcher.ts';
import { Shutdown, STOP_GRACE_MS } from './shutdown.ts';
import { abortOn } from './telegram/abort-on.ts';
import { ADD_SOURCE_HINT, registerSetup, type RegisterSetup } from './app/sync/register-setup.ts';
import type { BotContext } from './bot/context.ts';
import { startupTrace } from './startup-trace.ts';

/** The one place that reads the environment and wires the parts together. */
async function main(): Promise<void> {
  const modulesLoaded = performance.now();
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(
      `Vestka cannot start: the configuration has ${parsed.problems.length === 1 ? 'a problem' : 'problems'}.\n`,
    );
    for (const problem of parsed.problems) process.stderr.write(`  - ${problem}\n`);
    process.stderr.write('See .env.example for every setting.\n');
    process.exit(2);
  }
  const config = parsed.config;
  const { logger, chatRef } = createLogger(config.logLevel, config.botToken);
  const step = startupTrace(logger, { 'modules loaded': modulesLoaded });
  // Node would print the error with its message (a failed query's parameters) to stderr: describe it instead.
  process.on('uncaughtException', (error) => crash(logger, error, 'uncaught exception'));
  process.on('unhandledRejection', (reason) => crash(logger, reason, 'unhandled rejection'));
  const shutdown = new Shutdown(logger, (code) => process.exit(code));
  shutdown.listen();

  // The ports first: one that is taken is reported at once, before the database or Telegram is touched.
  // Filled in as the parts come up; until then /healthz says "starting" and the webhook answers 503.
  const up: { database?: Database; webhook?: RequestHandler; desk?: DeskHandler } = {};
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const health: Health = () => up.database?.db.execute(sql`select 1`).then(() => true);
  const listeners = await openListeners(
    config,
    registry,
    health,
    () => up.webhook,
    () => up.desk,
  ).catch((error: unknown) => {
    if (error instanceof ListenError) fatal(error.message, 2);
    throw error;
  });
  for (const [name, listener] of Object.entries(listeners))
    if (listener) shutdown.add({ name: `${name} listener`, stop: () => listener.close(STOP_GRACE_MS) });
  step('listeners open');

  const i18n = createI18n(config.defaultLanguage);
  const t = translatorFrom(i18n);
  const defaults = { language: config.defaultLanguage, timezone: config.defaultTimezone };
  // Telegram and the database at once: a start waits for the slower of the two, not for both in turn.
  // A wrong token still ends the program at once; a database it was opening is left as a crash would
  // leave it, which PostgreSQL recovers from (and an unfinished copy of the template is made again).
  const askingTelegram = new Api(config.botToken, { apiRoot: config.telegramApiRoot }).getMe();
  const opening = openDatabase(config.database, { warn: (message) => logger.warn(message), step }).then(
    (database) => ({ database }),
    (error: unknown) => ({ error }),
  );
  const botInfo = await askingTelegram.catch((error: unknown) => {
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
      fatal(
        `Telegram rejected BOT_TOKEN (${error.error_code}). Copy the token again from @BotFather (/mybots, API Token).`,
        2,
      );
    }
    if (error instanceof HttpError)
      fatal(`Cannot reach the Telegram Bot API at ${config.telegramApiRoot}: ${error.message}`, 1);
    throw error;
  });
  step('getMe answered');
  const openedOrError = await opening;
  if ('error' in openedOrError) fatal(databaseProblem(openedOrError.error), 1);
  const opened = openedOrError.database;
  up.database = opened;
  shutdown.finally({ name: 'database', stop: () => opened.close() });
  const fetcher = stoppableFetcher(
    createSourceFetcher({
      clock: systemClock,
      timeoutMs: config.sync.fetchTimeoutMs,
      maxBytes: config.sync.maxBodyBytes,
    }),
    shutdown.cancel.signal,
  );
  if (config.botUsername && config.botUsername.toLowerCase() !== botInfo.username.toLowerCase())
    logger.warn(
      `BOT_USERNAME is ${config.botUsername} but the token belongs to @${botInfo.username}: alerts queued by the CLI would link to the wrong bot`,
    );
  const services = buildServices({
    config,
    database: opened,
    botUsername: botInfo.username,
    logger,
    translate: t,
    fetcher,
  });
  const { sync } = services;
  await services.names.refresh();
  step('name index built');
  const sources = await syncConfiguredSources(opened.db, config.sources);
  const scheduledSources = sources.filter((s) => s.enabled).map((s) => s.name);
  const bot = createBot({
    token: config.botToken,
    apiRoot: config.telegramApiRoot,
    botInfo,
    db: opened.db,
    i18n,
    defaults,
    adminIds: config.adminIds,
    isAdmin: services.isAdmin,
    logger,
    chatRef,
    sync,
    search: services.names,
    release: services.release,
    followLimit: config.followLimit,
    configuredSources: scheduledSources,
    diskErasure: services.diskErasure,
    deskUrl: config.desk.url,
  });
  // The admin desk calls the same use-cases as the chat, built from the same parts.
  up.desk = deskRoutes(deskDeps(services, config, opened));
  // Replies still waiting for Telegram when the program stops are cancelled at the grace deadline.
  bot.api.config.use(abortOn(shutdown.cancel.signal));
  step('bot created');
  // Telegram's menus are set while the rest starts up (round trips, not work here); "ready" waits for them.
  const commandMenus = publishCommandMenus(bot.api, t, config.defaultLanguage).catch((error: unknown) =>
    logger.warn({ err: error }, 'could not set the command menus'),
  );
  const admins = await adminLanguages(opened.db, await allAdminIds(opened.db, config.adminIds), config.defaultLanguage);
  const adminMenus = publishAdminMenus(bot.api, t, admins)
    .then(
      (missing) =>
        missing > 0 &&
        logger.info({ admins: admins.size, missing }, 'admin menus: some admins have not opened the bot yet'),
    )
    .catch((error: unknown) => logger.warn({ err: error }, 'could not set the admin menus'));
  // Channels whose "followed" digest read an admin's follows now have their own, empty list: tell the admins once.
  await noticeResetChannelLists({
    db: opened.db,
    translate: t,
    adminIds: config.adminIds,
    defaultLanguage: config.defaultLanguage,
  }).catch((error: unknown) => logger.error({ err: error }, 'could not queue the channel list notices'));
  step('admin notices checked');

  registerDeliveryMetrics(registry, () => readDeliveryHealth(opened.db, systemClock));
  if (config.webhook) {
    // A handler that throws is the bot's error to log, as in polling mode; Telegram is answered 200.
    up.webhook = telegramWebhook({
      secret: config.webhook.secret,
      handleUpdate: (update) =>
        bot
          .handleUpdate(update)
          .catch(async (error: unknown) => void (await bot.errorHandler(error as BotError<BotContext>))),
    });
    await bot.api.setWebhook(config.webhook.url, {
      secret_token: config.webhook.secret,
      allowed_updates: ALLOWED_UPDATES,
    });
  } else {
    await bot.api.deleteWebhook();
    const polling = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
    shutdown.add({ name: 'polling', stop: () => (polling.isRunning() ? polling.stop() : Promise.resolve()) });
  }
  step(config.webhook ? 'webhook set' : 'polling started');

  const digests = services.digests;
  if (config.schedulerEnabled) {
    const scheduler = startScheduler(
      [
        ...sourceSyncJobs(sync, sources, services.digests.worker),
        digestJob(digests, systemClock, logger),
        retentionJob(services.retention, logger),
      ],
      logger,
    );
    shutdown.add({ name: 'scheduled jobs', stop: () => scheduler.stop() });
    logger.info(
      { sources: sources.map((s) => s.name) },
      `scheduler: ${sources.length} source(s) to sync, digests every minute, retention daily`,
    );
    // A digest missed while we were down goes out now, once, covering the whole gap.
    void queueDueDigests(digests, systemClock, logger, 'start-up').catch((error: unknown) =>
      logger.error({ err: error }, 'digest catch-up failed'),
    );
  }
  // Started once the bot is up; everything Vestka sends leaves through it.
  if (config.delivery.drainerEnabled) {
    const drainer = createOutboxDrainer({
      config,
      database: opened,
      logger,
      chatRef,
      translate: t,
      cancel: shutdown.cancel.signal,
    });
    drainer.start();
    shutdown.add({ name: 'delivery', stop: () => drainer.stop() });
  }

  step('scheduler and drainer started');
  await Promise.all([commandMenus, adminMenus]);
  step('menus published');
  const setup = await registerSetup(opened.db, scheduledSources);
  const ports = { http: listeners.public.port, metrics: listeners.metrics?.port };
  step('ready');
  logger.info(
    {
      bot: `@${bot.botInfo.username}`,
      mode: config.mode,
      database: opened.mode,
      location: opened.location,
      ...ports,
      register: setup.state,
    },
    `ready: @${bot.botInfo.username}, ${config.mode}, database ${opened.mode} (${opened.location}), http port ${ports.http}, ` +
      `${ports.metrics === undefined ? 'no metrics listener' : `metrics on ${config.metrics!.host}:${ports.metrics}`}${setupNote(setup)}`,
  );
}

const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query', 'my_chat_member', 'channel_post'] as const;

/** The public listener (webhook, /healthz) and the operations one (/metrics), unless METRICS_PORT=off. */
async function openListeners(
  config: Config,
  registry: Registry,
  health: Health,
  webhook: () => RequestHandler | undefined,
  desk: () => DeskHandler | undefined,
) {
  const webhookPath = config.webhook ? new URL(config.webhook.url).pathname : undefined;
  const publicListener = await listen({
    ...config.http,
    setting: 'PORT',
    hostSetting: 'HOST',
    handle: publicRoutes({ health, webhook: webhookPath ? { path: webhookPath, handler: webhook } : undefined, desk }),
  });
  if (!config.metrics) return { public: publicListener, metrics: undefined };
  const metrics = await listen({
    ...config.metrics,
    setting: 'METRICS_PORT',
    hostSetting: 'METRICS_HOST',
    handle: opsRoutes({ health, registry }),
  }).catch(async (error: unknown) => {
    await publicListener.close();
    throw error;
  });
  return { public: publicListener, metrics };
}

function setupNote(setup: RegisterSetup): string {
  if (setup.state === 'no_source') return `. The register is empty and no source is configured: ${ADD_SOURCE_HINT}`;
  if (setup.state === 'awaiting_sync')
    return `. The register is empty until the first run of ${setup.sources.join(', ')}`;
  return '';
}

function databaseProblem(error: unknown): string {
  if (error instanceof DataDirLockedError)
    return `${error.message} Stop it first, or set DATA_DIR to another directory.`;
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED')
    return `Cannot connect to the PostgreSQL server in DATABASE_URL (connection refused). Is it running?`;
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
