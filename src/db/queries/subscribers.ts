import { and, eq, inArray } from 'drizzle-orm';
import type { Language } from '../../domain/language.ts';
import type { Db } from '../database.ts';
import { subscribers, type SubscriberRow } from '../schema/index.ts';

export async function findSubscriberByChatId(db: Db, chatId: number): Promise<SubscriberRow | undefined> {
  const [row] = await db.select().from(subscribers).where(eq(subscribers.chatId, chatId)).limit(1);
  return row;
}

/** Creates the subscriber on first contact that needs storing, or updates the language. */
export async function upsertSubscriberLanguage(
  db: Db,
  chatId: number,
  language: Language,
  timezone: string,
): Promise<SubscriberRow> {
  const [row] = await db
    .insert(subscribers)
    .values({ chatId, language, timezone })
    .onConflictDoUpdate({ target: subscribers.chatId, set: { language, active: true, inactiveSince: null } })
    .returning();
  return row!;
}

/** Stored settings of several chats at once (admins' languages for notices). */
export async function findSubscribersByChatIds(db: Db, chatIds: readonly number[]): Promise<SubscriberRow[]> {
  if (chatIds.length === 0) return [];
  return db
    .select()
    .from(subscribers)
    .where(inArray(subscribers.chatId, [...chatIds]));
}

/** A chat that had blocked us (or was gone) wrote again: it gets messages again and is not erased. */
export async function reactivateSubscriber(db: Db, subscriberId: number): Promise<SubscriberRow | undefined> {
  const [row] = await db
    .update(subscribers)
    .set({ active: true, inactiveSince: null })
    .where(eq(subscribers.id, subscriberId))
    .returning();
  return row;
}

/** Active chats of these types that asked for release announcements. */
export async function findAnnouncementChats(
  db: Db,
  types: readonly ('private' | 'channel')[],
): Promise<Pick<SubscriberRow, 'id' | 'chatId' | 'language'>[]> {
  return db
    .select({ id: subscribers.id, chatId: subscribers.chatId, language: subscribers.language })
    .from(subscribers)
    .where(
      and(eq(subscribers.announcements, true), eq(subscribers.active, true), inArray(subscribers.chatType, [...types])),
    );
}
