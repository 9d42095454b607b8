import type { Db } from '../../db/database.ts';
import type { SourceRow } from '../../db/queries/sources.ts';
import { confirmedEvents } from '../../db/queries/status-history.ts';
import { createSyncRun, personalHolds, updateSyncRun, type SyncRunRow } from '../../db/queries/sync-runs.ts';
import { graveEventKey } from '../../domain/person-holds.ts';
import type { StoredRecord } from '../../domain/source-record.ts';
import { countEvents, splitPlan, type RecordPlan, type SyncPlan } from '../../domain/sync-plan.ts';
import { enqueueAdminNotice, type AdminNoticeDeps } from '../admin/admin-notices.ts';
import { heldSnapshot, type Snapshot } from '../../domain/sync-snapshot.ts';
import { namesOf, personHoldNotice } from './sync-hold-notices.ts';
import type { PersonalHoldRef } from '../../domain/sync-snapshot.ts';

const personalOf = (run: SyncRunRow) => run.plan?.personal;

/**
 * Splits off the people whose change must wait for an admin (grave news, a flapping status) so that
 * everyone else's news goes now. Such a change is left out without a new question when the same one
 * is already waiting or was refused; a grave event an admin already confirmed goes through. A waiting
 * question the source no longer asks (it now says something else about that person) is superseded.
 * Returns undefined when the run cannot be split safely (see `splitPlan`).
 */
export async function splitHeldPeople(
  tx: Db,
  source: SourceRow,
  plan: SyncPlan,
  snapshot: Snapshot,
  at: Date,
): Promise<{ apply: SyncPlan; held: RecordPlan[] } | undefined> {
  const waiting = await personalHolds(tx, source.id, ['held']);
  const candidates = plan.changes.filter((c) => c.hold);
  const refused = candidates.length > 0 ? await personalHolds(tx, source.id, ['rejected']) : [];
  const confirmed = await confirmedEvents(
    tx,
    candidates.filter((c) => c.prisonerId !== null).map((c) => c.prisonerId!),
  );
  const held = new Set<string>();
  const left = new Set<string>();
  const asked = (runs: SyncRunRow[], change: RecordPlan) =>
    runs.find((r) => personalOf(r)?.externalId === change.externalId && personalOf(r)?.hold.key === change.hold!.key);
  for (const change of candidates) {
    const reasons = change.hold!.reasons.filter((r) => {
      const key =
        r.rule === 'grave' ? graveEventKey({ kind: r.kind, toStatus: r.status, occurredOn: r.occurredOn }) : null;
      return !(key && change.prisonerId !== null && confirmed.get(change.prisonerId)?.has(key));
    });
    if (reasons.length === 0) {
      delete change.hold;
      continue;
    }
    change.hold = { ...change.hold!, reasons };
    const same = asked(waiting, change);
    if (same) {
      // The newest record of the person is what a confirmation will apply.
      const record = snapshot.records.find((r) => r.externalId === change.externalId)!;
      await updateSyncRun(tx, same.id, { plan: { ...heldSnapshot(same), records: [record] } });
      left.add(change.externalId);
    } else if (asked(refused, change)) {
      left.add(change.externalId);
    } else {
      held.add(change.externalId);
    }
  }
  const split = splitPlan(plan, held, left);
  if (!split) return undefined;
  const inSnapshot = new Set(snapshot.records.map((r) => r.externalId));
  for (const run of waiting) {
    const ref = personalOf(run)!;
    if (inSnapshot.has(ref.externalId) && !left.has(ref.externalId))
      await updateSyncRun(tx, run.id, { status: 'superseded', finishedAt: at });
  }
  return split;
}

/** Each held person's change becomes a held run of its own (its snapshot: that one record), and admins are told at once. */
export async function holdPeople(
  tx: Db,
  deps: AdminNoticeDeps,
  ctx: {
    source: SourceRow;
    runId: number;
    snapshot: Snapshot;
    held: readonly RecordPlan[];
    stored: ReadonlyMap<number, StoredRecord>;
    now: Date;
  },
): Promise<number[]> {
  const runs: number[] = [];
  for (const change of ctx.held) {
    const record = ctx.snapshot.records.find((r) => r.externalId === change.externalId)!;
    const id = await createSyncRun(tx, ctx.source.id, `hold:${ctx.runId}`, ctx.now);
    const personal: PersonalHoldRef = {
      parentRun: ctx.runId,
      externalId: change.externalId,
      prisonerId: change.prisonerId,
      names: namesOf(change, ctx.stored),
      hold: change.hold!,
    };
    const plan: Snapshot = {
      // Not the body's hash: an older body coming back must be planned, not taken for this held change.
      bodyHash: `person:${ctx.runId}:${change.externalId}`,
      fetchedAt: ctx.snapshot.fetchedAt,
      etag: null,
      lastModified: null,
      shape: ctx.snapshot.shape,
      records: [record],
      quarantined: [],
      personal,
    };
    const reason = change
      .hold!.reasons.map((r) => (r.rule === 'grave' ? `grave news: ${r.kind}` : 'status flapping within 24 hours'))
      .join('; ');
    await updateSyncRun(tx, id, {
      status: 'held',
      reason,
      counts: countEvents([change]),
      fetchedAt: new Date(ctx.snapshot.fetchedAt),
      finishedAt: ctx.now,
      plan,
    });
    await enqueueAdminNotice(tx, deps, personHoldNotice(ctx.source.name, id, ctx.runId, personal.names, personal.hold));
    runs.push(id);
  }
  return runs;
}
