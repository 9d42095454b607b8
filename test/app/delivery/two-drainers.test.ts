import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueOutbox } from '../../../src/db/queries/outbox.ts';
import { outbox, outboxAttempts } from '../../../src/db/schema/index.ts';
import { BotApiEmulator } from '../../support/bot-api-emulator.ts';
import { startDrainProcess } from '../../support/drainer-process.ts';
import { backendName, useSharedDatabase } from '../../support/test-database.ts';
import { e2eTimeout } from '../../support/vestka-process.ts';

// PGlite is one process by design; only PostgreSQL can have two drainers.
describe.runIf(backendName() === 'postgres')('two drainer processes on one PostgreSQL', () => {
  let emulator: BotApiEmulator;
  const database = useSharedDatabase();
  beforeAll(async () => {
    // Telegram's per-chat limit, with the overall limit out of the way: a second message to a chat
    // inside a second (from either process) would be answered 429.
    emulator = await BotApiEmulator.start({ latencyMs: 15, rateLimit: { perSecond: 10_000, perChatPerSecond: 1 } });
  });
  afterAll(async () => emulator.stop());

  it(
    "never send a row twice, keep each chat's order and its one-a-second gap between them",
    async () => {
      const chats = 250;
      // Queued for later, so that both processes are up before any row is due and both take part.
      const later = new Date(Date.now() + 3_600_000);
      await database.use((d) =>
        enqueueOutbox(
          d.db,
          Array.from({ length: chats * 2 }, (_, n) => ({
            chatId: 20_000 + (n % chats),
            kind: 'alert' as const,
            dedupKey: `two:${n}`,
            text: `${n < chats ? 'first' : 'second'} ${n % chats}`,
            availableAt: later,
          })),
        ),
      );
      // Slow enough (2.5 s at least) that the second process takes part even on a loaded machine.
      const env = { DELIVERY_RATE: '200' };
      // Leases longer than the test: a busy machine never lets one run out mid-send.
      const drainers = [0, 1].map(() =>
        startDrainProcess(emulator, database, ['--until-empty', '--lease-seconds', '600'], env),
      );
      await Promise.all(drainers.map((d) => d.waitForLog(/drainer ready/)));
      await database.use((d) => d.db.update(outbox).set({ availableAt: new Date() }));
      expect(await Promise.all(drainers.map((d) => d.exited))).toEqual([0, 0]);

      const texts = emulator.sent.map((m) => m.plain);
      expect(texts.length).toBe(chats * 2);
      expect(new Set(texts).size).toBe(chats * 2);
      for (let chat = 0; chat < chats; chat++)
        expect(emulator.messagesTo(20_000 + chat).map((m) => m.plain)).toEqual([`first ${chat}`, `second ${chat}`]);
      expect(emulator.rateLimited).toBe(0);
      await database.use(async (d) => {
        const attempts = await d.db.select().from(outboxAttempts);
        expect(attempts.filter((a) => a.outcome === 'sent')).toHaveLength(chats * 2);
        // both processes really took part
        expect(new Set(attempts.map((a) => a.worker)).size).toBe(2);
        expect((await d.db.select().from(outbox)).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
      });
    },
    e2eTimeout(2),
  );
});
