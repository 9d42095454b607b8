import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_MAX_BODY_BYTES } from '../../../src/http/telegram-webhook.ts';
import { announceOnly } from '../../support/announce-only.ts';
import { startUpdate, startWebhookServer, WEBHOOK_SECRET } from '../../support/webhook-server.ts';

/**
 * Hostile requests to the public port, over real HTTP. Each is answered with a plain 4xx, never a
 * 500; none reaches the bot; the body is never read past the limit (an endless body gets its
 * answer, which it could not if the server read on); and the server keeps serving real updates.
 */
let server: Awaited<ReturnType<typeof startWebhookServer>>;
beforeAll(async () => {
  server = await startWebhookServer();
});
afterAll(() => server.close());

const SECRET = { 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET };

function post(
  body: string | Uint8Array | ReadableStream<Uint8Array>,
  headers: Record<string, string> = SECRET,
): Promise<Response> {
  return fetch(server.hook, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  });
}

/** A body that never ends: only a server that stops reading can answer it. */
function endless(): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`{"update_id":1,"pad":"${' '.repeat(65_000)}`);
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
}

/** Headers that announce a body of `length` bytes, and then nothing: the answer must not wait for it. */
const announce = (length: number, headers: Record<string, string> = SECRET) =>
  announceOnly(server.hook, length, headers);

const update = (id: number) => JSON.stringify(startUpdate(id));

describe('abuse: the Telegram webhook', () => {
  it.each([
    ['no secret header', {}],
    ['a wrong secret', { 'x-telegram-bot-api-secret-token': 'webhook-secret-0123456789abcdeX' }],
    ['a secret of another length', { 'x-telegram-bot-api-secret-token': 'short' }],
  ])('refuses %s with 401 and hands nothing to the bot', async (_case, headers) => {
    const response = await post(update(1), headers);
    expect(response.status).toBe(401);
    expect(server.updates).toEqual([]);
  });

  it('refuses an endless body without the secret at once (401), without reading it', async () => {
    expect((await post(endless(), {})).status).toBe(401);
  });

  it('refuses a declared length over the limit (300 MB) with 413 before a byte of it arrives', async () => {
    expect(await announce(300 * 1024 * 1024)).toBe(413);
  });

  it('stops reading an endless body at the limit and answers 413', async () => {
    expect((await post(endless())).status).toBe(413);
  });

  it('answers 413 for one byte over the limit, and takes a real update of exactly the limit', async () => {
    const over = new Uint8Array(WEBHOOK_MAX_BODY_BYTES + 1).fill(0x20);
    expect((await post(over)).status).toBe(413);
    const json = update(7);
    const padded = json.slice(0, -1) + ' '.repeat(WEBHOOK_MAX_BODY_BYTES - json.length) + '}';
    expect(Buffer.byteLength(padded)).toBe(WEBHOOK_MAX_BODY_BYTES);
    expect((await post(padded)).status).toBe(200);
    expect(server.updates.map((u) => u.update_id)).toEqual([7]);
    server.updates.length = 0;
  });

  it.each([
    ['truncated JSON', '{"update_id": 2, "message": '],
    ['an empty body', ''],
    ['text that is not JSON', 'update_id=2'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['100,000 nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['a JSON array', '[{"update_id": 2}]'],
    ['null', 'null'],
    ['a string', '"update"'],
    ['an object without update_id', '{"message": {}}'],
    ['update_id as text', '{"update_id": "2"}'],
    ['a negative update_id', '{"update_id": -2}'],
    ['a fractional update_id', '{"update_id": 2.5}'],
  ])('answers %s with 400', async (_case, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(server.updates).toEqual([]);
  });

  it('does not reveal the webhook path to other methods, nor metrics on the public port', async () => {
    expect((await fetch(server.hook)).status).toBe(404);
    expect((await fetch(`${server.publicBase}/metrics`)).status).toBe(404);
  });

  it('still takes real updates after all of the above', async () => {
    expect((await post(update(9))).status).toBe(200);
    expect(server.updates.map((u) => u.update_id)).toEqual([9]);
  });
});
