import type { MiddlewareFn } from 'grammy';
import { subscriberWritingNow } from '../../app/subscribers/subscribers.ts';
import type { Db } from '../../db/database.ts';
import { languageFromTelegram, type Language } from '../../domain/language.ts';
import type { BotContext } from '../context.ts';

export interface SubscriberDeps {
  db: Db;
  defaultLanguage: Language;
  isAdmin: (userId: number) => Promise<boolean>;
}

/** Loads the chat's stored settings (if any; a chat that had blocked the bot is active again) and decides the language of the answer. */
export function loadSubscriber(deps: SubscriberDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chatId = ctx.chat?.id;
    const subscriber =
      chatId !== undefined && ctx.chat?.type === 'private' ? await subscriberWritingNow(deps.db, chatId) : undefined;
    const language = subscriber?.language ?? languageFromTelegram(ctx.from?.language_code, deps.defaultLanguage);
    const isAdmin = ctx.from !== undefined ? await deps.isAdmin(ctx.from.id) : false;
    ctx.subscriber = { subscriber, language, isAdmin };
    await next();
  };
}
