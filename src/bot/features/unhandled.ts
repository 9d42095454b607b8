import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

/** Last in line: anything no feature took gets a pointer to the commands instead of silence. */
export function unhandledFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').on('message', async (ctx) => {
    await ctx.reply(ctx.t(ctx.message.text?.startsWith('/') ? 'unknown-command' : 'unhandled'), { parse_mode: 'HTML' });
  });
  composer.on('callback_query', async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') });
  });
  return composer;
}
