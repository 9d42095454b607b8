import { deskOverview } from '../app/admin/desk-overview.ts';
import { confirmHeldRun, rejectHeldRun } from '../app/sync/sync-held-runs.ts';
import { reviewHeldRun } from '../app/sync/sync-held-review.ts';
import { countsText } from '../app/sync/sync-notices.ts';
import { escapeHtml } from '../domain/html.ts';
import type { DeskAnswer, DeskCaller, DeskDeps } from './desk-deps.ts';
import { renderHome } from './home-view.ts';
import { renderHeldRun } from './sync-view.ts';

export async function homeApi(deps: DeskDeps, caller: DeskCaller): Promise<DeskAnswer> {
  return {
    status: 200,
    html: renderHome(deps.translate, caller.language, await deskOverview(deps.db, deps.clock, caller.adminId)),
  };
}

export async function syncApi(deps: DeskDeps, caller: DeskCaller, runId: number): Promise<DeskAnswer> {
  return { status: 200, html: await runHtml(deps, caller, runId) };
}

async function runHtml(deps: DeskDeps, caller: DeskCaller, runId: number): Promise<string> {
  return renderHeldRun(
    deps.translate,
    caller.language,
    await reviewHeldRun(deps.db, runId, deps.sync.thresholds, deps.clock.now()),
  );
}

/** /sync_confirm and /sync_reject from the desk: the same use-cases, the same answers. */
export async function syncAction(
  deps: DeskDeps,
  caller: DeskCaller,
  runId: number,
  action: 'confirm' | 'reject',
): Promise<DeskAnswer> {
  const d =
    action === 'confirm'
      ? await confirmHeldRun(deps.sync, runId, caller.adminId)
      : await rejectHeldRun(deps.sync, runId, caller.adminId);
  const t = (key: string, vars: Record<string, string | number>) => deps.translate(caller.language, key, vars);
  const html = await runHtml(deps, caller, runId);
  switch (d.outcome) {
    case 'confirmed':
      return {
        status: 200,
        html,
        message: t('sync-confirm-done', {
          run: String(d.run),
          source: escapeHtml(d.source),
          counts: countsText(deps.translate, caller.language, d.counts),
        }),
      };
    case 'rejected':
      return {
        status: 200,
        html,
        message: t('sync-reject-done', { run: String(d.run), source: escapeHtml(d.source) }),
      };
    case 'not_found':
      return { status: 404, html, message: t('sync-run-not-found', { run: String(d.run) }) };
    case 'not_held':
      return {
        status: 409,
        html,
        message: t('sync-run-not-held', {
          run: String(d.run),
          status: deps.translate(caller.language, `sync-run-${d.status}`),
        }),
      };
  }
}
