import type { Db } from '../../db/database.ts';
import { saveFacilities } from '../../db/queries/facilities.ts';
import { insertPrisoners, markMissingFromSource, updatePrisoner } from '../../db/queries/prisoners.ts';
import { saveClaims } from '../../db/queries/source-claims.ts';
import type { SourceRow } from '../../db/queries/sources.ts';
import type { NewPrisonerRow } from '../../db/schema/index.ts';
import type { AlertPerson } from '../../domain/alert-message.ts';
import type { FacilityEntry } from '../../domain/facility.ts';
import type { StoredRecord } from '../../domain/source-record.ts';
import type { RecordPlan, SyncPlan } from '../../domain/sync-plan.ts';
import {
  recordStatusChanges,
  type StatusChange,
  type StatusChangeWriterDeps,
} from '../status-changes/status-change-writer.ts';

export interface ApplyContext {
  source: SourceRow;
  runId: number;
  plan: SyncPlan;
  /** The stored side the plan was made from, by prisoner id, to render alerts about known people. */
  stored: ReadonlyMap<number, StoredRecord>;
  fetchedAt: Date;
  now: Date;
  /** The facilities the snapshot names, with the addresses it gives, for the directory. */
  facilities: readonly FacilityEntry[];
  /** An admin confirmed this run (or this person's held change): recorded on each history row. */
  confirmedBy?: number;
}

export interface ApplyResult {
  alerts: number;
  attached: number;
}

/**
 * Writes a plan inside the caller's transaction: the records, then every event through the
 * status-change writer (history, pending follows, alerts). All of it commits together or not at all.
 */
export async function applyPlan(tx: Db, deps: StatusChangeWriterDeps, ctx: ApplyContext): Promise<ApplyResult> {
  const { source, plan, now } = ctx;
  const added = plan.changes.filter((c) => c.prisonerId === null);
  const newIds = await insertPrisoners(
    tx,
    added.map(
      (c) =>
        ({
          ...c.patch,
          externalId: c.externalId,
          sourceId: source.id,
          createdAt: now,
          updatedAt: now,
        }) as NewPrisonerRow,
    ),
  );
  const people = new Map<number, AlertPerson & { change: RecordPlan }>();
  const missing: number[] = [];
  for (const change of plan.changes) {
    const id = change.prisonerId ?? newIds.get(change.externalId)!;
    if (change.prisonerId !== null) {
      if (change.events.every((e) => e.kind === 'missing_from_source')) missing.push(id);
      else await updatePrisoner(tx, id, change.patch, now);
    }
    people.set(id, { ...(ctx.stored.get(id) ?? {}), ...change.patch, id, change } as AlertPerson & {
      change: RecordPlan;
    });
  }
  await markMissingFromSource(tx, missing, now);
  await saveClaims(
    tx,
    source.id,
    plan.changes
      .filter((c) => c.claim)
      .map((c) => ({ prisonerId: c.prisonerId ?? newIds.get(c.externalId)!, claim: c.claim! })),
    now,
  );
  await saveFacilities(tx, ctx.facilities, source.id, now);

  const newcomers = new Map(
    added.map(({ externalId, patch }) => [
      newIds.get(externalId)!,
      {
        names: [patch.nameBe, patch.nameRu, patch.nameEn, ...(patch.aliases ?? [])].filter((n): n is string => !!n),
        birthYear: patch.birthYear ?? undefined,
        gender: patch.gender ?? undefined,
      },
    ]),
  );
  const changes: StatusChange[] = [];
  for (const [id, { change, ...person }] of people) {
    for (const event of change.events) changes.push({ prisonerId: id, event, person, newcomer: newcomers.get(id) });
  }
  const provenance = {
    via: 'sync' as const,
    runId: ctx.runId,
    source,
    fetchedAt: ctx.fetchedAt,
    ...(ctx.confirmedBy !== undefined ? { confirmedBy: ctx.confirmedBy } : {}),
  };
  return recordStatusChanges(tx, deps, provenance, changes, now);
}
