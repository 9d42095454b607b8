import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { sendOutcomeOf } from '../../src/telegram/send-outcome.ts';

/** Errors exactly as grammY builds them from Telegram's JSON answers. */
function telegramError(body: {
  error_code: number;
  description: string;
  parameters?: Record<string, number>;
}): GrammyError {
  return new GrammyError(
    `Call to 'sendMessage' failed! (${body.error_code}: ${body.description})`,
    { ok: false, ...body },
    'sendMessage',
    {},
  );
}

describe('sendOutcomeOf: the one place Telegram errors become outcomes', () => {
  it.each([
    [
      { error_code: 429, description: 'Too Many Requests: retry after 35', parameters: { retry_after: 35 } },
      { kind: 'rate_limited', retryAfterSeconds: 35 },
    ],
    [
      { error_code: 429, description: 'Too Many Requests: retry after 0', parameters: { retry_after: 0 } },
      { kind: 'rate_limited', retryAfterSeconds: 1 },
    ],
    [{ error_code: 403, description: 'Forbidden: bot was blocked by the user' }, { kind: 'blocked' }],
    [{ error_code: 403, description: 'Forbidden: user is deactivated' }, { kind: 'blocked' }],
    [{ error_code: 403, description: 'Forbidden: bot was kicked from the channel chat' }, { kind: 'blocked' }],
    [{ error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" }, { kind: 'blocked' }],
    [{ error_code: 403, description: 'Forbidden: a wording Telegram introduces tomorrow' }, { kind: 'blocked' }],
    [{ error_code: 400, description: 'Bad Request: chat not found' }, { kind: 'blocked' }],
    [{ error_code: 400, description: 'Bad Request: PEER_ID_INVALID' }, { kind: 'blocked' }],
    [
      { error_code: 400, description: 'Bad Request: need administrator rights in the channel chat' },
      { kind: 'blocked' },
    ],
    [
      {
        error_code: 400,
        description: 'Bad Request: group chat was upgraded to a supergroup chat',
        parameters: { migrate_to_chat_id: -1001234567890 },
      },
      { kind: 'migrated', toChatId: -1001234567890 },
    ],
    [
      { error_code: 400, description: 'Bad Request: message is too long' },
      { kind: 'rejected', reason: 'Bad Request: message is too long' },
    ],
    [
      {
        error_code: 400,
        description: 'Bad Request: can\'t parse entities: Unsupported start tag "br" at byte offset 12',
      },
      { kind: 'rejected' },
    ],
    [{ error_code: 400, description: 'Bad Request: chat not found, and more' }, { kind: 'rejected' }],
    [{ error_code: 413, description: 'Request Entity Too Large' }, { kind: 'rejected' }],
    [
      { error_code: 500, description: 'Internal Server Error' },
      { kind: 'transient', errorCode: 500 },
    ],
    [
      { error_code: 502, description: 'Bad Gateway' },
      { kind: 'transient', errorCode: 502 },
    ],
    [
      { error_code: 401, description: 'Unauthorized' },
      { kind: 'transient', errorCode: 401 },
    ],
  ])('%j → %j', (body, expected) => {
    expect(sendOutcomeOf(telegramError(body))).toMatchObject(expected);
  });

  it('treats a network failure as transient, naming the cause but never the URL (which holds the token)', () => {
    const refused = Object.assign(new Error('request to http://127.0.0.1:9/bot123:SECRET/sendMessage failed'), {
      code: 'ECONNREFUSED',
    });
    const outcome = sendOutcomeOf(new HttpError("Network request for 'sendMessage' failed!", refused));
    expect(outcome).toEqual({ kind: 'transient', errorCode: null, detail: 'network: ECONNREFUSED' });
    const timeout = sendOutcomeOf(
      new HttpError(
        "Network request for 'sendMessage' failed!",
        new Error("Request to 'sendMessage' timed out after 15 seconds"),
      ),
    );
    expect(timeout).toEqual({ kind: 'transient', errorCode: null, detail: 'network: timeout' });
  });

  it('treats anything else thrown as transient, so a row is retried and not lost', () => {
    expect(sendOutcomeOf(new TypeError('boom'))).toMatchObject({ kind: 'transient', detail: 'unexpected: TypeError' });
  });
});
