import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueOutbox } from '../../src/db/queries/outbox.ts';
import { outbox } from '../../src/db/schema/index.ts';
import { BotApiEmulator } from '../support/bot-api-emulator.ts';
import { useSharedDatabase } from '../support/test-database.ts';
import { VestkaProcess } from '../support/vestka-process.ts';

let emulator: BotApiEmulator;
const database = useSharedDatabase();
beforeAll(async () => {
  emulator = await BotApiEmulator.start();
});
afterAll(async () => emulator.stop());

describe('the real program delivers its outbox', () => {
  it('sends what was queued once the bot is up, records it, and stops cleanly', async () => {
    await database.use((d) =>
      enqueueOutbox(d.db, [{ chatId: 7101, kind: 'alert', dedupKey: 'e2e:1', text: '<b>Released</b> &amp; home' }]),
    );
    const proc = VestkaProcess.start({
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      ...database.env,
    });
    try {
      const ready = await proc.waitForLog(/^ready/);
      const message = await emulator.waitForMessage((m) => m.chat_id === 7101);
      expect(message.plain).toBe('Released & home');
      // /metrics says whether delivery is on time; no counter there moves with the messages themselves.
      const metrics = await (await fetch(`http://127.0.0.1:${Number(ready.metrics)}/metrics`)).text();
      expect(metrics).toContain('vestka_delivery_state{class="alerts",state="on_time"} 1');
      expect(metrics).not.toMatch(/vestka_outbox_sent_total|vestka_outbox_depth/);
    } finally {
      expect(await proc.stop('SIGTERM')).toBe(0);
    }
    // The drainer recorded the delivery before it stopped.
    expect(
      await database.use(async (d) => (await d.db.select({ status: outbox.status }).from(outbox)).map((r) => r.status)),
    ).toEqual(['sent']);
    expect(emulator.messagesTo(7101)).toHaveLength(1);
  });
});
