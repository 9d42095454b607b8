import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

/**
 * Private messages that cannot hold a typed name: a forwarded message (whatever it contains), a
 * photo, a sticker, a voice message, a file. Each gets a short pointer to what works; nothing is
 * read or stored. Registered late, so a feature that accepts files (an admin's list) sees them first.
 */
export function badInputFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').on('message', async (ctx, next) => {
    if (ctx.message.forward_origin) return void (await ctx.reply(ctx.t('input-forwarded'), { parse_mode: 'HTML' }));
    if (ctx.message.text === undefined) return void (await ctx.reply(ctx.t('input-not-text'), { parse_mode: 'HTML' }));
    await next();
  });
  return composer;
}
