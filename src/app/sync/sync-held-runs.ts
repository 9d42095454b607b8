import { logAdminAction } from '../../db/queries/admin-audit.ts';
import { findSourceById, lockSource, updateSource } from '../../db/queries/sources.ts';
import { findSyncRun, updateSyncRun } from '../../db/queries/sync-runs.ts';
import type { SyncDeps, SyncRunOutcome } from './ports.ts';
import { heldSnapshot } from '../../domain/sync-snapshot.ts';
import { decideRun } from './sync-decision.ts';

export type HeldRunDecision =
  | { outcome: 'confirmed'; run: number; source: string; counts: Record<string, number>; alerts: number }
  | { outcome: 'rejected'; run: number; source: string }
  | { outcome: 'not_found'; run: number }
  | { outcome: 'not_held'; run: number; status: string };

/**
 * /sync_confirm: applies a held run. Its snapshot is planned again against the records as they are
 * now, and applied whatever the breaker says: a person looked at it and said yes.
 */
export async function confirmHeldRun(deps: SyncDeps, runId: number, adminId: number): Promise<HeldRunDecision> {
  await deps.prepareMatcher?.();
  return deps.db.transaction(async (tx) => {
    const run = await findSyncRun(tx, runId);
    if (!run) return { outcome: 'not_found', run: runId };
    await lockSource(tx, run.sourceId);
    const current = (await findSyncRun(tx, runId))!;
    if (current.status !== 'held') return { outcome: 'not_held', run: runId, status: current.status };
    const source = (await findSourceById(tx, run.sourceId))!;
    const result: SyncRunOutcome = await decideRun(deps, tx, run.sourceId, runId, heldSnapshot(current), adminId);
    if (result.outcome !== 'applied') throw new Error(`confirming run ${runId} ended as ${result.outcome}`);
    await logAdminAction(
      tx,
      adminId,
      'sync_confirm',
      { run: runId, source: source.name, counts: result.counts },
      deps.clock.now(),
    );
    return { outcome: 'confirmed', run: runId, source: source.name, counts: result.counts, alerts: result.alerts };
  });
}

/**
 * /sync_reject: drops a held run. Nothing of it is applied; the source remembers the snapshot as
 * seen, so the same snapshot is not held (and announced to admins) again at the next run. A person's
 * change held apart keeps its snapshot instead: while the source says the same about that person,
 * later runs leave the change out without asking again.
 */
export async function rejectHeldRun(
  deps: Pick<SyncDeps, 'db' | 'clock'>,
  runId: number,
  adminId: number,
): Promise<HeldRunDecision> {
  return deps.db.transaction(async (tx) => {
    const run = await findSyncRun(tx, runId);
    if (!run) return { outcome: 'not_found', run: runId };
    const source = (await lockSource(tx, run.sourceId))!;
    const current = (await findSyncRun(tx, runId))!;
    if (current.status !== 'held') return { outcome: 'not_held', run: runId, status: current.status };
    const snapshot = heldSnapshot(current);
    const now = deps.clock.now();
    if (snapshot.personal) {
      await updateSyncRun(tx, runId, { status: 'rejected', decidedBy: adminId, finishedAt: now });
    } else {
      await updateSyncRun(tx, runId, { status: 'rejected', decidedBy: adminId, finishedAt: now, plan: null });
      await updateSource(tx, source.id, {
        lastBodyHash: snapshot.bodyHash,
        etag: snapshot.etag,
        lastModified: snapshot.lastModified,
      });
    }
    await logAdminAction(tx, adminId, 'sync_reject', { run: runId, source: source.name, reason: current.reason }, now);
    return { outcome: 'rejected', run: runId, source: source.name };
  });
}
