import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueOutbox } from '../../../src/db/queries/outbox.ts';
import { outbox, outboxAttempts } from '../../../src/db/schema/index.ts';
import { BotApiEmulator } from '../../support/bot-api-emulator.ts';
import { startDrainProcess } from '../../support/drainer-process.ts';
import { eventually } from '../../support/eventually.ts';
import { backendName, useSharedDatabase } from '../../support/test-database.ts';
import { e2eTimeout } from '../../support/vestka-process.ts';

// One Telegram per process, so that who sent what is known exactly, whatever the machine's speed.
let killed: BotApiEmulator;
let successor: BotApiEmulator;
const database = useSharedDatabase();
beforeAll(async () => {
  // Each answer takes 40 ms, so several sends are in flight when the process is killed.
  killed = await BotApiEmulator.start({ latencyMs: 40 });
  successor = await BotApiEmulator.start();
});
afterAll(async () => {
  await killed.stop();
  await successor.stop();
});

const CHATS = 300;
const SENT_BEFORE_KILL = 60;
const chatsOf = (emulator: BotApiEmulator) => new Set(emulator.sent.map((m) => m.chat_id));

describe(`a drainer process killed with SIGKILL mid-run (${backendName()})`, () => {
  it(
    'loses nothing: a second process sends the rest, and a row arrives twice only if it was sent but not yet recorded',
    async () => {
      await database.use((d) =>
        enqueueOutbox(
          d.db,
          Array.from({ length: CHATS }, (_, n) => ({
            chatId: 10_000 + n,
            kind: 'alert' as const,
            dedupKey: `crash:${n}`,
            text: `alert ${n}`,
          })),
        ),
      );
      // After 60 messages this Telegram stops answering: the process is caught mid-run however fast it is,
      // with sends in flight, outcomes not yet written, and rows claimed but not tried.
      killed.addFault((method) =>
        method === 'sendMessage' && killed.sent.length >= SENT_BEFORE_KILL ? 'timeout' : undefined,
      );
      const env = { DELIVERY_RATE: '300' };
      // Leases far longer than the test: none runs out by the clock, the test ends them below.
      const first = startDrainProcess(killed, database, ['--lease-seconds', '600'], env);
      await first.waitForLog(/drainer ready/);
      await eventually(() => killed.timedOut > 0, 'the first process to have sends in flight');
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe(null);
      // Requests that reached the killed process's Telegram are all answered or held before counting.
      await eventually(
        () => killed.sent.length + killed.timedOut === killed.calls.filter((c) => c.method === 'sendMessage').length,
        "the killed process's requests to be handled",
      );
      expect(killed.sent.length).toBeLessThan(CHATS);
      // The killed process's leases run out now (as they would after --lease-seconds).
      await database.use((d) =>
        d.db
          .update(outbox)
          .set({ leaseUntil: sql`now() - interval '1 second'` })
          .where(eq(outbox.status, 'sending')),
      );

      const second = startDrainProcess(successor, database, ['--until-empty', '--lease-seconds', '600'], env);
      expect(await second.exited, second.printed()).toBe(0);

      const before = chatsOf(killed);
      const after = chatsOf(successor);
      for (let n = 0; n < CHATS; n++) expect(before.has(10_000 + n) || after.has(10_000 + n), `chat ${n}`).toBe(true);
      expect(successor.sent).toHaveLength(after.size); // the successor sent nothing twice
      const twice = [...before].filter((chat) => after.has(chat)).sort();

      await database.use(async (d) => {
        const rows = await d.db.select().from(outbox);
        expect(rows.every((r) => r.status === 'sent')).toBe(true);
        const reaped = new Set(
          (await d.db.select().from(outboxAttempts).where(eq(outboxAttempts.outcome, 'lease_expired'))).map(
            (a) => a.outboxId,
          ),
        );
        const reapedChats = new Set(rows.filter((r) => reaped.has(r.id)).map((r) => r.chatId));
        // At least the sends held in flight were taken back when their lease ran out.
        expect(reaped.size).toBeGreaterThan(0);
        // Exactly the rows the killed process had sent but not recorded (their lease ran out) went twice.
        expect(twice).toEqual([...before].filter((chat) => reapedChats.has(chat)).sort());
      });
    },
    e2eTimeout(2),
  );
});
