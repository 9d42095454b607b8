import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueOutbox } from '../../src/db/queries/outbox.ts';
import { BotApiEmulator } from '../support/bot-api-emulator.ts';
import { sharedDatabase, type SharedDatabase } from '../support/drainer-process.ts';
import { VestkaProcess } from '../support/vestka-process.ts';

let emulator: BotApiEmulator;
let database: SharedDatabase;
beforeAll(async () => {
  emulator = await BotApiEmulator.start();
  database = await sharedDatabase();
});
afterAll(async () => {
  await emulator.stop();
  await database.close();
});

describe('the real program delivers its outbox', () => {
  it('sends what was queued once the bot is up, counts it on /metrics, and stops cleanly', async () => {
    await database.use((d) => enqueueOutbox(d.db, [{ chatId: 7101, kind: 'alert', dedupKey: 'e2e:1', text: '<b>Released</b> &amp; home' }]));
    const proc = VestkaProcess.start({ BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, ...database.env });
    try {
      const ready = await proc.waitForLog(/^ready/);
      const message = await emulator.waitForMessage((m) => m.chat_id === 7101);
      expect(message.plain).toBe('Released & home');
      // Telegram (the emulator) has the message a moment before the drainer has its answer recorded.
      let metrics = '';
      for (let tries = 0; tries < 50 && !/^vestka_outbox_depth\{kind="alert",status="sending"\} 0$/m.test(metrics); tries++) {
        await new Promise((r) => setTimeout(r, 100));
        metrics = await (await fetch(`http://127.0.0.1:${Number(ready.metrics)}/metrics`)).text();
      }
      expect(metrics).toContain('vestka_outbox_sent_total{kind="alert"} 1');
      expect(metrics).toMatch(/^vestka_outbox_depth\{kind="alert",status="pending"\} 0$/m);
    } finally {
      expect(await proc.stop('SIGTERM')).toBe(0);
    }
    expect(emulator.messagesTo(7101)).toHaveLength(1);
  });
});
