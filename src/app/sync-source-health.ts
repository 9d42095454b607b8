import type { Db } from '../db/database.ts';
import { countSourceFailure, findSourceById, updateSource, type SourceRow } from '../db/queries/sources.ts';
import { updateSyncRun } from '../db/queries/sync-runs.ts';
import { enqueueAdminNotice } from './admin-notices.ts';
import type { SyncDeps, SyncRunOutcome } from './source-sync.ts';
import { failingNotice, recoveredNotice } from './sync-notices.ts';

/**
 * A failed run: the run records why, the source counts it, and after `failureAlertAfter` failures in
 * a row admins are told once (not on every failure after that).
 */
export async function recordFailure(deps: SyncDeps, sourceId: number, runId: number, reason: string): Promise<SyncRunOutcome> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await updateSyncRun(tx, runId, { status: 'failed', reason: reason.slice(0, 2000), finishedAt: now });
    const failures = await countSourceFailure(tx, sourceId);
    const source = (await findSourceById(tx, sourceId))!;
    if (failures >= deps.failureAlertAfter && source.failingAlertedAt === null) {
      await updateSource(tx, sourceId, { failingAlertedAt: now });
      await enqueueAdminNotice(tx, deps, failingNotice(source.name, sourceId, runId, failures, reason));
    }
  });
  return { outcome: 'failed', runId, reason };
}

/** Nothing new at the source: recorded as a run, and the source counts as reachable. */
export async function recordUnchanged(
  deps: SyncDeps, sourceId: number, runId: number, fetchedAt: Date, why: string, validators?: { etag: string | null; lastModified: string | null },
): Promise<SyncRunOutcome> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await updateSyncRun(tx, runId, { status: 'unchanged', reason: why, fetchedAt, finishedAt: now });
    if (validators) await updateSource(tx, sourceId, validators);
    const source = (await findSourceById(tx, sourceId))!;
    await markReachable(deps, tx, source, runId, now);
  });
  return { outcome: 'unchanged', runId, why };
}

/** The source answered and could be read: reset its failure count, and tell admins if it had been failing. */
export async function markReachable(deps: SyncDeps, tx: Db, source: SourceRow, runId: number, now: Date): Promise<void> {
  if (source.consecutiveFailures === 0 && source.failingAlertedAt === null && source.lastSuccessAt !== null) {
    await updateSource(tx, source.id, { lastSuccessAt: now });
    return;
  }
  await updateSource(tx, source.id, { consecutiveFailures: 0, failingAlertedAt: null, lastSuccessAt: now });
  if (source.failingAlertedAt !== null) await enqueueAdminNotice(tx, deps, recoveredNotice(source.name, source.id, runId));
}
