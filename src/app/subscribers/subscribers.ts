import type { Db } from '../../db/database.ts';
import {
  findSubscriberByChatId,
  reactivateSubscriber,
  upsertSubscriberLanguage,
} from '../../db/queries/subscribers.ts';
import type { SubscriberRow } from '../../db/schema/index.ts';
import type { Language } from '../../domain/language.ts';

export interface SubscriberDefaults {
  language: Language;
  timezone: string;
}

/** The stored settings of a chat, if it ever chose to be stored. */
export function findSubscriber(db: Db, chatId: number): Promise<SubscriberRow | undefined> {
  return findSubscriberByChatId(db, chatId);
}

/**
 * The subscriber of an update in their private chat. A chat Telegram had reported gone (it blocked the
 * bot) that writes to us has unblocked it: it is active again, and no longer due to be erased 30
 * days after it left.
 */
export async function subscriberWritingNow(db: Db, chatId: number): Promise<SubscriberRow | undefined> {
  const row = await findSubscriberByChatId(db, chatId);
  return row && !row.active ? ((await reactivateSubscriber(db, row.id)) ?? row) : row;
}

/** Choosing a language is the first thing Vestka stores about a chat: chat id, language, time zone. */
export function chooseLanguage(
  db: Db,
  chatId: number,
  language: Language,
  defaults: SubscriberDefaults,
): Promise<SubscriberRow> {
  return upsertSubscriberLanguage(db, chatId, language, defaults.timezone);
}
