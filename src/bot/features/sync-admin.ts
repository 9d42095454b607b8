import { Composer } from 'grammy';
import type { SyncDeps } from '../../app/sync/ports.ts';
import { confirmHeldRun, rejectHeldRun, type HeldRunDecision } from '../../app/sync/sync-held-runs.ts';
import { countsText } from '../../app/sync/sync-notices.ts';
import { viewSyncStatus } from '../../app/sync/sync-status.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { BotContext } from '../context.ts';
import { deskKeyboard, renderSyncStatus } from './sync-admin-view.ts';

/**
 * /sync_status, /sync_confirm <run>, /sync_reject <run>: admins only. For anyone else these are
 * ordinary unknown text and fall through to the usual answer, with no hint that they exist. They are
 * kept out of the public command menu. Replies give counts by event kind, never how many people
 * follow anyone: for a run about one person that would tell an admin who is followed.
 */
export function syncAdminFeature(deps: { sync: SyncDeps; deskUrl?: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admin = composer.chatType('private').filter((ctx) => ctx.subscriber.isAdmin);
  const t = deps.sync.translate;

  admin.command('sync_status', async (ctx) => {
    const status = await viewSyncStatus(deps.sync.db, ctx.from.id, deps.sync.clock.now());
    const text = renderSyncStatus(t, ctx.subscriber.language, status);
    const keyboard = deps.deskUrl
      ? deskKeyboard(
          t,
          ctx.subscriber.language,
          deps.deskUrl,
          status.flatMap((s) => s.held.map((h) => h.id)),
        )
      : undefined;
    await ctx.reply(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: keyboard });
  });

  const decide = (command: 'sync_confirm' | 'sync_reject') =>
    admin.command(command, async (ctx) => {
      const run = /^\s*#?(\d{1,15})\s*$/.exec(ctx.match)?.[1];
      if (!run)
        return void (await ctx.reply(ctx.t(command === 'sync_confirm' ? 'sync-confirm-usage' : 'sync-reject-usage'), {
          parse_mode: 'HTML',
        }));
      const decision =
        command === 'sync_confirm'
          ? await confirmHeldRun(deps.sync, Number(run), ctx.from.id)
          : await rejectHeldRun(deps.sync, Number(run), ctx.from.id);
      await ctx.reply(answer(ctx, decision), { parse_mode: 'HTML' });
    });
  decide('sync_confirm');
  decide('sync_reject');

  function answer(ctx: BotContext, d: HeldRunDecision): string {
    switch (d.outcome) {
      case 'confirmed':
        return ctx.t('sync-confirm-done', {
          run: String(d.run),
          source: escapeHtml(d.source),
          counts: countsText(t, ctx.subscriber.language, d.counts),
        });
      case 'rejected':
        return ctx.t('sync-reject-done', { run: String(d.run), source: escapeHtml(d.source) });
      case 'not_found':
        return ctx.t('sync-run-not-found', { run: String(d.run) });
      case 'not_held':
        return ctx.t('sync-run-not-held', { run: String(d.run), status: ctx.t(`sync-run-${d.status}`) });
    }
  }
  return composer;
}
