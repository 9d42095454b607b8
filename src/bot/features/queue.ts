import { Composer } from 'grammy';
import type { Clock } from '../../app/clock.ts';
import { readQueueReport, type QueueReport } from '../../app/queue-report.ts';
import type { Db } from '../../db/database.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { BotContext } from '../context.ts';

/**
 * /queue, for admins: delivery figures for the whole service (no chat, no person). Anyone else
 * falls through to the ordinary "unhandled" answer, so the command does not reveal it exists.
 */
export function queueFeature(deps: { db: Db; clock: Clock }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('queue', async (ctx, next) => {
    if (!ctx.reader.isAdmin) return next();
    const report = await readQueueReport(deps.db, deps.clock);
    await ctx.reply(renderQueueReport(report, ctx.t.bind(ctx)), { parse_mode: 'HTML' });
  });
  return composer;
}

type T = (key: string, variables?: Record<string, string | number>) => string;

export function renderQueueReport(report: QueueReport, t: T): string {
  const lines = [`<b>${t('queue-title')}</b>`, t('queue-waiting', { pending: report.pendingTotal, sending: report.sendingTotal })];
  for (const d of report.depth) lines.push(t('queue-kind-line', { kind: escapeHtml(d.kind), pending: d.pending, sending: d.sending }));
  lines.push(report.oldestPendingAgeSeconds === null ? t('queue-oldest-none') : t('queue-oldest', { seconds: report.oldestPendingAgeSeconds }));
  lines.push(t('queue-sent', { minute: report.sentLastMinute, hour: report.sentLastHour }));
  lines.push(t('queue-failures', { count: report.failuresTotal }));
  for (const f of report.failuresLastHour) lines.push(t('queue-failure-line', { kind: escapeHtml(f.kind), outcome: escapeHtml(f.outcome), count: f.count }));
  lines.push(t('queue-dead-letters', { count: report.deadLetters }));
  return lines.join('\n');
}
