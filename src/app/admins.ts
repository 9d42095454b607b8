import type { Db } from '../db/database.ts';
import { isStoredAdmin, storedAdminIds } from '../db/queries/admins.ts';

/** Admins are the ADMIN_IDS of the configuration plus those added at run time with /admin_add. */
export function adminCheck(db: Db, configured: readonly number[]): (userId: number) => Promise<boolean> {
  const fixed = new Set(configured);
  return async (userId) => fixed.has(userId) || (await isStoredAdmin(db, userId));
}

/** Every admin's user id (= their private chat id), for notices such as a held sync run. */
export async function allAdminIds(db: Db, configured: readonly number[]): Promise<number[]> {
  return [...new Set([...configured, ...(await storedAdminIds(db))])];
}
