import { Composer } from 'grammy';
import type { Clock } from '../../domain/clock.ts';
import { readDeliveryHealth } from '../../app/delivery/queue-report.ts';
import type { Db } from '../../db/database.ts';
import { DELIVERY_CLASSES, type DeliveryHealth } from '../../domain/delivery-health.ts';
import type { BotContext } from '../context.ts';

/**
 * /queue, for admins: whether delivery works, for the whole service (no chat, no person, no figure
 * that moves with one batch). Anyone else falls through to the ordinary "unhandled" answer, so the
 * command does not reveal it exists.
 */
export function queueFeature(deps: { db: Db; clock: Clock }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('queue', async (ctx, next) => {
    if (!ctx.subscriber.isAdmin) return next();
    const health = await readDeliveryHealth(deps.db, deps.clock);
    await ctx.reply(renderDeliveryHealth(health, ctx.t.bind(ctx)), { parse_mode: 'HTML' });
  });
  return composer;
}

type T = (key: string, variables?: Record<string, string | number>) => string;

export function renderDeliveryHealth(health: DeliveryHealth, t: T): string {
  const lines = [`<b>${t('queue-title')}</b>`];
  for (const c of DELIVERY_CLASSES) {
    const { state, waitingMinutes } = health.classes[c];
    lines.push(t(`queue-state-${state}`, { class: t(`queue-class-${c}`), minutes: waitingMinutes ?? 0 }));
  }
  lines.push(
    health.deliveredLastWeekAtLeast === null
      ? t('queue-delivered-few')
      : t('queue-delivered-at-least', { count: health.deliveredLastWeekAtLeast }),
  );
  lines.push(
    health.failedPercentLastDay === null
      ? t('queue-failed-few')
      : t('queue-failed', { percent: health.failedPercentLastDay }),
  );
  lines.push(t(health.refused ? 'queue-refused-yes' : 'queue-refused-no'));
  lines.push('', t('queue-why'));
  return lines.join('\n');
}
