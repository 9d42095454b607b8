import type { Db } from '../../db/database.ts';
import { isStoredAdmin, storedAdminIds } from '../../db/queries/admins.ts';
import { findSubscribersByChatIds } from '../../db/queries/subscribers.ts';
import type { Language } from '../../domain/language.ts';

/** Admins are the ADMIN_IDS of the configuration plus those added at run time with /admin_add. */
export function adminCheck(db: Db, configured: readonly number[]): (userId: number) => Promise<boolean> {
  const fixed = new Set(configured);
  return async (userId) => fixed.has(userId) || (await isStoredAdmin(db, userId));
}

/** Every admin's user id (= their private chat id), for notices such as a held sync run. */
export async function allAdminIds(db: Db, configured: readonly number[]): Promise<number[]> {
  return [...new Set([...configured, ...(await storedAdminIds(db))])];
}

/** Each admin's language for what Vestka tells them (notices, their menu): the one they chose, else the default. */
export async function adminLanguages(
  db: Db,
  ids: readonly number[],
  fallback: Language,
): Promise<Map<number, Language>> {
  const chosen = new Map((await findSubscribersByChatIds(db, ids)).map((s) => [s.chatId, s.language]));
  return new Map(ids.map((id) => [id, chosen.get(id) ?? fallback]));
}
