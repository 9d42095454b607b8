import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Language } from '../../domain/language.ts';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';
import { channelFollows, prisoners, subscribers, type SubscriberRow } from '../schema/index.ts';
import type { SettingsPatch } from './subscriber-settings.ts';

const isChannel = eq(subscribers.chatType, 'channel');

/** Links a channel: a subscriber row of type channel, digest on. Undefined if it was already linked. */
export async function insertChannel(
  db: Db,
  channel: { chatId: number; language: Language; timezone: string; linkedBy: number; now: Date },
): Promise<SubscriberRow | undefined> {
  const [row] = await db
    .insert(subscribers)
    .values({
      chatId: channel.chatId,
      chatType: 'channel',
      language: channel.language,
      timezone: channel.timezone,
      linkedBy: channel.linkedBy,
      digestEnabled: true,
      digestEnabledAt: channel.now,
      announcements: true,
    })
    .onConflictDoNothing({ target: subscribers.chatId })
    .returning();
  return row;
}

export async function findChannel(db: Db, chatId: number): Promise<SubscriberRow | undefined> {
  const [row] = await db
    .select()
    .from(subscribers)
    .where(and(eq(subscribers.chatId, chatId), isChannel));
  return row;
}

export async function findChannelById(db: Db, id: number): Promise<SubscriberRow | undefined> {
  const [row] = await db
    .select()
    .from(subscribers)
    .where(and(eq(subscribers.id, id), isChannel));
  return row;
}

export function listChannels(db: Db): Promise<SubscriberRow[]> {
  return db.select().from(subscribers).where(isChannel).orderBy(asc(subscribers.id));
}

export async function updateChannel(
  db: Db,
  chatId: number,
  patch: SettingsPatch & { language?: Language; active?: boolean },
): Promise<SubscriberRow | undefined> {
  const [row] = await db
    .update(subscribers)
    .set(patch)
    .where(and(eq(subscribers.chatId, chatId), isChannel))
    .returning();
  return row;
}

/** Unlinks a channel; what was queued for it goes with it (the outbox rows cascade). */
export async function deleteChannel(db: Db, chatId: number): Promise<boolean> {
  const rows = await db
    .delete(subscribers)
    .where(and(eq(subscribers.chatId, chatId), isChannel))
    .returning({ id: subscribers.id });
  return rows.length > 0;
}

/** One person on a channel's own list. */
export interface ChannelListEntry {
  prisonerId: number;
  nameBe: string | null;
  nameRu: string | null;
  nameEn: string | null;
}

/** The lists of these channels, each oldest first (the numbers /channels shows). */
export async function channelLists(db: Db, channelIds: readonly number[]): Promise<Map<number, ChannelListEntry[]>> {
  const out = new Map<number, ChannelListEntry[]>(channelIds.map((id) => [id, []]));
  if (channelIds.length === 0) return out;
  const rows = await db
    .select({
      channelId: channelFollows.channelId,
      prisonerId: channelFollows.prisonerId,
      nameBe: prisoners.nameBe,
      nameRu: prisoners.nameRu,
      nameEn: prisoners.nameEn,
    })
    .from(channelFollows)
    .innerJoin(prisoners, eq(prisoners.id, channelFollows.prisonerId))
    .where(inArray(channelFollows.channelId, [...channelIds]))
    .orderBy(asc(channelFollows.createdAt), asc(channelFollows.prisonerId));
  for (const { channelId, ...entry } of rows) out.get(channelId)?.push(entry);
  return out;
}

export async function countChannelFollows(db: Db, channelId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(channelFollows).where(eq(channelFollows.channelId, channelId));
  return row?.n ?? 0;
}

/** Adds a person to a channel's list; false if they were on it already. */
export async function insertChannelFollow(db: Db, channelId: number, prisonerId: number): Promise<boolean> {
  const rows = await db
    .insert(channelFollows)
    .values({ channelId, prisonerId })
    .onConflictDoNothing()
    .returning({ id: channelFollows.prisonerId });
  return rows.length > 0;
}

export async function deleteChannelFollow(db: Db, channelId: number, prisonerId: number): Promise<boolean> {
  const rows = await db
    .delete(channelFollows)
    .where(and(eq(channelFollows.channelId, channelId), eq(channelFollows.prisonerId, prisonerId)))
    .returning({ id: channelFollows.prisonerId });
  return rows.length > 0;
}

/**
 * Takes the channels whose list the migration reset (channel_list_resets), with their chat ids: one
 * process gets each, because the rows go in the caller's transaction.
 */
export async function takeChannelListResets(tx: Db): Promise<{ channelId: number; chatId: number }[]> {
  const result = await tx.execute(sql`
    delete from channel_list_resets r using subscribers s where s.id = r.channel_id
    returning s.id as channel_id, s.chat_id`);
  return rowsOf<{ channel_id: unknown; chat_id: unknown }>(result).map((r) => ({
    channelId: Number(r.channel_id),
    chatId: Number(r.chat_id),
  }));
}
