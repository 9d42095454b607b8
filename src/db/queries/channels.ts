import { and, asc, eq } from 'drizzle-orm';
import type { Language } from '../../domain/language.ts';
import type { Db } from '../database.ts';
import { subscribers, type SubscriberRow } from '../schema/index.ts';
import type { SettingsPatch } from './subscriber-settings.ts';

const isChannel = eq(subscribers.chatType, 'channel');

/** Links a channel: a subscriber row of type channel, digest on. Undefined if it was already linked. */
export async function insertChannel(
  db: Db, channel: { chatId: number; language: Language; timezone: string; linkedBy: number; now: Date },
): Promise<SubscriberRow | undefined> {
  const [row] = await db
    .insert(subscribers)
    .values({
      chatId: channel.chatId, chatType: 'channel', language: channel.language, timezone: channel.timezone, linkedBy: channel.linkedBy,
      digestEnabled: true, digestEnabledAt: channel.now, announcements: true,
    })
    .onConflictDoNothing({ target: subscribers.chatId })
    .returning();
  return row;
}

export async function findChannel(db: Db, chatId: number): Promise<SubscriberRow | undefined> {
  const [row] = await db.select().from(subscribers).where(and(eq(subscribers.chatId, chatId), isChannel));
  return row;
}

export function listChannels(db: Db): Promise<SubscriberRow[]> {
  return db.select().from(subscribers).where(isChannel).orderBy(asc(subscribers.id));
}

export async function updateChannel(db: Db, chatId: number, patch: SettingsPatch & { language?: Language; active?: boolean }): Promise<SubscriberRow | undefined> {
  const [row] = await db.update(subscribers).set(patch).where(and(eq(subscribers.chatId, chatId), isChannel)).returning();
  return row;
}

/** Unlinks a channel; what was queued for it goes with it (the outbox rows cascade). */
export async function deleteChannel(db: Db, chatId: number): Promise<boolean> {
  const rows = await db.delete(subscribers).where(and(eq(subscribers.chatId, chatId), isChannel)).returning({ id: subscribers.id });
  return rows.length > 0;
}
