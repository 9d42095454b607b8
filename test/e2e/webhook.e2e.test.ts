import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceOnly } from '../support/announce-only.ts';
import { BotApiEmulator } from '../support/bot-api-emulator.ts';
import { VestkaProcess } from '../support/vestka-process.ts';

let emulator: BotApiEmulator;
let dataDir: string;
beforeAll(async () => {
  emulator = await BotApiEmulator.start();
  dataDir = mkdtempSync(join(tmpdir(), 'vestka-e2e-'));
});
afterAll(async () => {
  await emulator.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const SECRET = 'webhook-secret-0123456789abcdef';

describe('webhook mode', () => {
  it('registers the webhook, takes updates only with the secret header, serves /healthz publicly and /metrics only on the metrics listener', async () => {
    const proc = VestkaProcess.start({
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      DATA_DIR: dataDir,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://vestka.example.org/tg/hook',
      WEBHOOK_SECRET: SECRET,
    });
    try {
      const ready = await proc.waitForLog(/^ready/);
      expect(ready.mode).toBe('webhook');
      const setWebhook = await emulator.waitForCall('setWebhook');
      expect(setWebhook.params).toMatchObject({ url: 'https://vestka.example.org/tg/hook', secret_token: SECRET });
      const base = `http://127.0.0.1:${Number(ready.http)}`;
      const update = {
        update_id: 1,
        message: {
          message_id: 1,
          date: 0,
          text: '/start',
          entities: [{ type: 'bot_command', offset: 0, length: 6 }],
          chat: { id: 8001, type: 'private' },
          from: { id: 8001, is_bot: false, first_name: 'U', language_code: 'en' },
        },
      };

      const forged = await fetch(`${base}/tg/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(update),
      });
      expect(forged.status).toBe(401);
      const real = await fetch(`${base}/tg/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
      });
      expect(real.status).toBe(200);
      const welcome = await emulator.waitForMessage((m) => m.chat_id === 8001);
      expect(welcome.plain).toContain('Choose your language');
      expect(emulator.messagesTo(8001)).toHaveLength(1); // the forged update did nothing

      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      expect(ready.metrics).not.toBe(ready.http);
      expect(await (await fetch(`http://127.0.0.1:${Number(ready.metrics)}/metrics`)).text()).toContain(
        'process_cpu_seconds_total',
      );

      // Hostile bodies that carry the secret: bounded, refused plainly, and the bot carries on.
      const post = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
        fetch(`${base}/tg/hook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET, ...headers },
          body,
        });
      expect((await post('{"update_id": 2, "message": ')).status).toBe(400);
      // An oversized body is announced and never sent: the answer comes from the headers. (Sending 2 MiB
      // races the server closing the connection at 1 MiB: on a busy machine the client's write failed
      // with EPIPE before it read the 413. Streaming bodies are in test/abuse/http/webhook.test.ts.)
      expect(
        await announceOnly(`${base}/tg/hook`, 2 * 1024 * 1024, { 'x-telegram-bot-api-secret-token': SECRET }),
      ).toBe(413);
      const again = await post(
        JSON.stringify({
          ...update,
          update_id: 3,
          message: {
            ...update.message,
            message_id: 2,
            chat: { id: 8002, type: 'private' },
            from: { ...update.message.from, id: 8002 },
          },
        }),
      );
      expect(again.status).toBe(200);
      await emulator.waitForMessage((m) => m.chat_id === 8002);
    } finally {
      expect(await proc.stop()).toBe(0);
    }
  });

  it('a second process on the same embedded data directory refuses to start instead of corrupting it', async () => {
    const env = { BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, DATA_DIR: dataDir };
    const first = VestkaProcess.start(env);
    try {
      await first.waitForLog(/^ready/);
      const second = VestkaProcess.start(env);
      expect(await second.exited).toBe(1);
      // One plain line naming the owner: no stack trace.
      expect(second.stderr.join('')).toMatch(
        new RegExp(
          `^Vestka cannot start: The data directory \\S+ is in use by another Vestka process \\(pid ${first.child.pid}\\)\\. Stop it first, or set DATA_DIR to another directory\\.\\n$`,
        ),
      );
    } finally {
      await first.stop();
    }
  });
});
