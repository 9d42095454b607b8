import { describe, expect, it } from 'vitest';
import { forgetChat } from '../../../src/app/subscribers/forget.ts';
import { followPendingName, followPrisoner } from '../../../src/app/follows/follows.ts';
import { changeSetting } from '../../../src/app/subscribers/subscriber-settings.ts';
import { createDiskErasure } from '../../../src/db/disk-erasure.ts';
import { enqueueOutbox } from '../../../src/db/queries/outbox.ts';
import { follows, outbox, prisoners, subscribers } from '../../../src/db/schema/index.ts';
import { eq } from 'drizzle-orm';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();

const forgetting = () => ({ db: database.db, disk: createDiskErasure(database) });
const NONE = { decision: 'none' as const, candidates: [], hints: {} };
const noMatch = { search: { search: () => Promise.resolve(NONE), searchMany: () => Promise.resolve([]) } };

async function someone(name: string): Promise<number> {
  const [row] = await database.db
    .insert(prisoners)
    .values({ nameEn: name, status: 'imprisoned' })
    .returning({ id: prisoners.id });
  return row!.id;
}

describe(`/forget (${backendName()})`, () => {
  it('erases the subscriber, every follow and pending name, and what was queued for that chat, and says how much', async () => {
    const deps = { db: database.db, followLimit: 20, timezone: 'Europe/Minsk', ...noMatch };
    const chat = { chatId: 601, language: 'ru' as const };
    for (const name of ['Ales Bialiatski', 'Maryia Kalesnikava']) await followPrisoner(deps, chat, await someone(name));
    await followPendingName(deps, chat, 'Ihar Losik');
    await changeSetting(database.db, chat, 'Europe/Minsk', { setting: 'discreet', on: true });
    const other = await followPrisoner(deps, { chatId: 602, language: 'en' }, await someone('Mikalai Statkevich'));
    const [mine] = await database.db.select().from(subscribers).where(eq(subscribers.chatId, 601));
    await enqueueOutbox(database.db, [
      { chatId: 601, subscriberId: mine!.id, kind: 'alert', dedupKey: 'a1', text: 'pending alert' },
      { chatId: 601, subscriberId: mine!.id, kind: 'digest', dedupKey: 'a2', text: 'being sent' },
      { chatId: 601, subscriberId: mine!.id, kind: 'alert', dedupKey: 'a3', text: 'already sent' },
      { chatId: 601, kind: 'notice', dedupKey: 'a4', text: 'queued without a subscriber link' },
      { chatId: 602, kind: 'alert', dedupKey: 'b1', text: "someone else's" },
    ]);
    await database.db
      .update(outbox)
      .set({ status: 'sending', leaseUntil: new Date() })
      .where(eq(outbox.dedupKey, 'a2'));
    await database.db.update(outbox).set({ status: 'sent', settledAt: new Date() }).where(eq(outbox.dedupKey, 'a3'));

    expect(await forgetChat(forgetting(), 601)).toEqual({
      follows: 2,
      pendingNames: 1,
      queuedMessages: 3,
      settings: true,
    });

    expect(await database.db.select().from(subscribers).where(eq(subscribers.chatId, 601))).toEqual([]);
    expect((await database.db.select().from(outbox)).map((r) => r.dedupKey)).toEqual(['b1']);
    const left = await database.db.select().from(follows);
    expect(left.map((f) => f.id)).toEqual([other.outcome === 'followed' ? other.followId : -1]);
  });

  it('says nothing was stored for a chat that never stored anything, and erases nothing else', async () => {
    await enqueueOutbox(database.db, [{ chatId: 604, kind: 'alert', dedupKey: 'c1', text: 'x' }]);
    expect(await forgetChat(forgetting(), 603)).toEqual({
      follows: 0,
      pendingNames: 0,
      queuedMessages: 0,
      settings: false,
    });
    expect(await database.db.select().from(outbox)).toHaveLength(1);
  });

  it('leaves nothing behind: following again starts from scratch', async () => {
    const deps = { db: database.db, followLimit: 20, timezone: 'Europe/Minsk', ...noMatch };
    await changeSetting(database.db, { chatId: 605, language: 'be' }, 'Europe/Minsk', {
      setting: 'quiet',
      hours: { from: 22, to: 8 },
    });
    await forgetChat(forgetting(), 605);
    await followPrisoner(deps, { chatId: 605, language: 'en' }, await someone('Ales Bialiatski'));
    expect(await database.db.select().from(subscribers)).toEqual([
      expect.objectContaining({ chatId: 605, language: 'en', quietFrom: null, discreet: false }),
    ]);
  });
});
