import { limit } from '@grammyjs/ratelimiter';
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.ts';

export interface FloodLimit {
  /** Messages one user may send in one window; twice as many button taps, four times as many inline queries. */
  updates: number;
  windowMs: number;
}

/** Five messages in three seconds: more than a person types, less than a script sends. */
export const DEFAULT_FLOOD_LIMIT: FloodLimit = { updates: 5, windowMs: 3000 };

type Limited = BotContext & { floodLimited?: boolean };

/**
 * Per-user flood limit for private messages, button taps and inline queries (@grammyjs/ratelimiter,
 * in memory, per process). Updates over the limit are dropped; the user is told politely once per
 * window, in their language; a dropped button tap is still answered so its spinner stops. Admins are
 * not limited (they paste long lists and press many buttons).
 */
export function floodLimit(settings: FloodLimit): MiddlewareFn<BotContext> {
  const userOf = (ctx: Limited, applies: boolean) =>
    applies && !ctx.subscriber.isAdmin ? ctx.from?.id.toString() : undefined;
  const flag = (ctx: Limited) => void (ctx.floodLimited = true);
  const messages = limit<Limited, never>({
    timeFrame: settings.windowMs,
    limit: settings.updates,
    alwaysReply: true,
    keyPrefix: 'message:',
    onLimitExceeded: flag,
    keyGenerator: (ctx) => userOf(ctx, ctx.chat?.type === 'private' && ctx.message !== undefined),
  });
  // Working down /list (✕, then "yes") takes more taps than typing takes messages.
  const taps = limit<Limited, never>({
    timeFrame: settings.windowMs,
    limit: settings.updates * 2,
    alwaysReply: true,
    keyPrefix: 'tap:',
    onLimitExceeded: flag,
    keyGenerator: (ctx) => userOf(ctx, ctx.callbackQuery !== undefined),
  });
  // Each keystroke in "@bot name" is a query; a burst beyond this is a script, not a person typing.
  const inline = limit<Limited, never>({
    timeFrame: settings.windowMs,
    limit: settings.updates * 4,
    keyPrefix: 'inline:',
    keyGenerator: (ctx) => userOf(ctx, ctx.inlineQuery !== undefined),
  });
  const told = new Map<number, number>();

  return async (ctx: Limited, next) => {
    await messages(ctx, () => taps(ctx, () => inline(ctx, next)));
    if (!ctx.floodLimited) return;
    if (ctx.callbackQuery) return void (await ctx.answerCallbackQuery({ text: ctx.t('input-flood') }));
    const user = ctx.from!.id;
    const now = Date.now();
    if (now - (told.get(user) ?? -Infinity) < settings.windowMs) return;
    if (told.size > 10_000) for (const [id, at] of told) if (now - at >= settings.windowMs) told.delete(id);
    told.set(user, now);
    await ctx.reply(ctx.t('input-flood'));
  };
}
