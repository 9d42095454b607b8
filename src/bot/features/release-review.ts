import { Composer } from 'grammy';
import { approveBatch, type ReleaseConfirmDeps } from '../../app/releases/release-confirm.ts';
import { loadPreview } from '../../app/releases/release-drafts.ts';
import { undoBatch, type ReleaseUndoDeps, type UndoOutcome } from '../../app/releases/release-undo.ts';
import type { Translate } from '../../app/ports.ts';
import type { BotContext } from '../context.ts';
import { confirmAnswer } from './release.ts';
import { renderPreview } from './release-view.ts';

const HTML = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } } as const;

/**
 * The second pair of eyes and the way back: /release_show <batch> (any admin can read a batch),
 * /release_approve <batch> (another admin than its creator), /release_undo <batch> (within 24 h).
 * Admins only; for anyone else these are unknown commands.
 */
export function releaseReviewFeature(deps: {
  confirm: ReleaseConfirmDeps;
  undo: ReleaseUndoDeps;
  t: Translate;
  deskUrl?: string;
}): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admin = composer.chatType('private').filter((ctx) => ctx.subscriber.isAdmin);

  const withBatch = (command: string, act: (ctx: BotContext, batchId: number) => Promise<void>) =>
    admin.command(command, async (ctx) => {
      const id = /^\s*#?(\d{1,9})\s*$/.exec(ctx.match)?.[1];
      if (!id) return void (await ctx.reply(ctx.t('release-batch-usage', { command }), HTML));
      await act(ctx, Number(id));
    });

  withBatch('release_show', async (ctx, batchId) => {
    const preview = await loadPreview(deps.confirm.db, batchId);
    if (!preview) return void (await ctx.reply(ctx.t('release-not-found', { batch: batchId }), HTML));
    const view = renderPreview(
      deps.t,
      ctx.subscriber.language,
      preview,
      0,
      preview.batch.status === 'preview' && preview.batch.createdBy === ctx.from!.id,
      deps.deskUrl,
    );
    await ctx.reply(view.text, { ...HTML, reply_markup: view.keyboard });
  });

  withBatch('release_approve', async (ctx, batchId) => {
    await ctx.reply(confirmAnswer(ctx, await approveBatch(deps.confirm, ctx.from!.id, batchId)), HTML);
  });

  withBatch('release_undo', async (ctx, batchId) => {
    await ctx.reply(undoAnswer(ctx, await undoBatch(deps.undo, ctx.from!.id, batchId)), HTML);
  });
  return composer;
}

function undoAnswer(ctx: BotContext, outcome: UndoOutcome): string {
  switch (outcome.outcome) {
    case 'undone':
      return ctx.t('release-undone', { batch: outcome.batchId, reverted: outcome.reverted, kept: outcome.keptChanged });
    case 'too_late':
      return ctx.t('release-undo-too-late', { batch: outcome.batchId });
    case 'not_confirmed':
      return ctx.t('release-undo-not-confirmed', { batch: outcome.batchId, status: outcome.status ?? 'none' });
  }
}
