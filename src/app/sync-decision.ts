import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { loadSyncRecords } from '../db/queries/prisoners.ts';
import { lockSource, updateSource } from '../db/queries/sources.ts';
import { insertQuarantinedRows, supersedeHeldRuns, updateSyncRun } from '../db/queries/sync-runs.ts';
import type { QuarantinedRow, SourceRecord } from '../domain/source-record.ts';
import { describeReasons, planSync, type BreakerReason } from '../domain/sync-plan.ts';
import { enqueueAdminNotice } from './admin-notices.ts';
import type { SyncDeps, SyncRunOutcome } from './source-sync.ts';
import { applyPlan } from './sync-apply.ts';
import { heldNotice, quarantineNotice } from './sync-notices.ts';
import { markReachable } from './sync-source-health.ts';

/** A fetched, parsed snapshot: kept in a held run's `plan` so a confirmation re-plans from it. */
export interface Snapshot {
  bodyHash: string;
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  shape: string;
  records: SourceRecord[];
  quarantined: QuarantinedRow[];
  reasons?: BreakerReason[];
}

/**
 * Inside one transaction, with the source's row locked: plans the snapshot against what is stored
 * now, then holds the run for an admin (breaker tripped) or applies it. A confirmation comes back
 * here with `confirmedBy` and re-plans against the current records, so a held plan never writes
 * over changes made since (a batch release, another run).
 */
export async function decideRun(deps: SyncDeps, tx: Db, sourceId: number, runId: number, snapshot: Snapshot, confirmedBy?: number): Promise<SyncRunOutcome> {
  const source = (await lockSource(tx, sourceId))!;
  const now = deps.clock.now();
  const storedRows = await loadSyncRecords(tx, source.id, snapshot.records.map((r) => r.externalId));
  const plan = planSync({
    stored: storedRows, incoming: snapshot.records, quarantined: snapshot.quarantined, shape: snapshot.shape, previousShape: source.shapeFingerprint,
    initialImport: source.shapeFingerprint === null, now, thresholds: deps.thresholds,
  });
  const fetchedAt = new Date(snapshot.fetchedAt);

  if (plan.hold && confirmedBy === undefined) {
    await updateSyncRun(tx, runId, { status: 'held', reason: describeReasons(plan.reasons), counts: plan.counts, fetchedAt, finishedAt: now, plan: { ...snapshot, reasons: plan.reasons } });
    await insertQuarantinedRows(tx, runId, plan.quarantined);
    await supersedeHeldRuns(tx, source.id, runId, now);
    await markReachable(deps, tx, source, runId, now);
    await enqueueAdminNotice(tx, deps, heldNotice(source.name, runId, plan.reasons, plan.counts, plan.quarantined.length));
    return { outcome: 'held', runId, counts: plan.counts, reasons: plan.reasons };
  }

  const applied = await applyPlan(tx, deps, { source, runId, plan, stored: new Map(storedRows.map((r) => [r.id, r])), fetchedAt, now });
  // A confirmed run's unreadable rows were recorded when it was held.
  if (confirmedBy === undefined) await insertQuarantinedRows(tx, runId, plan.quarantined);
  await updateSyncRun(tx, runId, {
    status: confirmedBy === undefined ? 'applied' : 'confirmed', counts: plan.counts, fetchedAt, finishedAt: now, plan: null, decidedBy: confirmedBy ?? null,
  });
  await supersedeHeldRuns(tx, source.id, runId, now);
  await updateSource(tx, source.id, { etag: snapshot.etag, lastModified: snapshot.lastModified, lastBodyHash: snapshot.bodyHash, shapeFingerprint: snapshot.shape, lastSuccessAt: now });
  await markReachable(deps, tx, source, runId, now);
  if (plan.quarantined.length > 0 && confirmedBy === undefined) {
    // The same broken rows in the next snapshot are not news to admins: the key follows the rows.
    const key = createHash('sha256').update(plan.quarantined.map((q) => `${q.rowRef}\u0000${q.reason}`).join('\n')).digest('hex').slice(0, 16);
    await enqueueAdminNotice(tx, deps, quarantineNotice(source.name, source.id, runId, key, plan.quarantined));
  }
  return { outcome: 'applied', runId, counts: plan.counts, quarantined: plan.quarantined.length, alerts: applied.alerts, attached: applied.attached };
}
