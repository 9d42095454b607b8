import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import { answer } from './answer.ts';
import { readJsonBody } from './request-body.ts';

/**
 * Telegram's updates are a few kilobytes; the largest real ones (a long message quoting another,
 * with entities) stay far below this. 1 MiB leaves room for any of them and bounds what an
 * attacker who knows the secret can make the process hold per request.
 */
export const WEBHOOK_MAX_BODY_BYTES = 1024 * 1024;

/** Telegram waits for our answer; a slow handler is answered 200 anyway and finishes on its own. */
const ANSWER_WITHIN_MS = 10_000;

export interface TelegramWebhookOptions {
  secret: string;
  handleUpdate: (update: Update) => Promise<void>;
  maxBodyBytes?: number;
}

/**
 * The webhook: the secret header is checked before a byte of the body is read (401), the body is
 * bounded (413) and must be a JSON update (400). A well-formed update is answered 200 once handled
 * (a failing handler is the bot's error to log, as in polling mode, not a reason to make Telegram
 * send the update again).
 */
export function telegramWebhook(
  options: TelegramWebhookOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const expected = digest(options.secret);
  const maxBytes = options.maxBodyBytes ?? WEBHOOK_MAX_BODY_BYTES;
  return async (req, res) => {
    const given = req.headers['x-telegram-bot-api-secret-token'];
    if (typeof given !== 'string' || !timingSafeEqual(digest(given), expected)) return answer(res, 401, 'unauthorized');
    const body = await readJsonBody(req, maxBytes);
    if (body.kind === 'aborted') return void res.destroy();
    if (body.kind === 'too_large') return answer(res, 413, `the body is over ${maxBytes} bytes`);
    if (body.kind === 'malformed') return answer(res, 400, 'the body is not JSON');
    if (!isUpdate(body.value)) return answer(res, 400, 'the body is not a Telegram update');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<void>((resolve) => (timer = setTimeout(resolve, ANSWER_WITHIN_MS)));
    await Promise.race([options.handleUpdate(body.value), slow]).finally(() => clearTimeout(timer));
    res.writeHead(200).end();
  };
}

/** Equal-length digests, so the comparison takes the same time whatever was sent. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function isUpdate(value: unknown): value is Update {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const id = (value as { update_id?: unknown }).update_id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0;
}
