import { Api } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telegramSender } from '../../src/telegram/telegram-sender.ts';
import { BotApiEmulator, TELEGRAM_RATE_LIMITS } from '../support/bot-api-emulator.ts';

let emulator: BotApiEmulator;
let limited: BotApiEmulator;
beforeAll(async () => {
  emulator = await BotApiEmulator.start();
  limited = await BotApiEmulator.start({ rateLimit: TELEGRAM_RATE_LIMITS });
});
afterAll(async () => {
  await emulator.stop();
  await limited.stop();
});

// Long enough that only a request the emulator never answers times out, however busy the machine.
const senderFor = (e: BotApiEmulator, timeoutSeconds = 60) =>
  telegramSender(new Api(e.token, { apiRoot: e.apiRoot, timeoutSeconds }));

describe('the Telegram sender over real HTTP', () => {
  it('sends HTML with the reply markup and, when asked, as a paid broadcast', async () => {
    const markup = { inline_keyboard: [[{ text: 'Unfollow', callback_data: 'u:1' }]] };
    const outcome = await senderFor(emulator).send({
      chatId: 11,
      html: '<b>Released</b> &amp; home',
      replyMarkup: markup,
      paidBroadcast: true,
    });
    expect(outcome).toMatchObject({ kind: 'sent' });
    const [message] = emulator.messagesTo(11);
    expect(message).toMatchObject({ plain: 'Released & home', parse_mode: 'HTML', reply_markup: markup });
    expect(message!.params.allow_paid_broadcast).toBe(true);
  });

  it('answers 429 at once with retry_after instead of sleeping through it', async () => {
    const sender = senderFor(limited);
    expect(await sender.send({ chatId: 12, html: 'one', paidBroadcast: false })).toMatchObject({ kind: 'sent' });
    expect(await sender.send({ chatId: 12, html: 'two', paidBroadcast: false })).toMatchObject({
      kind: 'rate_limited',
      retryAfterSeconds: 1,
    });
    // Told to wait an hour: a sender that slept through it would not answer within the test's limit.
    emulator.addFault((_method, params) =>
      Number(params.chat_id) === 16
        ? { error_code: 429, description: 'Too Many Requests: retry after 3600', parameters: { retry_after: 3600 } }
        : undefined,
    );
    expect(await senderFor(emulator).send({ chatId: 16, html: 'three', paidBroadcast: false })).toMatchObject({
      kind: 'rate_limited',
      retryAfterSeconds: 3600,
    });
  });

  it('maps a blocked chat, a request that never gets an answer and a bad message', async () => {
    emulator.block(13);
    expect(await senderFor(emulator).send({ chatId: 13, html: 'x', paidBroadcast: false })).toMatchObject({
      kind: 'blocked',
      errorCode: 403,
    });
    emulator.addFault((_method, params) => (Number(params.chat_id) === 14 ? 'timeout' : undefined));
    expect(await senderFor(emulator, 0.3).send({ chatId: 14, html: 'x', paidBroadcast: false })).toEqual({
      kind: 'transient',
      errorCode: null,
      detail: 'network: timeout',
    });
    expect(await senderFor(emulator).send({ chatId: 15, html: '<b>unclosed', paidBroadcast: false })).toMatchObject({
      kind: 'rejected',
      errorCode: 400,
    });
  });
});
