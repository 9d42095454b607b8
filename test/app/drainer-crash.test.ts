import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDefaults } from '../../src/app/drainer-options.ts';
import { enqueueOutbox } from '../../src/db/queries/outbox.ts';
import { outbox, outboxAttempts } from '../../src/db/schema/index.ts';
import { BotApiEmulator } from '../support/bot-api-emulator.ts';
import { startDrainProcess } from '../support/drainer-process.ts';
import { backendName, useSharedDatabase } from '../support/test-database.ts';

let emulator: BotApiEmulator;
const database = useSharedDatabase();
beforeAll(async () => {
  // Each answer takes 40 ms, so several sends are in flight when the process is killed.
  emulator = await BotApiEmulator.start({ latencyMs: 40 });
});
afterAll(async () => emulator.stop());

const CHATS = 300;
const RATE = 300;
// The drainer's default at this rate (about 150 ms of sending).
const MAX_IN_FLIGHT = withDefaults({ worker: 'x', ratePerSecond: RATE, paidRatePerSecond: 1000, paidBroadcast: false }).maxInFlight;

describe(`a drainer process killed with SIGKILL mid-run (${backendName()})`, () => {
  it('loses nothing: a second process sends the rest, and only rows in flight at the kill can arrive twice', async () => {
    await database.use((d) => enqueueOutbox(d.db, Array.from({ length: CHATS }, (_, n) => ({ chatId: 10_000 + n, kind: 'alert' as const, dedupKey: `crash:${n}`, text: `alert ${n}` }))));
    const env = { DELIVERY_RATE: String(RATE) };
    const first = startDrainProcess(emulator, database, ['--lease-seconds', '2'], env);
    await first.waitForLog(/drainer ready/);
    await emulator.waitForMessage(() => emulator.sent.length >= 60, 20_000);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe(null);
    const atKill = emulator.sent.length;
    expect(atKill).toBeLessThan(CHATS);

    const second = startDrainProcess(emulator, database, ['--until-empty', '--lease-seconds', '2'], env);
    expect(await second.exited).toBe(0);

    const copies = new Map<number, number>();
    for (const m of emulator.sent) copies.set(m.chat_id, (copies.get(m.chat_id) ?? 0) + 1);
    for (let n = 0; n < CHATS; n++) expect(copies.get(10_000 + n), `chat ${n}`).toBeGreaterThanOrEqual(1);
    const twice = [...copies].filter(([, count]) => count > 1).map(([chat]) => chat);

    await database.use(async (d) => {
      const rows = await d.db.select().from(outbox);
      expect(rows.every((r) => r.status === 'sent')).toBe(true);
      const reaped = new Set((await d.db.select().from(outboxAttempts).where(eq(outboxAttempts.outcome, 'lease_expired'))).map((a) => a.outboxId));
      const reapedChats = new Set(rows.filter((r) => reaped.has(r.id)).map((r) => r.chatId));
      // The bound: a duplicate is a row the killed process held whose send had started but whose
      // outcome was not yet written: at most its in-flight sends plus the outcomes of the last
      // ~0.25 s awaiting their batched write.
      for (const chat of twice) expect(reapedChats.has(chat), `chat ${chat} received twice but was not in flight`).toBe(true);
      expect(twice.length).toBeLessThanOrEqual(MAX_IN_FLIGHT + RATE * 0.25);
      expect(reaped.size).toBeGreaterThan(0);
    });
  }, 60_000);
});
