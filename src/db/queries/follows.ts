import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Language } from '../../domain/language.ts';
import type { Db } from '../database.ts';
import { follows, subscribers } from '../schema/index.ts';

/** A chat to tell about a person: only active subscribers (a chat that blocked us gets nothing queued). */
export interface Follower {
  prisonerId: number;
  subscriberId: number;
  chatId: number;
  language: Language;
  discreet: boolean;
}

const CHUNK = 1000;

export async function findFollowers(db: Db, prisonerIds: readonly number[]): Promise<Follower[]> {
  const out: Follower[] = [];
  for (let i = 0; i < prisonerIds.length; i += CHUNK) {
    const rows = await db
      .select({
        prisonerId: follows.prisonerId,
        subscriberId: subscribers.id,
        chatId: subscribers.chatId,
        language: subscribers.language,
        discreet: subscribers.discreet,
      })
      .from(follows)
      .innerJoin(subscribers, eq(subscribers.id, follows.subscriberId))
      .where(and(inArray(follows.prisonerId, prisonerIds.slice(i, i + CHUNK)), eq(subscribers.active, true)));
    for (const row of rows) out.push({ ...row, prisonerId: row.prisonerId! });
  }
  return out;
}

export interface PendingFollow extends Omit<Follower, 'prisonerId'> {
  followId: number;
  pendingName: string;
}

/** Names followed before anyone matching them was on the register. */
export async function findPendingFollows(db: Db): Promise<PendingFollow[]> {
  const rows = await db
    .select({
      followId: follows.id,
      pendingName: follows.pendingName,
      subscriberId: subscribers.id,
      chatId: subscribers.chatId,
      language: subscribers.language,
      discreet: subscribers.discreet,
    })
    .from(follows)
    .innerJoin(subscribers, eq(subscribers.id, follows.subscriberId))
    .where(and(isNull(follows.prisonerId), eq(subscribers.active, true)));
  return rows.map((r) => ({ ...r, pendingName: r.pendingName! }));
}

/**
 * Points a pending follow at the person it waited for. If the subscriber already follows that
 * person, the pending follow is redundant and is removed (an update would break the unique key and
 * abort the whole sync transaction). Returns whether the follow now points at the person.
 */
export async function attachPendingFollow(db: Db, followId: number, prisonerId: number, at: Date): Promise<boolean> {
  const attached = await db
    .update(follows)
    .set({ prisonerId, pendingName: null, attachedAt: at })
    .where(
      and(
        eq(follows.id, followId),
        isNull(follows.prisonerId),
        sql`not exists (select 1 from ${follows} f2 where f2.subscriber_id = ${follows.subscriberId} and f2.prisoner_id = ${prisonerId})`,
      ),
    )
    .returning({ id: follows.id });
  if (attached.length > 0) return true;
  await db.delete(follows).where(and(eq(follows.id, followId), isNull(follows.prisonerId)));
  return false;
}

/** Whoever followed this person waits for the name again (the record is about to go). */
export async function detachFollows(db: Db, prisonerId: number, pendingName: string): Promise<void> {
  await db
    .update(follows)
    .set({ prisonerId: null, pendingName, attachedAt: null })
    .where(eq(follows.prisonerId, prisonerId));
}
