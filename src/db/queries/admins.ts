import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { admins } from '../schema/index.ts';

export type AdminRow = typeof admins.$inferSelect;

export async function isStoredAdmin(db: Db, userId: number): Promise<boolean> {
  const rows = await db
    .select({ userId: admins.userId })
    .from(admins)
    .where(and(eq(admins.userId, userId), eq(admins.status, 'active')))
    .limit(1);
  return rows.length > 0;
}

/** Admins added at run time and approved (pending additions are not admins). */
export async function storedAdminIds(db: Db): Promise<number[]> {
  return (await db.select({ userId: admins.userId }).from(admins).where(eq(admins.status, 'active'))).map(
    (r) => r.userId,
  );
}

/**
 * The same, after taking a transaction-wide lock on admin changes: two admins removing each other at
 * once, or one admin adding two people at once, are serialised, so the count that keeps the last
 * admin (or decides whether an addition needs approval) is never read stale. A lock rather than
 * `for update`: with only ADMIN_IDS there are no rows to lock.
 */
export async function lockStoredAdminIds(tx: Db): Promise<number[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('vestka:admins'))`);
  return storedAdminIds(tx);
}

export async function findAdminRow(db: Db, userId: number): Promise<AdminRow | undefined> {
  const [row] = await db.select().from(admins).where(eq(admins.userId, userId));
  return row;
}

export async function listAdminRows(db: Db): Promise<AdminRow[]> {
  return db.select().from(admins).orderBy(admins.addedAt);
}

/** Adds a run-time admin, active or waiting for approval; false if the user already has a row. */
export async function insertAdmin(
  db: Db,
  row: { userId: number; addedBy: number; at: Date; status: 'active' | 'pending' },
): Promise<boolean> {
  const rows = await db
    .insert(admins)
    .values({ userId: row.userId, addedBy: row.addedBy, addedAt: row.at, status: row.status })
    .onConflictDoNothing()
    .returning({ userId: admins.userId });
  return rows.length > 0;
}

/** A pending addition becomes an admin; false if it was no longer pending (approved or withdrawn meanwhile). */
export async function approvePendingAdmin(db: Db, userId: number, approvedBy: number): Promise<boolean> {
  const rows = await db
    .update(admins)
    .set({ status: 'active', approvedBy })
    .where(and(eq(admins.userId, userId), eq(admins.status, 'pending')))
    .returning({ userId: admins.userId });
  return rows.length > 0;
}

/** Withdraws the additions an admin asked for and nobody approved yet; how many. */
export async function deletePendingRequestedBy(db: Db, requestedBy: number): Promise<number> {
  return (
    await db
      .delete(admins)
      .where(and(eq(admins.addedBy, requestedBy), eq(admins.status, 'pending')))
      .returning({ userId: admins.userId })
  ).length;
}

export async function deleteAdmin(db: Db, userId: number, status: 'active' | 'pending'): Promise<boolean> {
  const rows = await db
    .delete(admins)
    .where(and(eq(admins.userId, userId), eq(admins.status, status)))
    .returning({ userId: admins.userId });
  return rows.length > 0;
}
