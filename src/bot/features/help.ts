import { Composer } from 'grammy';
import { USER_COMMANDS } from '../commands-menu.ts';
import type { BotContext } from '../context.ts';

/** /help: every command with its one-line description, in the reader's language. */
export function helpFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('help', async (ctx) => {
    const lines = USER_COMMANDS.map(({ command, descriptionKey }) => `/${command} — ${ctx.t(descriptionKey)}`);
    await ctx.reply(`${ctx.t('help-intro')}\n\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });
  return composer;
}
