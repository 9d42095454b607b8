import { eq } from 'drizzle-orm';
import type { Language } from '../../domain/language.ts';
import type { Db } from '../database.ts';
import { subscribers, type SubscriberRow } from '../schema/index.ts';

/**
 * The subscriber of a private chat, created on the first action that needs storing (a follow, a
 * setting) with only what delivery needs. A chat that had blocked us and writes again is active
 * again. Inside a transaction the row stays locked until commit, which serialises one user's
 * concurrent follows (the per-user limit cannot be overrun by two quick taps).
 */
export async function ensureSubscriber(
  db: Db,
  chatId: number,
  language: Language,
  timezone: string,
): Promise<SubscriberRow> {
  const [row] = await db
    .insert(subscribers)
    .values({ chatId, language, timezone, chatType: 'private' })
    .onConflictDoUpdate({ target: subscribers.chatId, set: { active: true, inactiveSince: null } })
    .returning();
  return row!;
}

export type SettingsPatch = Partial<
  Pick<
    SubscriberRow,
    | 'discreet'
    | 'quietFrom'
    | 'quietTo'
    | 'wakeForGrave'
    | 'protectContent'
    | 'announcements'
    | 'timezone'
    | 'digestEnabled'
    | 'digestEnabledAt'
    | 'digestHour'
    | 'digestFrequency'
    | 'digestWeekday'
    | 'digestScope'
    | 'digestSendEmpty'
    | 'digestChart'
    | 'digestBirthdays'
  >
>;

export async function updateSubscriberSettings(
  db: Db,
  subscriberId: number,
  patch: SettingsPatch,
): Promise<SubscriberRow> {
  const [row] = await db.update(subscribers).set(patch).where(eq(subscribers.id, subscriberId)).returning();
  return row!;
}
