import { Composer } from 'grammy';
import { USER_COMMANDS } from '../commands-menu.ts';
import type { BotContext } from '../context.ts';

/** /help: every command with its one-line description, in the reader's language, and how to make Telegram delete the chat's messages. */
export function helpFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('help', async (ctx) => {
    const lines = USER_COMMANDS.map(({ command, descriptionKey }) => `/${command} — ${ctx.t(descriptionKey)}`);
    await ctx.reply(`${ctx.t('help-intro')}\n\n${lines.join('\n')}\n\n${ctx.t('help-auto-delete')}`, { parse_mode: 'HTML' });
  });
  return composer;
}
