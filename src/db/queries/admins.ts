import { and, eq } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { admins } from '../schema/index.ts';

export type AdminRow = typeof admins.$inferSelect;

export async function isStoredAdmin(db: Db, userId: number): Promise<boolean> {
  const rows = await db.select({ userId: admins.userId }).from(admins).where(and(eq(admins.userId, userId), eq(admins.status, 'active'))).limit(1);
  return rows.length > 0;
}

/** Admins added at run time and approved (pending additions are not admins). */
export async function storedAdminIds(db: Db): Promise<number[]> {
  return (await db.select({ userId: admins.userId }).from(admins).where(eq(admins.status, 'active'))).map((r) => r.userId);
}

/**
 * The same, locking those rows until the transaction ends: two admins removing each other at once
 * are serialised, so the count that keeps the last admin is never read stale.
 */
export async function lockStoredAdminIds(tx: Db): Promise<number[]> {
  return (await tx.select({ userId: admins.userId }).from(admins).where(eq(admins.status, 'active')).for('update')).map((r) => r.userId);
}

export async function findAdminRow(db: Db, userId: number): Promise<AdminRow | undefined> {
  const [row] = await db.select().from(admins).where(eq(admins.userId, userId));
  return row;
}

export async function listAdminRows(db: Db): Promise<AdminRow[]> {
  return db.select().from(admins).orderBy(admins.addedAt);
}

/** Adds a run-time admin, active or waiting for approval; false if the user already has a row. */
export async function insertAdmin(db: Db, row: { userId: number; addedBy: number; at: Date; status: 'active' | 'pending' }): Promise<boolean> {
  const rows = await db.insert(admins).values({ userId: row.userId, addedBy: row.addedBy, addedAt: row.at, status: row.status }).onConflictDoNothing().returning({ userId: admins.userId });
  return rows.length > 0;
}

/** A pending addition becomes an admin; false if it was no longer pending (approved or withdrawn meanwhile). */
export async function approvePendingAdmin(db: Db, userId: number, approvedBy: number): Promise<boolean> {
  const rows = await db.update(admins).set({ status: 'active', approvedBy }).where(and(eq(admins.userId, userId), eq(admins.status, 'pending'))).returning({ userId: admins.userId });
  return rows.length > 0;
}

export async function deleteAdmin(db: Db, userId: number, status: 'active' | 'pending'): Promise<boolean> {
  const rows = await db.delete(admins).where(and(eq(admins.userId, userId), eq(admins.status, status))).returning({ userId: admins.userId });
  return rows.length > 0;
}
