import type { Bot } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { pino } from 'pino';
import { createBot, type BotDeps } from '../../src/bot/create-bot.ts';
import type { BotContext } from '../../src/bot/context.ts';
import { adminCheck } from '../../src/app/admin/admins.ts';
import { RegistryIndex } from '../../src/app/names/registry-index.ts';
import { releaseUseCases } from '../../src/app/releases/release-deps.ts';
import { systemClock } from '../../src/app/system-clock.ts';
import { createI18n, translatorFrom } from '../../src/bot/i18n.ts';
import { createDiskErasure } from '../../src/db/disk-erasure.ts';
import type { Language } from '../../src/domain/language.ts';
import { EMULATOR_TOKEN } from './bot-api-emulator.ts';
import { parseTelegramHtml } from './telegram-html.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const BOT_INFO: UserFromGetMe = {
  id: 123456789,
  is_bot: true,
  first_name: 'Vestka',
  username: 'vestka_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export interface ApiCallRecord {
  method: string;
  payload: Record<string, unknown>;
}
export interface User {
  id: number;
  language_code?: string;
}

/**
 * The real bot, with every feature and a real (PGlite or PostgreSQL) database, fed updates through
 * `bot.handleUpdate`; outgoing API calls are recorded and answered with plausible results.
 */
export class BotHarness {
  readonly calls: ApiCallRecord[] = [];
  /** Chats getChat knows, by "@username" and by id; getChatMember answers with the bot's rights there. */
  readonly chats = new Map<
    string,
    { id: number; type: string; title: string; botStatus?: 'administrator' | 'member' | 'left'; canPost?: boolean }
  >();
  private readonly failures: {
    method: string;
    error_code: number;
    description: string;
    parameters?: Record<string, unknown>;
  }[] = [];
  private updateId = 1;
  private messageId = 1;
  /** What each message the bot sent or edited says, as a user sees it (no tags), by message id. */
  private readonly shown = new Map<number, string>();
  private readonly messageIds = new WeakMap<ApiCallRecord, number>();

  private constructor(
    readonly bot: Bot<BotContext>,
    readonly database: TestDatabase,
  ) {}

  static async create(
    overrides: Partial<BotDeps> & { database?: TestDatabase; defaultLanguage?: Language } = {},
  ): Promise<BotHarness> {
    const database = overrides.database ?? (await createTestDatabase());
    const language = overrides.defaultLanguage ?? 'be';
    const i18n = createI18n(language);
    const adminIds = overrides.adminIds ?? [];
    // As src/services.ts builds them for the process, from this harness's settings.
    const names = new RegistryIndex(database.db);
    const release = releaseUseCases({
      db: database.db,
      clock: overrides.clock ?? systemClock,
      translate: translatorFrom(i18n),
      search: names,
      timezone: 'Europe/Minsk',
      botUsername: BOT_INFO.username,
      adminIds,
      defaultLanguage: language,
      approvalThreshold: 30,
    });
    const bot = createBot({
      token: EMULATOR_TOKEN,
      apiRoot: 'http://127.0.0.1:9',
      botInfo: BOT_INFO,
      db: database.db,
      i18n,
      search: names,
      release,
      defaults: { language, timezone: 'Europe/Minsk' },
      adminIds,
      isAdmin: adminCheck(database.db, adminIds),
      logger: pino({ level: 'silent' }),
      chatRef: (id) => `ref${id}`,
      // Tests send many updates from one user in a moment; the flood limit has its own test.
      floodLimit: { updates: 1000, windowMs: 60_000 },
      diskErasure: createDiskErasure(database),
      ...overrides,
    });
    const harness = new BotHarness(bot, database);
    bot.api.config.use((_prev, method, payload) => {
      const record = { method, payload: payload as Record<string, unknown> };
      harness.calls.push(record);
      const failure = harness.failures.findIndex((f) => f.method === method);
      if (failure !== -1) {
        const [{ method: _m, ...error }] = harness.failures.splice(failure, 1) as [(typeof harness.failures)[number]];
        return Promise.resolve({ ok: false, ...error } as never);
      }
      if (method === 'getChat' || method === 'getChatMember') {
        const chat = harness.chats.get(String((payload as { chat_id: unknown }).chat_id));
        if (!chat)
          return Promise.resolve({ ok: false, error_code: 400, description: 'Bad Request: chat not found' } as never);
        const result =
          method === 'getChat'
            ? { id: chat.id, type: chat.type, title: chat.title }
            : {
                status: chat.botStatus ?? 'administrator',
                user: { id: BOT_INFO.id, is_bot: true, first_name: 'Vestka' },
                can_post_messages: chat.canPost ?? true,
              };
        return Promise.resolve({ ok: true, result } as never);
      }
      const result = harness.fakeResult(method, payload);
      if (typeof result === 'object' && result !== null && 'message_id' in result)
        harness.messageIds.set(record, Number(result.message_id));
      return Promise.resolve({ ok: true, result } as never);
    });
    return harness;
  }

  /** The next call of `method` fails with this Telegram error (once). */
  failNext(
    method: string,
    error: { error_code: number; description: string; parameters?: Record<string, unknown> },
  ): void {
    this.failures.push({ method, ...error });
  }

  private fakeResult(method: string, payload: Record<string, unknown>): unknown {
    if (method === 'sendMessage' || method === 'editMessageText') {
      const chat = { id: Number(payload.chat_id), type: 'private' };
      const message_id = method === 'sendMessage' ? this.messageId++ : Number(payload.message_id);
      const raw = String(payload.text);
      const parsed = payload.parse_mode === 'HTML' ? parseTelegramHtml(raw) : undefined;
      this.shown.set(message_id, parsed?.ok ? parsed.text : raw);
      return { message_id, date: 0, chat, text: payload.text };
    }
    if (method === 'sendPhoto') {
      const message_id = this.messageId++;
      // Telegram answers the sizes it made; a photo sent by id keeps that id.
      const fileId = typeof payload.photo === 'string' ? payload.photo : `harness-photo-${message_id}`;
      return {
        message_id,
        date: 0,
        chat: { id: Number(payload.chat_id), type: 'private' },
        caption: payload.caption,
        photo: [
          { file_id: `${fileId}-small`, file_unique_id: 's', width: 320, height: 188 },
          { file_id: fileId, file_unique_id: 'l', width: 1712, height: 1004 },
        ],
      };
    }
    if (method === 'getFile')
      return { file_id: payload.file_id, file_unique_id: 'u1', file_path: `documents/${String(payload.file_id)}` };
    return true;
  }

  /** Sends a private text message from a user; resolves when the bot has handled it. */
  async send(user: User, text: string, extra: Record<string, unknown> = {}): Promise<ApiCallRecord[]> {
    const entities = text.startsWith('/')
      ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }]
      : undefined;
    return this.handle({
      message: {
        message_id: this.messageId++,
        date: 0,
        chat: { id: user.id, type: 'private', first_name: 'U' },
        from: this.from(user),
        text,
        entities,
        ...extra,
      },
    } as Omit<Update, 'update_id'>);
  }

  /** Any private message (a photo, a forward, a sticker) built by the test. */
  async sendMessage(user: User, message: Record<string, unknown>): Promise<ApiCallRecord[]> {
    return this.handle({
      message: {
        message_id: this.messageId++,
        date: 0,
        chat: { id: user.id, type: 'private', first_name: 'U' },
        from: this.from(user),
        ...message,
      },
    });
  }

  /** Taps an inline button with this callback data, under message `messageId` (as Telegram does, with that message's text). */
  async press(user: User, data: string, messageId = 1): Promise<ApiCallRecord[]> {
    const text = this.shown.get(messageId) ?? '';
    return this.handle({
      callback_query: {
        id: `cb${this.updateId}`,
        chat_instance: 'ci',
        from: this.from(user),
        data,
        message: { message_id: messageId, date: 0, chat: { id: user.id, type: 'private', first_name: 'U' }, text },
      },
    });
  }

  /** The id of the last message the bot sent in these calls (to press a button under it). */
  lastSentId(calls: ApiCallRecord[]): number {
    const sent = calls.filter((c) => c.method === 'sendMessage');
    const id = this.messageIds.get(sent[sent.length - 1]!);
    if (id === undefined) throw new Error('no message was sent');
    return id;
  }

  async handle(update: Omit<Update, 'update_id'>): Promise<ApiCallRecord[]> {
    const before = this.calls.length;
    await this.bot.handleUpdate({ update_id: this.updateId++, ...update });
    return this.calls.slice(before);
  }

  private from(user: User) {
    return { id: user.id, is_bot: false, first_name: 'U', language_code: user.language_code };
  }

  /** Makes a channel known to getChat, by its @username and its id. */
  addChat(chat: {
    id: number;
    username?: string;
    type?: string;
    title: string;
    botStatus?: 'administrator' | 'member' | 'left';
    canPost?: boolean;
  }): void {
    const entry = { type: 'channel', ...chat };
    this.chats.set(String(chat.id), entry);
    if (chat.username) this.chats.set(`@${chat.username}`, entry);
  }

  async close(): Promise<void> {
    await this.database.close();
  }
}

/** The texts the bot sent or edited in answer, in order. */
export function texts(calls: ApiCallRecord[]): string[] {
  return calls
    .filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText')
    .map((c) => String(c.payload.text));
}

/** Callback data of every inline button in the calls, flattened. */
export function buttons(calls: ApiCallRecord[]): { text: string; data?: string; url?: string }[] {
  return calls.flatMap((c) => {
    const markup = c.payload.reply_markup as
      { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][] } | undefined;
    return (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data, url: b.url }));
  });
}
