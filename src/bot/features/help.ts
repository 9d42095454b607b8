import { Composer } from 'grammy';
import { ADMIN_COMMANDS, USER_COMMANDS } from '../commands-menu.ts';
import type { BotContext } from '../context.ts';

/** /help: every command with its one-line description in the subscriber's language (admins also get theirs), and how to make Telegram delete the chat's messages. */
export function helpFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('help', async (ctx) => {
    const list = (commands: typeof USER_COMMANDS) =>
      commands.map(({ command, descriptionKey }) => `/${command} — ${ctx.t(descriptionKey)}`);
    const admin = ctx.subscriber.isAdmin ? ['', ctx.t('help-admin-title'), ...list(ADMIN_COMMANDS)] : [];
    await ctx.reply(
      [ctx.t('help-intro'), '', ...list(USER_COMMANDS), ...admin, '', ctx.t('help-auto-delete')].join('\n'),
      { parse_mode: 'HTML' },
    );
  });
  return composer;
}
