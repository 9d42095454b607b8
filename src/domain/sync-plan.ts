import { isReleaseEvent, type ChangeEvent } from './change-event.ts';
import { detectChanges } from './change-detector.ts';
import type { QuarantinedRow, RecordPatch, SourceRecord, StoredRecord } from './source-record.ts';

/** When a run looks too big to be true, a person confirms it before any family is told. */
export interface BreakerThresholds {
  /** Share of listed records a run may change (default 0.05). */
  maxChangeRatio: number;
  /** Runs changing at most this many records never trip the ratio rules (small sources). */
  ratioFloor: number;
  /** Releases, pardons and expulsions in one run (default 20). */
  maxReleases: number;
  /** Share of listed records that may vanish from the source in one run (default 0.10). */
  maxDropRatio: number;
  /** Share of rows that may be unreadable (default 0.10). */
  maxQuarantineRatio: number;
}

export const DEFAULT_THRESHOLDS: BreakerThresholds = { maxChangeRatio: 0.05, ratioFloor: 10, maxReleases: 20, maxDropRatio: 0.1, maxQuarantineRatio: 0.1 };

export type BreakerRule = 'change_ratio' | 'releases' | 'row_drop' | 'quarantine_ratio' | 'shape' | 'sensitive';

export interface BreakerReason {
  rule: BreakerRule;
  /** What the run would do, and the limit it passed (counts; for `shape` the fingerprints). */
  value: number | string;
  limit: number | string;
}

export interface PlanStoredRecord extends StoredRecord {
  /** This source listed the person (only such records can go missing from it). */
  ownedBySource: boolean;
}

export interface PlanInput {
  stored: readonly PlanStoredRecord[];
  incoming: readonly SourceRecord[];
  quarantined: readonly QuarantinedRow[];
  shape: string;
  /** The shape of the last good fetch; null before the first. */
  previousShape: string | null;
  /** The source never synced before: its records are the baseline, not news. */
  initialImport: boolean;
  now: Date;
  thresholds: BreakerThresholds;
}

export interface RecordPlan {
  externalId: string;
  /** Null for a person new to the register. */
  prisonerId: number | null;
  events: ChangeEvent[];
  patch: RecordPatch;
}

export interface SyncPlan {
  changes: RecordPlan[];
  quarantined: QuarantinedRow[];
  /** Events by kind, for the run's record and /sync_status. */
  counts: Record<string, number>;
  /** Records this source listed before the run. */
  listedBefore: number;
  hold: boolean;
  reasons: BreakerReason[];
}

/** The whole run, decided before anything is written: what changes, and whether a person must confirm. */
export function planSync(input: PlanInput): SyncPlan {
  const byExternalId = new Map(input.stored.filter((s) => s.externalId !== null).map((s) => [s.externalId!, s]));
  const quarantined = [...input.quarantined];
  const changes: RecordPlan[] = [];
  const sensitive: string[] = [];
  const seen = new Set<string>();
  for (const record of input.incoming) {
    if (seen.has(record.externalId)) {
      quarantined.push({ rowRef: record.externalId, externalId: record.externalId, reason: 'the same person appears twice in the source', raw: record });
      continue;
    }
    seen.add(record.externalId);
    const stored = byExternalId.get(record.externalId);
    if (!stored && record.status === undefined) {
      quarantined.push({ rowRef: record.externalId, externalId: record.externalId, reason: 'has no status a person can be listed with', raw: record });
      continue;
    }
    const change = detectChanges(stored, record, { initialImport: input.initialImport });
    if (change.events.length === 0 && Object.keys(change.patch).length === 0) continue;
    if (change.sensitive) sensitive.push(`${record.externalId}: ${change.sensitive}`);
    changes.push({ externalId: record.externalId, prisonerId: stored?.id ?? null, events: change.events, patch: change.patch });
  }

  const unreadable = new Set(quarantined.map((q) => q.externalId).filter((id) => id !== undefined));
  const listed = input.stored.filter((s) => s.ownedBySource && s.missingFromSourceSince === null);
  let missing = 0;
  for (const record of listed) {
    if (seen.has(record.externalId!) || unreadable.has(record.externalId!)) continue;
    missing++;
    changes.push({
      externalId: record.externalId!,
      prisonerId: record.id,
      events: [{ kind: 'missing_from_source', fromStatus: record.status, toStatus: record.status, occurredOn: null, details: {} }],
      patch: { missingFromSourceSince: input.now },
    });
  }

  const counts: Record<string, number> = {};
  for (const change of changes) for (const event of change.events) counts[event.kind] = (counts[event.kind] ?? 0) + 1;
  const reasons = breakerReasons(input, { changes, listed: listed.length, missing, quarantined: quarantined.length, sensitive });
  return { changes, quarantined, counts, listedBefore: listed.length, hold: reasons.length > 0, reasons };
}

function breakerReasons(
  input: PlanInput,
  run: { changes: RecordPlan[]; listed: number; missing: number; quarantined: number; sensitive: string[] },
): BreakerReason[] {
  const t = input.thresholds;
  const reasons: BreakerReason[] = [];
  const changed = run.changes.filter((c) => c.events.some((e) => e.kind !== 'missing_from_source')).length;
  // Each ratio rule allows at least `ratioFloor`; the limit reported is the one the run passed.
  const allowed = (share: number, of: number) => Math.max(t.ratioFloor, Math.floor(of * share));
  if (run.listed > 0 && changed > allowed(t.maxChangeRatio, run.listed)) {
    reasons.push({ rule: 'change_ratio', value: changed, limit: allowed(t.maxChangeRatio, run.listed) });
  }
  const releases = run.changes.reduce((n, c) => n + c.events.filter((e) => isReleaseEvent(e.kind)).length, 0);
  if (releases > t.maxReleases) reasons.push({ rule: 'releases', value: releases, limit: t.maxReleases });
  if (run.listed > 0 && run.missing > allowed(t.maxDropRatio, run.listed)) {
    reasons.push({ rule: 'row_drop', value: run.missing, limit: allowed(t.maxDropRatio, run.listed) });
  }
  const rows = input.incoming.length + input.quarantined.length;
  if (run.quarantined > allowed(t.maxQuarantineRatio, rows)) {
    reasons.push({ rule: 'quarantine_ratio', value: run.quarantined, limit: allowed(t.maxQuarantineRatio, rows) });
  }
  if (input.previousShape !== null && input.previousShape !== input.shape) reasons.push({ rule: 'shape', value: input.shape, limit: input.previousShape });
  for (const what of run.sensitive) reasons.push({ rule: 'sensitive', value: what, limit: 0 });
  return reasons;
}

/** One line per reason, in English, for logs and the run's record. */
export function describeReasons(reasons: readonly BreakerReason[]): string {
  return reasons
    .map((r) => {
      switch (r.rule) {
        case 'change_ratio': return `${r.value} records would change (limit ${r.limit})`;
        case 'releases': return `${r.value} releases in one run (limit ${r.limit})`;
        case 'row_drop': return `${r.value} records would go missing from the source (limit ${r.limit})`;
        case 'quarantine_ratio': return `${r.value} rows could not be read (limit ${r.limit})`;
        case 'shape': return `the source's columns changed from "${r.limit}" to "${r.value}"`;
        case 'sensitive': return `needs a person's judgement: ${r.value}`;
      }
    })
    .join('; ');
}
