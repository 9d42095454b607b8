import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

/** /privacy: exactly what is stored and how to erase it. */
export function privacyFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('privacy', async (ctx) => {
    await ctx.reply(ctx.t('privacy-text'), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });
  return composer;
}
