import { autoRetry } from '@grammyjs/auto-retry';
import type { I18n } from '@grammyjs/i18n';
import { Bot, type BotError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { DiskErasure } from '../app/subscribers/ports.ts';
import { registerSetup } from '../app/sync/register-setup.ts';
import type { ReleaseUseCases } from '../app/releases/release-deps.ts';
import { MAX_LIST_FILE_BYTES } from '../app/releases/release-list-file.ts';
import { downloadTelegramFile } from '../telegram/file-downloader.ts';
import { botApiChannelDirectory } from '../telegram/channel-directory.ts';
import { adminFeature } from './features/admin.ts';
import { channelsFeature } from './features/channels.ts';
import { digestFeature } from './features/digest.ts';
import { statsFeature } from './features/stats.ts';
import { releaseReviewFeature } from './features/release-review.ts';
import { releaseFeature } from './features/release.ts';
import type { Clock } from '../domain/clock.ts';
import { systemClock } from '../app/system-clock.ts';
import type { NameSearch } from '../app/follows/prisoner-cards.ts';
import type { SubscriberDefaults } from '../app/subscribers/subscribers.ts';
import type { SyncDeps } from '../app/sync/ports.ts';
import type { Db } from '../db/database.ts';
import { languageFromTelegram } from '../domain/language.ts';
import type { Logger } from '../logging.ts';
import type { BotContext } from './context.ts';
import { badInputFeature } from './features/bad-input.ts';
import { followListFeature } from './features/follow-list.ts';
import type { FollowFeatureDeps } from './features/follow-view.ts';
import { followFeature } from './features/follow.ts';
import { forgetFeature } from './features/forget.ts';
import { helpFeature } from './features/help.ts';
import { inlineSearchFeature } from './features/inline-search.ts';
import { nameSearchFeature } from './features/name-search.ts';
import { privacyFeature } from './features/privacy.ts';
import { queueFeature } from './features/queue.ts';
import { settingsFeature } from './features/settings.ts';
import { startFeature } from './features/start.ts';
import { syncAdminFeature } from './features/sync-admin.ts';
import { unhandledFeature } from './features/unhandled.ts';
import { translatorFrom } from './i18n.ts';
import { DEFAULT_FLOOD_LIMIT, floodLimit, type FloodLimit } from './middleware/flood-limit.ts';
import { loadSubscriber } from './middleware/load-subscriber.ts';

export interface BotDeps {
  token: string;
  apiRoot: string;
  /** Given in tests so the bot needs no getMe call. */
  botInfo?: UserFromGetMe;
  db: Db;
  i18n: I18n<BotContext>;
  defaults: SubscriberDefaults;
  adminIds: readonly number[];
  /** ADMIN_IDS and the admins added in the chat (src/services.ts). */
  isAdmin: (userId: number) => Promise<boolean>;
  logger: Logger;
  chatRef: (chatId: number) => string;
  /** Source sync, for the admin commands /sync_status, /sync_confirm, /sync_reject. */
  sync?: SyncDeps;
  clock?: Clock;
  /** The name engine over the register: the process's one `RegistryIndex` (src/services.ts). */
  search: NameSearch;
  /** The release use-cases, the same the admin desk drives (src/services.ts). */
  release: ReleaseUseCases;
  /** FOLLOW_LIMIT; 20 when not given. */
  followLimit?: number;
  /** Per-user flood limit; DEFAULT_FLOOD_LIMIT when not given. */
  floodLimit?: FloodLimit;
  /** Makes erased rows unreadable in the database files (src/db/disk-erasure.ts). */
  diskErasure: DiskErasure;
  /** Names of the sources synced on a schedule (SOURCES, SOURCE_URL); none when not given. */
  configuredSources?: readonly string[];
  /** Reads a file an admin sent (a release list); the Bot API file endpoint when not given. */
  fetchDocument?: (filePath: string) => Promise<string | undefined>;
  /** DESK_URL: the admin desk (Mini App) the release and sync views link to; no such buttons when not given. */
  deskUrl?: string;
}

/** Builds the bot: shared middleware, then one composer per feature, then the fallback. No I/O here. */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, { botInfo: deps.botInfo, client: { apiRoot: deps.apiRoot } });
  // Replies to a user's own action may wait a little on a 429; bulk sending goes through the outbox instead.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 10 }));

  // Everything runs inside the boundary, loading the subscriber too: a database outage still gets an answer.
  const features = bot.errorBoundary((error) => replyWithApology(error, deps));
  features.use(
    loadSubscriber({
      db: deps.db,
      defaultLanguage: deps.defaults.language,
      isAdmin: deps.isAdmin,
    }),
  );
  features.use(deps.i18n);
  features.use(floodLimit(deps.floodLimit ?? DEFAULT_FLOOD_LIMIT));
  const relatives: FollowFeatureDeps = {
    db: deps.db,
    t: translatorFrom(deps.i18n),
    search: deps.search,
    followLimit: deps.followLimit ?? 20,
    timezone: deps.defaults.timezone,
  };
  const releases = releaseDeps(deps);
  // Before start: /start f_<id> deep links open a card; a plain /start falls through.
  features.use(followFeature(relatives));
  features.use(
    startFeature({
      db: deps.db,
      defaults: deps.defaults,
      setup: () => registerSetup(deps.db, deps.configuredSources ?? []),
    }),
  );
  features.use(helpFeature());
  features.use(privacyFeature({ erasure: deps.diskErasure.timing }));
  features.use(followListFeature(relatives));
  features.use(settingsFeature({ db: deps.db, timezone: deps.defaults.timezone }));
  features.use(digestFeature({ db: deps.db, clock: deps.clock ?? systemClock, timezone: deps.defaults.timezone }));
  features.use(
    statsFeature({
      db: deps.db,
      clock: deps.clock ?? systemClock,
      translate: translatorFrom(deps.i18n),
      chartTimeZone: deps.defaults.timezone,
    }),
  );
  features.use(forgetFeature({ db: deps.db, disk: deps.diskErasure }));
  features.use(inlineSearchFeature(relatives));
  if (deps.sync) features.use(syncAdminFeature({ sync: deps.sync, deskUrl: deps.deskUrl }));
  // Before bad input and name search: the release dialogue reads an admin's plain text and files.
  features.use(releaseFeature(releases));
  features.use(releaseReviewFeature(releases));
  features.use(
    adminFeature({
      db: deps.db,
      clock: deps.clock ?? systemClock,
      timezone: deps.defaults.timezone,
      adminIds: deps.adminIds,
      translate: relatives.t,
      defaultLanguage: deps.defaults.language,
    }),
  );
  features.use(
    channelsFeature({
      db: deps.db,
      clock: deps.clock ?? systemClock,
      timezone: deps.defaults.timezone,
      directory: botApiChannelDirectory(bot.api, () => bot.botInfo.id),
      search: relatives.search,
    }),
  );
  features.use(queueFeature({ db: deps.db, clock: deps.clock ?? systemClock }));
  // Last before the fallback, so features that read files or plain text (admin lists) come first.
  features.use(badInputFeature());
  features.use(nameSearchFeature(relatives));
  features.use(unhandledFeature());

  bot.catch((error) => logUpdateError(error, deps));
  return bot;
}

function releaseDeps(deps: BotDeps) {
  return {
    ...deps.release,
    t: translatorFrom(deps.i18n),
    deskUrl: deps.deskUrl,
    fetchDocument:
      deps.fetchDocument ??
      ((filePath: string) => downloadTelegramFile(deps.apiRoot, deps.token, filePath, MAX_LIST_FILE_BYTES)),
  };
}

function logUpdateError(error: BotError<BotContext>, deps: BotDeps): void {
  const chatId = error.ctx.chat?.id;
  deps.logger.error(
    // The logger describes the error without its message (a failed query's message holds its parameters).
    {
      err: error.error instanceof Error ? error.error : new Error('non-error thrown'),
      updateId: error.ctx.update.update_id,
      chat: chatId !== undefined ? deps.chatRef(chatId) : undefined,
    },
    'update failed',
  );
}

async function replyWithApology(error: BotError<BotContext>, deps: BotDeps): Promise<void> {
  logUpdateError(error, deps);
  const ctx = error.ctx;
  // ctx.subscriber and ctx.t may not exist: the failure can come before they were set up.
  const language =
    (ctx.subscriber as BotContext['subscriber'] | undefined)?.language ??
    languageFromTelegram(ctx.from?.language_code, deps.defaults.language);
  const text = deps.i18n.t(language, 'error-generic');
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text });
    else if (ctx.chat?.type === 'private') await ctx.reply(text);
  } catch {
    // Telegram itself is failing; the error is logged, there is nobody else to tell.
  }
}
