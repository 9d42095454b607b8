import { describe, expect, it } from 'vitest';
import { enqueueOutbox } from '../../src/db/queries/outbox.ts';
import { outbox } from '../../src/db/schema/index.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';

const database = useTestDatabase();

describe(`enqueueOutbox (${backendName()})`, () => {
  it('queues each logical message once, however often the deciding code runs', async () => {
    const message = { chatId: 1, kind: 'alert' as const, dedupKey: 'alert:1:1', text: 'x' };
    expect(await enqueueOutbox(database.db, [message, { ...message, dedupKey: 'alert:1:2', chatId: 2 }])).toBe(2);
    expect(await enqueueOutbox(database.db, [message])).toBe(0);
    expect(await database.db.select().from(outbox)).toHaveLength(2);
  });

  it('gives personal alerts a higher priority than bulk kinds', async () => {
    await enqueueOutbox(database.db, [
      { chatId: 1, kind: 'digest', dedupKey: 'd', text: 'x' },
      { chatId: 1, kind: 'grave_alert', dedupKey: 'g', text: 'x' },
      { chatId: 1, kind: 'alert', dedupKey: 'a', text: 'x' },
    ]);
    const rows = await database.db.select().from(outbox).orderBy(outbox.priority);
    expect(rows.map((r) => r.kind)).toEqual(['grave_alert', 'alert', 'digest']);
  });

  it('rolls back with the transaction that decided to send', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueOutbox(tx, [{ chatId: 1, kind: 'alert', dedupKey: 'r', text: 'x' }]);
        throw new Error('decision failed');
      }),
    ).rejects.toThrow('decision failed');
    expect(await database.db.select().from(outbox)).toEqual([]);
  });
});
