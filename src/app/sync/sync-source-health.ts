import type { Db } from '../../db/database.ts';
import { countSourceFailure, findSourceById, updateSource, type SourceRow } from '../../db/queries/sources.ts';
import { failStaleRuns, updateSyncRun } from '../../db/queries/sync-runs.ts';
import { clip, safeText } from '../../source/text-safety.ts';
import { enqueueAdminNotice } from '../admin/admin-notices.ts';
import { ABANDONED_REASON, RUN_LEASE_MS } from '../job-claims.ts';
import type { FailureCause, SyncDeps, SyncRunOutcome } from './ports.ts';
import { failingNotice, recoveredNotice } from './sync-notices.ts';

/**
 * A failed run, written in its own transaction (the run's work may be what failed): the run records
 * why, the source counts it, and after `failureAlertAfter` failures in a row admins are told once
 * (not on every failure after that). The reason is one line of safe text (docs/source-sync.md).
 */
export async function recordFailure(
  deps: SyncDeps,
  sourceId: number,
  runId: number,
  reason: string,
  cause: FailureCause,
): Promise<SyncRunOutcome> {
  const safe = clip(safeText(reason).replace(/\s+/g, ' ').trim(), 2000);
  await deps.db.transaction(async (tx) => {
    await updateSyncRun(tx, runId, { status: 'failed', reason: safe, finishedAt: deps.clock.now() });
    await countFailure(deps, tx, sourceId, runId, safe);
  });
  return { outcome: 'failed', runId, reason: safe, cause };
}

/** Runs of the source still `running` past the lease: their process died. Each is failed and counted. */
export async function failAbandonedRuns(deps: SyncDeps, sourceId: number): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    // Claimed by the update itself, so two processes never count one abandoned run twice.
    for (const runId of await failStaleRuns(
      tx,
      sourceId,
      new Date(now.getTime() - RUN_LEASE_MS),
      now,
      ABANDONED_REASON,
    )) {
      await countFailure(deps, tx, sourceId, runId, ABANDONED_REASON);
    }
  });
}

async function countFailure(deps: SyncDeps, tx: Db, sourceId: number, runId: number, reason: string): Promise<void> {
  const failures = await countSourceFailure(tx, sourceId);
  const source = (await findSourceById(tx, sourceId))!;
  if (failures >= deps.failureAlertAfter && source.failingAlertedAt === null) {
    await updateSource(tx, sourceId, { failingAlertedAt: deps.clock.now() });
    await enqueueAdminNotice(tx, deps, failingNotice(source.name, sourceId, runId, failures, reason));
  }
}

/** Nothing new at the source: recorded as a run, and the source counts as reachable. */
export async function recordUnchanged(
  deps: SyncDeps,
  sourceId: number,
  runId: number,
  fetchedAt: Date,
  why: string,
  validators?: { etag: string | null; lastModified: string | null },
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
export async function markReachable(
  deps: SyncDeps,
  tx: Db,
  source: SourceRow,
  runId: number,
  now: Date,
): Promise<void> {
  if (source.consecutiveFailures === 0 && source.failingAlertedAt === null && source.lastSuccessAt !== null) {
    await updateSource(tx, source.id, { lastSuccessAt: now });
    return;
  }
  await updateSource(tx, source.id, { consecutiveFailures: 0, failingAlertedAt: null, lastSuccessAt: now });
  if (source.failingAlertedAt !== null)
    await enqueueAdminNotice(tx, deps, recoveredNotice(source.name, source.id, runId));
}
