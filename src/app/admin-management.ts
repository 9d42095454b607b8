import type { Db } from '../db/database.ts';
import { logAdminAction, recentAdminActions, type AdminActionRow } from '../db/queries/admin-audit.ts';
import { insertAdmin } from '../db/queries/admins.ts';
import type { Clock } from './clock.ts';

export interface AdminManagementDeps {
  db: Db;
  clock: Clock;
}

/** An admin makes another Telegram user an admin; written to the audit log either way. */
export async function addAdmin(deps: AdminManagementDeps, by: number, userId: number): Promise<'added' | 'already'> {
  const now = deps.clock.now();
  const added = await insertAdmin(deps.db, userId, by, now);
  await logAdminAction(deps.db, by, 'admin_add', { userId, added }, now);
  return added ? 'added' : 'already';
}

export const AUDIT_PAGE = 20;

export function latestAdminActions(db: Db): Promise<AdminActionRow[]> {
  return recentAdminActions(db, AUDIT_PAGE);
}
