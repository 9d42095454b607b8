import type { Context } from 'grammy';
import type { I18nFlavor } from '@grammyjs/i18n';
import type { SubscriberRow } from '../db/schema/index.ts';
import type { Language } from '../domain/language.ts';

/** What every handler knows about the chat it answers, loaded once per update. */
export interface SubscriberState {
  subscriber: SubscriberRow | undefined;
  language: Language;
  isAdmin: boolean;
}

export type BotContext = Context & I18nFlavor & { subscriber: SubscriberState };
