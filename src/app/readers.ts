import type { Db } from '../db/database.ts';
import { findSubscriberByChatId, upsertSubscriberLanguage } from '../db/queries/subscribers.ts';
import type { SubscriberRow } from '../db/schema/index.ts';
import type { Language } from '../domain/language.ts';

export interface ReaderDefaults {
  language: Language;
  timezone: string;
}

/** The stored settings of a chat, if it ever chose to be stored. */
export function findReader(db: Db, chatId: number): Promise<SubscriberRow | undefined> {
  return findSubscriberByChatId(db, chatId);
}

/** Choosing a language is the first thing Vestka stores about a chat: chat id, language, time zone. */
export function chooseLanguage(db: Db, chatId: number, language: Language, defaults: ReaderDefaults): Promise<SubscriberRow> {
  return upsertSubscriberLanguage(db, chatId, language, defaults.timezone);
}
