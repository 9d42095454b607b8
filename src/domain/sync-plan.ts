import { isReleaseEvent, type ChangeEvent } from './change-event.ts';
import { detectChanges } from './change-detector.ts';
import { personHold, type PersonHold } from './person-holds.ts';
import { nextClaim, sameClaim } from './source-claim.ts';
import type { SourceClaim } from './source-record.ts';
import type { QuarantinedRow, RecordPatch, SourceRecord, StoredRecord } from './source-record.ts';
import type { RecentStatusChange } from './status-flips.ts';

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

export const DEFAULT_THRESHOLDS: BreakerThresholds = {
  maxChangeRatio: 0.05,
  ratioFloor: 10,
  maxReleases: 20,
  maxDropRatio: 0.1,
  maxQuarantineRatio: 0.1,
};

export type BreakerRule =
  'change_ratio' | 'releases' | 'row_drop' | 'quarantine_ratio' | 'shape' | 'sensitive' | 'grave';

export interface BreakerReason {
  rule: BreakerRule;
  /** What the run would do, and the limit it passed (counts; for `shape` the fingerprints). */
  value: number | string;
  limit: number | string;
}

export interface PlanStoredRecord extends StoredRecord {
  /** This source listed the person (only such records can go missing from it). */
  ownedBySource: boolean;
  /** Status changes recorded for the person in the last 24 hours (a flapping source). */
  recentChanges?: RecentStatusChange[];
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
  /**
   * Only some people of a snapshot, held apart and now confirmed: nobody else goes missing, no
   * breaker, no hold (a person looked at it).
   */
  partial?: boolean;
}

export interface RecordPlan {
  externalId: string;
  /** Null for a person new to the register. */
  prisonerId: number | null;
  events: ChangeEvent[];
  patch: RecordPatch;
  /** What the source now says about the person's status, to remember; absent when nothing new. */
  claim?: SourceClaim;
  /** Why this person's change waits for an admin on its own, while the rest of the run goes. */
  hold?: PersonHold;
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
      quarantined.push({
        rowRef: record.externalId,
        externalId: record.externalId,
        reason: 'the same person appears twice in the source',
        raw: record,
      });
      continue;
    }
    seen.add(record.externalId);
    const stored = byExternalId.get(record.externalId);
    if (!stored && record.status === undefined) {
      quarantined.push({
        rowRef: record.externalId,
        externalId: record.externalId,
        reason: 'has no status a person can be listed with',
        raw: record,
      });
      continue;
    }
    const change = detectChanges(stored, record, { initialImport: input.initialImport });
    const claim = nextClaim(stored?.sourceClaim, record);
    const newClaim =
      !stored ||
      stored.sourceClaim === null ||
      (stored.sourceClaim !== undefined && !sameClaim(stored.sourceClaim, claim));
    if (change.events.length === 0 && Object.keys(change.patch).length === 0 && !newClaim) continue;
    if (change.sensitive) sensitive.push(`${record.externalId}: ${change.sensitive}`);
    const hold = input.partial
      ? undefined
      : personHold({
          events: change.events,
          record,
          claim,
          storedUrl: stored?.sourceUrl ?? null,
          recentChanges: stored?.recentChanges ?? [],
          now: input.now,
        });
    changes.push({
      externalId: record.externalId,
      prisonerId: stored?.id ?? null,
      events: change.events,
      patch: change.patch,
      ...(newClaim ? { claim } : {}),
      ...(hold ? { hold } : {}),
    });
  }
  if (input.partial)
    return { changes, quarantined, counts: countEvents(changes), listedBefore: 0, hold: false, reasons: [] };

  const unreadable = new Set(quarantined.map((q) => q.externalId).filter((id) => id !== undefined));
  const listed = input.stored.filter((s) => s.ownedBySource && s.missingFromSourceSince === null);
  let missing = 0;
  for (const record of listed) {
    if (seen.has(record.externalId!) || unreadable.has(record.externalId!)) continue;
    missing++;
    changes.push({
      externalId: record.externalId!,
      prisonerId: record.id,
      events: [
        {
          kind: 'missing_from_source',
          fromStatus: record.status,
          toStatus: record.status,
          occurredOn: null,
          details: {},
        },
      ],
      patch: { missingFromSourceSince: input.now },
    });
  }

  const reasons = breakerReasons(input, {
    changes,
    listed: listed.length,
    missing,
    quarantined: quarantined.length,
    sensitive,
  });
  return {
    changes,
    quarantined,
    counts: countEvents(changes),
    listedBefore: listed.length,
    hold: reasons.length > 0,
    reasons,
  };
}

export function countEvents(changes: readonly RecordPlan[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const change of changes) for (const event of change.events) counts[event.kind] = (counts[event.kind] ?? 0) + 1;
  return counts;
}

/**
 * The run without the people held apart (and those left out because their change is already waiting
 * or was rejected). It cannot be split when a person new to the register is held while others are
 * listed: a pending follow matching both would attach to the one listed first, as if there were no
 * namesake; then the whole run waits.
 */
export function splitPlan(
  plan: SyncPlan,
  held: ReadonlySet<string>,
  left: ReadonlySet<string>,
): { apply: SyncPlan; held: RecordPlan[] } | undefined {
  const apply = plan.changes.filter((c) => !held.has(c.externalId) && !left.has(c.externalId));
  const heldChanges = plan.changes.filter((c) => held.has(c.externalId));
  if (heldChanges.some((c) => c.prisonerId === null) && apply.some((c) => c.prisonerId === null)) return undefined;
  return { apply: { ...plan, changes: apply, counts: countEvents(apply) }, held: heldChanges };
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
  if (input.previousShape !== null && input.previousShape !== input.shape)
    reasons.push({ rule: 'shape', value: input.shape, limit: input.previousShape });
  for (const what of run.sensitive) reasons.push({ rule: 'sensitive', value: what, limit: 0 });
  return reasons;
}

/** One line per reason, in English, for logs and the run's record. */
export function describeReasons(reasons: readonly BreakerReason[]): string {
  return reasons
    .map((r) => {
      switch (r.rule) {
        case 'change_ratio':
          return `${r.value} records would change (limit ${r.limit})`;
        case 'releases':
          return `${r.value} releases in one run (limit ${r.limit})`;
        case 'row_drop':
          return `${r.value} records would go missing from the source (limit ${r.limit})`;
        case 'quarantine_ratio':
          return `${r.value} rows could not be read (limit ${r.limit})`;
        case 'shape':
          return `the source's columns changed from "${r.limit}" to "${r.value}"`;
        case 'sensitive':
          return `needs a person's judgement: ${r.value}`;
        case 'grave':
          return `grave news to check first: ${r.value}`;
      }
    })
    .join('; ');
}
