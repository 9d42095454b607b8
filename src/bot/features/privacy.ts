import { Composer } from 'grammy';
import type { DiskErasure } from '../../app/subscribers/ports.ts';
import type { BotContext } from '../context.ts';

/**
 * /privacy: exactly what is stored, how to erase it, what then stays on the server's disk and for
 * how long (which depends on the database: `erasure`), and how to make Telegram delete the chat's
 * messages on the phone.
 */
export function privacyFeature(deps: { erasure: DiskErasure['timing'] }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('privacy', async (ctx) => {
    const text = [
      ctx.t('privacy-text'),
      ctx.t(`privacy-disk-${deps.erasure}`),
      ctx.t('privacy-auto-delete'),
      ctx.t('privacy-sources'),
    ].join('\n\n');
    await ctx.reply(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });
  return composer;
}
