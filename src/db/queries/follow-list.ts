import { and, asc, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { PrisonerStatus } from '../../domain/status.ts';
import type { Db } from '../database.ts';
import { follows, prisoners } from '../schema/index.ts';

/**
 * A user's own follows. Every query here is scoped by the subscriber: nothing in this file can
 * tell who else follows a person, or how many do.
 */
export interface FollowEntry {
  followId: number;
  prisonerId: number | null;
  pendingName: string | null;
  nameBe: string | null;
  nameRu: string | null;
  nameEn: string | null;
  aliases: string[];
  status: PrisonerStatus | null;
  statusSince: string | null;
}

const ENTRY = {
  followId: follows.id,
  prisonerId: follows.prisonerId,
  pendingName: follows.pendingName,
  nameBe: prisoners.nameBe,
  nameRu: prisoners.nameRu,
  nameEn: prisoners.nameEn,
  aliases: prisoners.aliases,
  status: prisoners.status,
  statusSince: prisoners.statusSince,
};

/** Oldest first, so the numbers /list shows stay put while the user works down the list. */
export async function listFollowEntries(db: Db, subscriberId: number): Promise<FollowEntry[]> {
  const rows = await db
    .select(ENTRY)
    .from(follows)
    .leftJoin(prisoners, eq(prisoners.id, follows.prisonerId))
    .where(eq(follows.subscriberId, subscriberId))
    .orderBy(asc(follows.createdAt), asc(follows.id));
  return rows.map((r) => ({ ...r, aliases: r.aliases ?? [] }));
}

export async function findFollowEntry(
  db: Db,
  subscriberId: number,
  followId: number,
): Promise<FollowEntry | undefined> {
  const [row] = await db
    .select(ENTRY)
    .from(follows)
    .leftJoin(prisoners, eq(prisoners.id, follows.prisonerId))
    .where(and(eq(follows.subscriberId, subscriberId), eq(follows.id, followId)));
  return row ? { ...row, aliases: row.aliases ?? [] } : undefined;
}

export async function countFollowsOf(db: Db, subscriberId: number): Promise<{ people: number; pending: number }> {
  const [row] = await db
    .select({ people: count(follows.prisonerId), all: count() })
    .from(follows)
    .where(eq(follows.subscriberId, subscriberId));
  return { people: row?.people ?? 0, pending: (row?.all ?? 0) - (row?.people ?? 0) };
}

export async function findFollowOf(db: Db, subscriberId: number, prisonerId: number): Promise<number | undefined> {
  const [row] = await db
    .select({ id: follows.id })
    .from(follows)
    .where(and(eq(follows.subscriberId, subscriberId), eq(follows.prisonerId, prisonerId)));
  return row?.id;
}

/** The pending follow of this name, compared without regard to case. */
export async function findPendingFollowOf(db: Db, subscriberId: number, name: string): Promise<number | undefined> {
  const [row] = await db
    .select({ id: follows.id })
    .from(follows)
    .where(
      and(
        eq(follows.subscriberId, subscriberId),
        isNull(follows.prisonerId),
        isNotNull(follows.pendingName),
        sql`lower(${follows.pendingName}) = lower(${name})`,
      ),
    );
  return row?.id;
}

export async function insertFollow(db: Db, subscriberId: number, prisonerId: number): Promise<number | undefined> {
  const [row] = await db
    .insert(follows)
    .values({ subscriberId, prisonerId })
    .onConflictDoNothing()
    .returning({ id: follows.id });
  return row?.id;
}

export async function insertPendingFollow(db: Db, subscriberId: number, pendingName: string): Promise<number> {
  const [row] = await db.insert(follows).values({ subscriberId, pendingName }).returning({ id: follows.id });
  return row!.id;
}

export async function deleteFollowOf(db: Db, subscriberId: number, followId: number): Promise<boolean> {
  const rows = await db
    .delete(follows)
    .where(and(eq(follows.subscriberId, subscriberId), eq(follows.id, followId)))
    .returning({ id: follows.id });
  return rows.length > 0;
}

export async function prisonerExists(db: Db, prisonerId: number): Promise<boolean> {
  const [row] = await db.select({ id: prisoners.id }).from(prisoners).where(eq(prisoners.id, prisonerId));
  return row !== undefined;
}
