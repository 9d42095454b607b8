import type { Db } from '../../db/database.ts';
import { loadSyncRecords } from '../../db/queries/prisoners.ts';
import { findSourceById } from '../../db/queries/sources.ts';
import { findSyncRun } from '../../db/queries/sync-runs.ts';
import type { ChangeEvent, EventKind } from '../../domain/change-event.ts';
import { FLIP_WINDOW_MS } from '../../domain/status-flips.ts';
import { planSync, type BreakerReason, type BreakerThresholds } from '../../domain/sync-plan.ts';
import type { PersonNames } from '../../domain/sync-snapshot.ts';
import { namesOf } from './sync-hold-notices.ts';

export interface HeldChange {
  person: PersonNames;
  event: ChangeEvent;
  /** The person's page at the source, when it gives one. */
  url: string | undefined;
}

export type HeldRunReview =
  | { outcome: 'not_found'; run: number }
  | { outcome: 'not_held'; run: number; status: string; source: string }
  | {
      outcome: 'held';
      run: number;
      source: { name: string; url: string };
      reasons: BreakerReason[];
      reason: string | null;
      fetchedAt: Date | null;
      /** By kind of news, in the order of EVENT_KINDS' first appearance. */
      groups: { kind: EventKind; changes: HeldChange[] }[];
      quarantined: number;
    };

/**
 * What a held run would do if confirmed now: its snapshot planned against the records as they are
 * (what /sync_confirm would apply), each change with its before and after. Reads only.
 */
export async function reviewHeldRun(
  db: Db,
  runId: number,
  thresholds: BreakerThresholds,
  now: Date,
): Promise<HeldRunReview> {
  const run = await findSyncRun(db, runId);
  if (!run) return { outcome: 'not_found', run: runId };
  const source = (await findSourceById(db, run.sourceId))!;
  const snapshot = run.plan;
  if (run.status !== 'held' || !snapshot)
    return { outcome: 'not_held', run: runId, status: run.status, source: source.name };
  const stored = await loadSyncRecords(
    db,
    source.id,
    snapshot.records.map((r) => r.externalId),
    { changesSince: new Date(now.getTime() - FLIP_WINDOW_MS) },
  );
  const plan = planSync({
    stored,
    incoming: snapshot.records,
    quarantined: snapshot.quarantined,
    shape: snapshot.shape,
    previousShape: source.shapeFingerprint,
    initialImport: source.shapeFingerprint === null,
    now,
    thresholds,
    partial: snapshot.personal !== undefined,
  });
  const byId = new Map(stored.map((r) => [r.id, r]));
  const urls = new Map(snapshot.records.map((r) => [r.externalId, r.sourceUrl]));
  const groups = new Map<EventKind, HeldChange[]>();
  for (const change of plan.changes) {
    for (const event of change.events) {
      const list = groups.get(event.kind) ?? [];
      list.push({ person: namesOf(change, byId), event, url: urls.get(change.externalId) });
      groups.set(event.kind, list);
    }
  }
  const reasons = snapshot.reasons ?? [];
  return {
    outcome: 'held',
    run: runId,
    source: { name: source.name, url: source.url },
    reasons,
    reason: run.reason,
    fetchedAt: run.fetchedAt,
    groups: [...groups].map(([kind, changes]) => ({ kind, changes })),
    quarantined: snapshot.quarantined.length,
  };
}
