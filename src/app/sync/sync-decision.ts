import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { loadSyncRecords } from '../../db/queries/prisoners.ts';
import { lockSource, updateSource, type SourceRow } from '../../db/queries/sources.ts';
import { insertQuarantinedRows, supersedeHeldRuns, updateSyncRun } from '../../db/queries/sync-runs.ts';
import { facilitiesOf } from '../../domain/facility.ts';
import type { PlanStoredRecord } from '../../domain/sync-plan.ts';
import { FLIP_WINDOW_MS } from '../../domain/status-flips.ts';
import { describeReasons, planSync, type BreakerReason, type SyncPlan } from '../../domain/sync-plan.ts';
import { enqueueAdminNotice } from '../admin/admin-notices.ts';
import type { SyncDeps, SyncRunOutcome } from './ports.ts';
import { applyPlan } from './sync-apply.ts';
import { heldNotice, summariseHold } from './sync-hold-notices.ts';
import { quarantineNotice } from './sync-notices.ts';
import { holdPeople, splitHeldPeople } from './sync-person-holds.ts';
import { markReachable } from './sync-source-health.ts';
import type { Snapshot } from '../../domain/sync-snapshot.ts';

interface Decision {
  source: SourceRow;
  runId: number;
  snapshot: Snapshot;
  plan: SyncPlan;
  stored: Map<number, PlanStoredRecord>;
  fetchedAt: Date;
  now: Date;
}

/**
 * Inside one transaction, with the source's row locked: plans the snapshot against what is stored
 * now, then holds the run for an admin (breaker tripped) or applies it, holding apart the people
 * whose change a person must see first. A confirmation comes back here with `confirmedBy` and
 * re-plans against the current records, so a held plan never writes over changes made since.
 */
export async function decideRun(
  deps: SyncDeps,
  tx: Db,
  sourceId: number,
  runId: number,
  snapshot: Snapshot,
  confirmedBy?: number,
): Promise<SyncRunOutcome> {
  const source = (await lockSource(tx, sourceId))!;
  const now = deps.clock.now();
  const storedRows = await loadSyncRecords(
    tx,
    source.id,
    snapshot.records.map((r) => r.externalId),
    { changesSince: new Date(now.getTime() - FLIP_WINDOW_MS) },
  );
  const plan = planSync({
    stored: storedRows,
    incoming: snapshot.records,
    quarantined: snapshot.quarantined,
    shape: snapshot.shape,
    previousShape: source.shapeFingerprint,
    initialImport: source.shapeFingerprint === null,
    now,
    thresholds: deps.thresholds,
    partial: snapshot.personal !== undefined,
  });
  const run: Decision = {
    source,
    runId,
    snapshot,
    plan,
    stored: new Map(storedRows.map((r) => [r.id, r])),
    fetchedAt: new Date(snapshot.fetchedAt),
    now,
  };
  if (snapshot.personal) {
    if (confirmedBy === undefined)
      throw new Error(`run ${runId} holds one person's change and is only applied by a confirmation`);
    return confirmPerson(deps, tx, run, confirmedBy);
  }
  if (plan.hold && confirmedBy === undefined) return holdRun(deps, tx, run, plan.reasons);
  const split =
    confirmedBy === undefined ? await splitHeldPeople(tx, source, plan, snapshot, now) : { apply: plan, held: [] };
  if (!split) {
    const grave = plan.changes
      .filter((c) => c.hold)
      .map((c): BreakerReason => ({ rule: 'grave', value: c.externalId, limit: 0 }));
    return holdRun(deps, tx, run, grave);
  }

  const applied = await applyPlan(tx, deps, {
    source,
    runId,
    plan: split.apply,
    stored: run.stored,
    fetchedAt: run.fetchedAt,
    now,
    facilities: facilitiesOf(snapshot.records),
    confirmedBy,
  });
  // A confirmed run's unreadable rows were recorded when it was held.
  if (confirmedBy === undefined) await insertQuarantinedRows(tx, runId, plan.quarantined);
  await updateSyncRun(tx, runId, {
    status: confirmedBy === undefined ? 'applied' : 'confirmed',
    counts: split.apply.counts,
    fetchedAt: run.fetchedAt,
    finishedAt: now,
    plan: null,
    decidedBy: confirmedBy ?? null,
  });
  await supersedeHeldRuns(tx, source.id, runId, now);
  await updateSource(tx, source.id, {
    etag: snapshot.etag,
    lastModified: snapshot.lastModified,
    lastBodyHash: snapshot.bodyHash,
    shapeFingerprint: snapshot.shape,
    lastSuccessAt: now,
  });
  await markReachable(deps, tx, source, runId, now);
  await holdPeople(tx, deps, { source, runId, snapshot, held: split.held, stored: run.stored, now });
  if (plan.quarantined.length > 0 && confirmedBy === undefined) {
    // The same broken rows in the next snapshot are not news to admins: the key follows the rows.
    const key = createHash('sha256')
      .update(plan.quarantined.map((q) => `${q.rowRef}\u0000${q.reason}`).join('\n'))
      .digest('hex')
      .slice(0, 16);
    await enqueueAdminNotice(tx, deps, quarantineNotice(source.name, source.id, runId, key, plan.quarantined));
  }
  return {
    outcome: 'applied',
    runId,
    counts: split.apply.counts,
    quarantined: plan.quarantined.length,
    alerts: applied.alerts,
    attached: applied.attached,
  };
}

/** The whole run waits: its snapshot is kept, admins are told what it would do, to whom, and which batches it touches. */
async function holdRun(deps: SyncDeps, tx: Db, run: Decision, reasons: BreakerReason[]): Promise<SyncRunOutcome> {
  const { source, runId, plan, now } = run;
  await updateSyncRun(tx, runId, {
    status: 'held',
    reason: describeReasons(reasons),
    counts: plan.counts,
    fetchedAt: run.fetchedAt,
    finishedAt: now,
    plan: { ...run.snapshot, reasons },
  });
  await insertQuarantinedRows(tx, runId, plan.quarantined);
  await supersedeHeldRuns(tx, source.id, runId, now);
  await markReachable(deps, tx, source, runId, now);
  const summary = await summariseHold(tx, plan.changes, run.stored);
  await enqueueAdminNotice(
    tx,
    deps,
    heldNotice(source.name, runId, reasons, plan.counts, plan.quarantined.length, summary),
  );
  return { outcome: 'held', runId, counts: plan.counts, reasons };
}

/**
 * One person's change, held apart and now confirmed: applied against the record as it is now. The
 * source's fetch state belongs to the run it came from, and is left alone.
 */
async function confirmPerson(deps: SyncDeps, tx: Db, run: Decision, confirmedBy: number): Promise<SyncRunOutcome> {
  const applied = await applyPlan(tx, deps, {
    source: run.source,
    runId: run.runId,
    plan: run.plan,
    stored: run.stored,
    fetchedAt: run.fetchedAt,
    now: run.now,
    facilities: facilitiesOf(run.snapshot.records),
    confirmedBy,
  });
  await updateSyncRun(tx, run.runId, {
    status: 'confirmed',
    counts: run.plan.counts,
    finishedAt: run.now,
    plan: null,
    decidedBy: confirmedBy,
  });
  return {
    outcome: 'applied',
    runId: run.runId,
    counts: run.plan.counts,
    quarantined: 0,
    alerts: applied.alerts,
    attached: applied.attached,
  };
}
