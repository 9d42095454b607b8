import { GrammyError } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { BotContext } from './context.ts';

/**
 * Edits the message a button was tapped under. Telegram answers 400 when the new content is the
 * same as the old (a second tap on a chosen setting), or the message is too old or gone: then the
 * message simply stays as it is; what the tap did is already saved and acknowledged.
 */
export function editTappedMessage(
  ctx: BotContext,
  text: string,
  other: Parameters<BotContext['editMessageText']>[1],
): Promise<boolean> {
  return ignoreStale(() => ctx.editMessageText(text, other));
}

/** Edits the tapped message, or, when it cannot be edited, sends the text as a new one: the user must see it. */
export async function editOrReply(
  ctx: BotContext,
  text: string,
  other: Parameters<BotContext['editMessageText']>[1],
): Promise<void> {
  if (!(await editTappedMessage(ctx, text, other))) await ctx.reply(text, other);
}

/** Replaces the buttons under the message a tap came from. */
export async function replaceKeyboard(ctx: BotContext, keyboard: InlineKeyboardMarkup): Promise<void> {
  await ignoreStale(() => ctx.editMessageReplyMarkup({ reply_markup: keyboard }));
}

async function ignoreStale(edit: () => Promise<unknown>): Promise<boolean> {
  try {
    await edit();
    return true;
  } catch (error) {
    if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
    return false;
  }
}
