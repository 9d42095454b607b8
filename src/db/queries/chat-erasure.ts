import { and, count, eq, inArray, lt, or } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { follows, outbox, subscribers } from '../schema/index.ts';

export interface ChatErasure {
  follows: number;
  pendingNames: number;
  queuedMessages: number;
  settings: boolean;
}

/**
 * Erases everything stored for one chat; call it inside a transaction. Messages not yet sent are
 * counted (the user is told how many); records of messages already sent say that the chat was told
 * something, so they go too. Deleting the subscriber cascades to follows and to every table that
 * hangs off subscribers.
 */
export async function eraseChat(db: Db, chatId: number): Promise<ChatErasure> {
  const [subscriber] = await db
    .select({ id: subscribers.id })
    .from(subscribers)
    .where(eq(subscribers.chatId, chatId))
    .for('update');
  let people = 0;
  let pending = 0;
  if (subscriber) {
    const [row] = await db
      .select({ people: count(follows.prisonerId), all: count() })
      .from(follows)
      .where(eq(follows.subscriberId, subscriber.id));
    people = row?.people ?? 0;
    pending = (row?.all ?? 0) - people;
  }
  const mine = subscriber
    ? or(eq(outbox.chatId, chatId), eq(outbox.subscriberId, subscriber.id))
    : eq(outbox.chatId, chatId);
  const queued = await db
    .delete(outbox)
    .where(and(mine, inArray(outbox.status, ['pending', 'sending'])))
    .returning({ id: outbox.id });
  await db.delete(outbox).where(eq(outbox.chatId, chatId));
  if (subscriber) await db.delete(subscribers).where(eq(subscribers.id, subscriber.id));
  return { follows: people, pendingNames: pending, queuedMessages: queued.length, settings: subscriber !== undefined };
}

/** Chats Telegram said are gone (blocked us, deleted) since before `cutoff`, and not back since. */
export async function chatsGoneSince(db: Db, cutoff: Date): Promise<number[]> {
  const rows = await db
    .select({ chatId: subscribers.chatId })
    .from(subscribers)
    .where(and(eq(subscribers.active, false), lt(subscribers.inactiveSince, cutoff)));
  return rows.map((r) => r.chatId);
}
