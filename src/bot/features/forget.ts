import { Composer, InlineKeyboard } from 'grammy';
import { forgetChat, type ForgetDeps } from '../../app/subscribers/forget.ts';
import { onCallback } from '../callback-data.ts';
import { CALLBACKS } from '../callbacks.ts';
import type { BotContext } from '../context.ts';
import { editOrReply } from '../edit-message.ts';

/**
 * /forget: one confirmation, then everything stored for the chat is erased in one transaction and
 * the user is told exactly what was erased. The answer comes in the language the user was using.
 */
export function forgetFeature(deps: ForgetDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  pm.command('forget', async (ctx) => {
    const keyboard = new InlineKeyboard()
      .text(ctx.t('forget-yes'), CALLBACKS.forget.build('y'))
      .text(ctx.t('forget-no'), CALLBACKS.forget.build('n'));
    await ctx.reply(ctx.t('forget-confirm'), { parse_mode: 'HTML', reply_markup: keyboard });
  });

  onCallback(pm, CALLBACKS.forget, async (ctx, answer) => {
    if (answer === 'n') {
      await ctx.answerCallbackQuery();
      return void (await editOrReply(ctx, ctx.t('forget-cancelled'), { parse_mode: 'HTML' }));
    }
    const erased = await forgetChat(deps, ctx.chat.id);
    await ctx.answerCallbackQuery();
    const anything = erased.settings || erased.follows + erased.pendingNames + erased.queuedMessages > 0;
    const text = anything
      ? ctx.t('forget-done', { follows: erased.follows, pending: erased.pendingNames, queued: erased.queuedMessages })
      : ctx.t('forget-nothing');
    await editOrReply(ctx, text, { parse_mode: 'HTML' });
  });

  return composer;
}
