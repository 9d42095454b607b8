import { eq } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { admins } from '../schema/index.ts';

export async function isStoredAdmin(db: Db, userId: number): Promise<boolean> {
  const rows = await db.select({ userId: admins.userId }).from(admins).where(eq(admins.userId, userId)).limit(1);
  return rows.length > 0;
}

export async function storedAdminIds(db: Db): Promise<number[]> {
  return (await db.select({ userId: admins.userId }).from(admins)).map((r) => r.userId);
}

/** Adds a run-time admin; false if they already were one. */
export async function insertAdmin(db: Db, userId: number, addedBy: number, at: Date): Promise<boolean> {
  const rows = await db.insert(admins).values({ userId, addedBy, addedAt: at }).onConflictDoNothing().returning({ userId: admins.userId });
  return rows.length > 0;
}
