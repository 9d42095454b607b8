import { Composer, InlineKeyboard } from 'grammy';
import { chooseLanguage, type SubscriberDefaults } from '../../app/subscribers/subscribers.ts';
import type { RegisterSetup } from '../../app/sync/register-setup.ts';
import type { Db } from '../../db/database.ts';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../domain/language.ts';
import { onCallback } from '../callback-data.ts';
import { CALLBACKS } from '../callbacks.ts';
import type { BotContext } from '../context.ts';

export function languageKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const language of LANGUAGES) keyboard.text(LANGUAGE_NAMES[language], CALLBACKS.chooseLanguage.build(language));
  return keyboard;
}

/** /start and /language: what Vestka does, the privacy summary, and the language choice. */
export function startFeature(deps: {
  db: Db;
  defaults: SubscriberDefaults;
  setup: () => Promise<RegisterSetup>;
}): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChat = composer.chatType('private');

  privateChat.command('start', async (ctx) => {
    // An admin of a fresh installation learns why nobody can be found, and what to do about it.
    const setup = ctx.subscriber.isAdmin ? await deps.setup() : undefined;
    const notice =
      setup?.state === 'no_source'
        ? ctx.t('start-admin-no-source')
        : setup?.state === 'awaiting_sync'
          ? ctx.t('start-admin-awaiting-sync', { sources: setup.sources.join(', ') })
          : undefined;
    const parts = [
      ctx.t('start-welcome'),
      ctx.t('start-privacy-short'),
      ...(notice ? [notice] : []),
      ctx.t('start-choose-language'),
    ];
    await ctx.reply(parts.join('\n\n'), {
      parse_mode: 'HTML',
      reply_markup: languageKeyboard(),
    });
  });

  privateChat.command('language', async (ctx) => {
    await ctx.reply(ctx.t('start-choose-language'), { parse_mode: 'HTML', reply_markup: languageKeyboard() });
  });

  onCallback(privateChat, CALLBACKS.chooseLanguage, async (ctx, language) => {
    if (!isLanguage(language)) return ctx.answerCallbackQuery();
    await chooseLanguage(deps.db, ctx.chat.id, language, deps.defaults);
    ctx.subscriber.language = language;
    await ctx.i18n.renegotiateLocale();
    await ctx.answerCallbackQuery({ text: ctx.t('language-set') });
    await ctx.editMessageText(`${ctx.t('language-set')}\n\n${ctx.t('start-next-steps')}`, { parse_mode: 'HTML' });
  });

  return composer;
}
