import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyWithSearch, type FollowFeatureDeps } from './follow-view.ts';

/**
 * A name sent as a plain message in a private chat is a search. Registered after every other
 * feature (just before the fallback), so any feature that reads plain text (an admin pasting a
 * release list) gets it first; commands are never taken for names.
 */
export function nameSearchFeature(deps: FollowFeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').on('message:text', async (ctx, next) => {
    if (ctx.message.text.startsWith('/')) return next();
    await replyWithSearch(ctx, deps, ctx.message.text);
  });
  return composer;
}
