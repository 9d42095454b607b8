import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseTelegramHtml } from './telegram-html.ts';
import { PATIENCE_MS } from './eventually.ts';

/**
 * A local stand-in for api.telegram.org: the real program talks HTTP to it exactly as it would to
 * Telegram. It serves getMe, long-polled getUpdates and the sending methods with Telegram's own
 * validation (4,096 characters, HTML parse rules, 64-byte callback data), and can be told to
 * rate-limit, block a chat or fail, so end-to-end tests and benchmarks see Telegram's behaviour.
 */

type Json = Record<string, unknown>;
export interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}
export interface SentMessage {
  message_id: number;
  chat_id: number;
  text: string;
  plain: string;
  parse_mode?: string;
  reply_markup?: Json;
  at: number;
  method: string;
  params: Json;
  /** sendPhoto: whether the picture was uploaded (else sent by file id), and the file id it has. */
  photo?: { uploaded: boolean; fileId: string; bytes: number };
}
export interface ApiCall {
  method: string;
  params: Json;
  at: number;
}

export interface RateLimitOptions {
  /** Sends accepted in any sliding second, all chats together. */
  perSecond: number;
  /** Sends accepted in any sliding second to one private chat. */
  perChatPerSecond: number;
  /** Sends accepted in any sliding minute to one group or channel (negative chat id). */
  perGroupPerMinute?: number;
  /** A fixed retry_after; by default, like Telegram, the seconds until the window has room again. */
  retryAfterSeconds?: number;
}

/** Telegram's documented limits: 30 a second overall, 1 a second to a chat, 20 a minute to a group. */
export const TELEGRAM_RATE_LIMITS: RateLimitOptions = { perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 };

/** What a fault rule may answer: a Telegram error, or 'timeout' (no answer at all; nothing is sent). */
export type EmulatorFault = ApiError | 'timeout';

export interface EmulatorOptions {
  token?: string;
  username?: string;
  /** Answer 429 like Telegram when sends exceed these rates (see TELEGRAM_RATE_LIMITS). Off unless given. */
  rateLimit?: RateLimitOptions;
  /** Artificial latency for every API answer, in ms. */
  latencyMs?: number;
}

export const EMULATOR_TOKEN = '123456789:AAEmulatorTokenForVestkaTests_abcdefgh';

const SEND_METHODS = new Set(['sendMessage', 'sendDocument', 'sendPhoto', 'copyMessage', 'forwardMessage']);

export class BotApiEmulator {
  readonly calls: ApiCall[] = [];
  readonly sent: SentMessage[] = [];
  private readonly updates: Json[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  /** File ids of uploaded photos; a send by an id not here fails as Telegram's would. */
  private readonly fileIds = new Set<string>();
  private readonly waiters = new Set<() => void>();
  private readonly blocked = new Map<number, ApiError>();
  private readonly faults: ((method: string, params: Json) => EmulatorFault | undefined)[] = [];
  private readonly sendTimes: number[] = [];
  private readonly chatSendTimes = new Map<number, number[]>();
  /** Count of 429 answers given, for benchmarks. */
  rateLimited = 0;
  /** When each 429 was given (ms since the epoch). */
  readonly rateLimitedAt: number[] = [];
  /** Requests held without an answer by a 'timeout' fault. */
  timedOut = 0;
  private readonly holdListeners = new Set<(method: string, params: Json) => void>();
  private server!: Server;
  apiRoot = '';

  private constructor(private readonly options: EmulatorOptions) {}

  static async start(options: EmulatorOptions = {}): Promise<BotApiEmulator> {
    const emulator = new BotApiEmulator(options);
    emulator.server = createServer((req, res) => void emulator.handle(req, res));
    // grammY keeps sockets alive in a pool shared by every Api in the process. Node's server would close an
    // idle one after 5 s, and a client reusing it at that instant gets ECONNRESET ("Network request for
    // 'getMe' failed!"): a race a busy machine loses. Telegram keeps them open; so does the emulator.
    emulator.server.keepAliveTimeout = 0;
    await new Promise<void>((resolve) => emulator.server.listen(0, '127.0.0.1', resolve));
    emulator.apiRoot = `http://127.0.0.1:${(emulator.server.address() as AddressInfo).port}`;
    return emulator;
  }

  get token(): string {
    return this.options.token ?? EMULATOR_TOKEN;
  }

  get botInfo() {
    return {
      id: Number(this.token.split(':')[0]),
      is_bot: true as const,
      first_name: 'Vestka',
      username: this.options.username ?? 'vestka_test_bot',
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
  }

  async stop(): Promise<void> {
    for (const wake of this.waiters) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues an update for getUpdates; returns its update_id. */
  pushUpdate(update: Json): number {
    const update_id = this.nextUpdateId++;
    this.updates.push({ update_id, ...update });
    this.wake();
    return update_id;
  }

  /** A private-chat text message from a user, as Telegram would deliver it. */
  userSends(text: string, user: { id: number; language_code?: string; first_name?: string } = { id: 5001 }): number {
    const entities = text.startsWith('/')
      ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }]
      : undefined;
    return this.pushUpdate({
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        text,
        entities,
        chat: { id: user.id, type: 'private', first_name: user.first_name ?? 'User' },
        from: { id: user.id, is_bot: false, first_name: user.first_name ?? 'User', language_code: user.language_code },
      },
    });
  }

  /** A user tapping an inline button under one of the bot's messages. */
  userPresses(
    message: SentMessage,
    data: string,
    user: { id: number; language_code?: string } = { id: message.chat_id },
  ): number {
    return this.pushUpdate({
      callback_query: {
        id: String(this.nextUpdateId * 7919),
        chat_instance: 'ci',
        data,
        from: { id: user.id, is_bot: false, first_name: 'User', language_code: user.language_code },
        message: {
          message_id: message.message_id,
          date: Math.floor(message.at / 1000),
          chat: { id: message.chat_id, type: 'private' },
          text: message.plain,
        },
      },
    });
  }

  /** Makes every send to this chat fail like a chat that blocked the bot (or another error). */
  block(
    chatId: number,
    error: ApiError = { error_code: 403, description: 'Forbidden: bot was blocked by the user' },
  ): void {
    this.blocked.set(chatId, error);
  }

  /** Adds a fault rule consulted before every call; return an error to fail that call, or 'timeout' to never answer it. */
  addFault(rule: (method: string, params: Json) => EmulatorFault | undefined): void {
    this.faults.push(rule);
  }

  messagesTo(chatId: number): SentMessage[] {
    return this.sent.filter((m) => m.chat_id === chatId);
  }

  /** Resolves with the first sent message that satisfies the predicate (already sent or arriving). */
  /**
   * Tells `listener` of each request a 'timeout' fault holds, so that a client in this process can give
   * up on it at once (test/support/test-drainer.ts) instead of waiting out a clock. Returns the unsubscribe.
   */
  onHeld(listener: (method: string, params: Json) => void): () => void {
    this.holdListeners.add(listener);
    return () => this.holdListeners.delete(listener);
  }

  async waitForMessage(predicate: (m: SentMessage) => boolean, timeoutMs = PATIENCE_MS): Promise<SentMessage> {
    return this.waitFor(() => this.sent.find(predicate), timeoutMs, 'a message');
  }

  async waitForCall(
    method: string,
    predicate: (c: ApiCall) => boolean = () => true,
    timeoutMs = PATIENCE_MS,
  ): Promise<ApiCall> {
    return this.waitFor(
      () => this.calls.find((c) => c.method === method && predicate(c)),
      timeoutMs,
      `a ${method} call`,
    );
  }

  private async waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline)
        throw new Error(
          `Timed out after ${timeoutMs} ms waiting for ${what}; sent so far: ${JSON.stringify(this.sent.map((m) => m.plain.slice(0, 80)))}`,
        );
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private wake(): void {
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Telegram counts a request when it arrives, not after our artificial latency.
    const receivedAt = Date.now();
    const match = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? '');
    if (!match) return this.reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    if (match[1] !== this.token)
      return this.reply(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = match[2]!;
    let params: Json;
    try {
      params = await readParams(req);
    } catch {
      return this.reply(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid request body' });
    }
    this.calls.push({ method, params, at: Date.now() });
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    for (const rule of this.faults) {
      const error = rule(method, params);
      if (error === 'timeout') {
        // Like a Telegram that never answers: the client's own timeout has to end the request.
        this.timedOut++;
        for (const listener of this.holdListeners) listener(method, params);
        return;
      }
      if (error) return this.fail(res, error);
    }
    try {
      const result = await this.call(method, params, receivedAt);
      if (isApiError(result)) return this.fail(res, result);
      this.reply(res, 200, { ok: true, result });
    } catch (error) {
      this.fail(res, { error_code: 500, description: `Internal Server Error: ${String(error)}` });
    }
  }

  private fail(res: ServerResponse, error: ApiError): void {
    this.reply(res, error.error_code, { ok: false, ...error });
  }

  private reply(res: ServerResponse, status: number, body: Json): void {
    if (res.writableEnded) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private async call(method: string, p: Json, receivedAt = Date.now()): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return this.botInfo;
      case 'getUpdates':
        return this.getUpdates(p);
      case 'deleteWebhook':
      case 'setWebhook':
      case 'setMyCommands':
      case 'setChatMenuButton':
      case 'answerInlineQuery':
      case 'sendChatAction':
      case 'deleteMessage':
        return true;
      case 'answerCallbackQuery':
        if (typeof p.text === 'string' && p.text.length > 200) return bad('MESSAGE_TOO_LONG');
        return true;
      case 'getChat':
        return { id: Number(p.chat_id), type: Number(p.chat_id) < 0 ? 'channel' : 'private', title: 'Chat' };
      case 'getChatMember':
        return {
          status: 'administrator',
          user: { id: Number(p.user_id), is_bot: true, first_name: 'Vestka' },
          can_post_messages: true,
        };
      case 'sendMessage':
      case 'editMessageText':
        return this.sendText(method, p, receivedAt);
      case 'sendPhoto':
        return this.sendPhoto(p, receivedAt);
      default:
        return true;
    }
  }

  private async getUpdates(p: Json): Promise<Json[]> {
    const offset = Number(p.offset ?? 0);
    if (offset > 0) while (this.updates.length > 0 && Number(this.updates[0]!.update_id) < offset) this.updates.shift();
    const limit = Math.min(Number(p.limit ?? 100), 100);
    if (this.updates.length === 0 && Number(p.timeout ?? 0) > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Number(p.timeout) * 1000);
        this.waiters.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.updates.slice(0, limit);
  }

  private sendText(method: string, p: Json, receivedAt: number): unknown {
    const chatId = Number(p.chat_id);
    if (!Number.isFinite(chatId) || chatId === 0) return bad('chat not found');
    const blocked = this.blocked.get(chatId);
    if (blocked) return blocked;
    if (SEND_METHODS.has(method)) {
      const limited = this.checkRate(chatId, receivedAt);
      if (limited) return limited;
    }
    const raw = typeof p.text === 'string' ? p.text : '';
    let plain = raw;
    if (p.parse_mode === 'HTML') {
      const parsed = parseTelegramHtml(raw);
      if (!parsed.ok) return { error_code: 400, description: parsed.error };
      plain = parsed.text;
    } else if (p.parse_mode !== undefined) {
      return bad('unsupported parse_mode in the emulator');
    }
    if (plain.trim().length === 0) return bad('message text is empty');
    if (plain.length > 4096) return bad('message is too long');
    const markupError = checkReplyMarkup(p.reply_markup);
    if (markupError) return bad(markupError);
    const message_id = method === 'editMessageText' ? Number(p.message_id) : this.nextMessageId++;
    const sent: SentMessage = {
      message_id,
      chat_id: chatId,
      text: raw,
      plain,
      parse_mode: p.parse_mode,
      reply_markup: parseMaybeJson(p.reply_markup) as Json | undefined,
      at: Date.now(),
      method,
      params: p,
    };
    this.sent.push(sent);
    return {
      message_id,
      date: Math.floor(sent.at / 1000),
      chat: { id: chatId, type: chatId < 0 ? 'channel' : 'private' },
      text: plain,
    };
  }

  /** A photo by upload (multipart, `attach://` reference) or by a file id this emulator gave out. */
  private sendPhoto(p: Json, receivedAt: number): unknown {
    const chatId = Number(p.chat_id);
    if (!Number.isFinite(chatId) || chatId === 0) return bad('chat not found');
    const blocked = this.blocked.get(chatId);
    if (blocked) return blocked;
    const limited = this.checkRate(chatId, receivedAt);
    if (limited) return limited;
    const ref = typeof p.photo === 'string' ? p.photo : '';
    let photo: NonNullable<SentMessage['photo']>;
    if (ref.startsWith('attach://')) {
      const bytes = p[ref.slice('attach://'.length)];
      if (typeof bytes !== 'string' || bytes.length === 0) return bad('there is no photo in the request');
      photo = { uploaded: true, fileId: `photo-${this.nextMessageId}`, bytes: bytes.length };
      this.fileIds.add(photo.fileId);
    } else if (this.fileIds.has(ref)) {
      photo = { uploaded: false, fileId: ref, bytes: 0 };
    } else {
      return bad('wrong file identifier/HTTP URL specified');
    }
    const raw = typeof p.caption === 'string' ? p.caption : '';
    let plain = raw;
    if (p.parse_mode === 'HTML') {
      const parsed = parseTelegramHtml(raw);
      if (!parsed.ok) return { error_code: 400, description: parsed.error };
      plain = parsed.text;
    }
    if (plain.length > 1024) return bad('message caption is too long');
    const message_id = this.nextMessageId++;
    const sent: SentMessage = {
      message_id,
      chat_id: chatId,
      text: raw,
      plain,
      parse_mode: p.parse_mode as string | undefined,
      at: Date.now(),
      method: 'sendPhoto',
      params: p,
      photo,
    };
    this.sent.push(sent);
    // Telegram answers the sizes it made, smallest first; the largest keeps the uploaded file's id here.
    return {
      message_id,
      date: Math.floor(sent.at / 1000),
      chat: { id: chatId, type: chatId < 0 ? 'channel' : 'private' },
      caption: plain,
      photo: [
        { file_id: `${photo.fileId}-small`, file_unique_id: 's', width: 320, height: 188 },
        { file_id: photo.fileId, file_unique_id: 'l', width: 1712, height: 1004 },
      ],
    };
  }

  private checkRate(chatId: number, now: number): ApiError | undefined {
    const limit = this.options.rateLimit;
    if (!limit) return undefined;
    while (this.sendTimes.length > 0 && this.sendTimes[0]! <= now - 1000) this.sendTimes.shift();
    const isGroup = chatId < 0 && limit.perGroupPerMinute !== undefined;
    const window = isGroup ? 60_000 : 1000;
    const perChat = isGroup ? limit.perGroupPerMinute! : limit.perChatPerSecond;
    const times = (this.chatSendTimes.get(chatId) ?? []).filter((t) => t > now - window);
    let freeAt: number | undefined;
    if (this.sendTimes.length >= limit.perSecond)
      freeAt = this.sendTimes[this.sendTimes.length - limit.perSecond]! + 1000;
    if (times.length >= perChat) freeAt = Math.max(freeAt ?? 0, times[times.length - perChat]! + window);
    if (freeAt !== undefined) {
      this.rateLimited++;
      this.rateLimitedAt.push(now);
      const retry_after = limit.retryAfterSeconds ?? Math.max(1, Math.ceil((freeAt - now) / 1000));
      return {
        error_code: 429,
        description: `Too Many Requests: retry after ${retry_after}`,
        parameters: { retry_after },
      };
    }
    this.sendTimes.push(now);
    times.push(now);
    this.chatSendTimes.set(chatId, times);
    return undefined;
  }
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'error_code' in value && 'description' in value;
}

function bad(what: string): ApiError {
  return { error_code: 400, description: `Bad Request: ${what}` };
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function checkReplyMarkup(markup: unknown): string | undefined {
  const m = parseMaybeJson(markup) as
    { inline_keyboard?: { text?: string; callback_data?: string; url?: string }[][] } | undefined;
  if (!m?.inline_keyboard) return undefined;
  for (const row of m.inline_keyboard) {
    for (const button of row) {
      if (!button.text) return 'BUTTON_TEXT_EMPTY';
      if (
        button.callback_data !== undefined &&
        (Buffer.byteLength(button.callback_data, 'utf8') > 64 || button.callback_data.length === 0)
      )
        return 'BUTTON_DATA_INVALID';
      if (button.url !== undefined && !/^(https?|tg):\/\//.test(button.url)) return 'BUTTON_URL_INVALID';
    }
  }
  return undefined;
}

async function readParams(req: IncomingMessage): Promise<Json> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const params: Json = Object.fromEntries(url.searchParams);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  if (!body) return params;
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return { ...params, ...(JSON.parse(body) as Json) };
  if (type.includes('application/x-www-form-urlencoded'))
    return { ...params, ...Object.fromEntries(new URLSearchParams(body)) };
  if (type.includes('multipart/form-data')) {
    const boundary = /boundary=(.+)$/.exec(type)?.[1];
    if (boundary) {
      for (const part of body.split(`--${boundary}`)) {
        const name = /name="([^"]+)"/.exec(part)?.[1];
        if (!name) continue;
        const value = part.split('\r\n\r\n').slice(1).join('\r\n\r\n').replace(/\r\n$/, '');
        params[name] = value;
      }
    }
    return params;
  }
  return params;
}
