import { desc } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { adminAuditLog } from '../schema/index.ts';

/** Every admin action, for the record. Holds ids and decisions, never who follows whom. */
export async function logAdminAction(
  db: Db,
  adminId: number,
  action: string,
  details: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await db.insert(adminAuditLog).values({ adminId, action, details, at });
}

export type AdminActionRow = typeof adminAuditLog.$inferSelect;

/** The latest admin actions, newest first, for /audit. */
export async function recentAdminActions(db: Db, limit: number): Promise<AdminActionRow[]> {
  return db.select().from(adminAuditLog).orderBy(desc(adminAuditLog.id)).limit(limit);
}
