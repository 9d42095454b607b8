import { and, desc, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { RecentStatusChange } from '../../domain/status-flips.ts';
import type { PrisonerStatus } from '../../domain/status.ts';
import type { Db } from '../database.ts';
import type { BatchTitles } from '../../domain/batch-title.ts';
import { prisoners, releaseBatches, statusHistory, type PrisonerRow, type StatusHistoryRow } from '../schema/index.ts';

export type NewStatusHistoryRow = typeof statusHistory.$inferInsert;

const CHUNK = 1000;

/** Writes history rows; returns each row's id with the person and kind it was written for. */
export async function insertStatusHistory(
  db: Db,
  rows: readonly NewStatusHistoryRow[],
): Promise<{ id: number; prisonerId: number; kind: string }[]> {
  const out: { id: number; prisonerId: number; kind: string }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    out.push(
      ...(await db
        .insert(statusHistory)
        .values(rows.slice(i, i + CHUNK))
        .returning({ id: statusHistory.id, prisonerId: statusHistory.prisonerId, kind: statusHistory.kind })),
    );
  }
  return out;
}

/** For people whose whereabouts are unknown: the status they had when they were lost from view. */
export async function statusesBeforeUnknown(
  db: Db,
  prisonerIds: readonly number[],
): Promise<Map<number, PrisonerStatus>> {
  const out = new Map<number, PrisonerStatus>();
  for (let i = 0; i < prisonerIds.length; i += CHUNK) {
    const rows = await db
      .select({ prisonerId: statusHistory.prisonerId, fromStatus: statusHistory.fromStatus })
      .from(statusHistory)
      .where(
        and(
          inArray(statusHistory.prisonerId, prisonerIds.slice(i, i + CHUNK)),
          eq(statusHistory.kind, 'whereabouts_unknown'),
        ),
      )
      .orderBy(desc(statusHistory.id));
    // Newest first: the first row seen for a person is the latest time they were lost from view.
    for (const row of rows) if (row.fromStatus && !out.has(row.prisonerId)) out.set(row.prisonerId, row.fromStatus);
  }
  return out;
}

/** Status changes recorded since `since` (not undone), oldest first: what a flapping source did today. */
export async function recentStatusChanges(
  db: Db,
  since: Date,
): Promise<(RecentStatusChange & { prisonerId: number })[]> {
  const rows = await db
    .select({
      prisonerId: statusHistory.prisonerId,
      from: statusHistory.fromStatus,
      to: statusHistory.toStatus,
      at: statusHistory.createdAt,
    })
    .from(statusHistory)
    .where(
      and(
        gt(statusHistory.createdAt, since),
        isNull(statusHistory.revertedAt),
        isNotNull(statusHistory.fromStatus),
        sql`${statusHistory.fromStatus} is distinct from ${statusHistory.toStatus}`,
      ),
    )
    .orderBy(statusHistory.id);
  return rows.filter(
    (r): r is typeof r & { from: PrisonerStatus; to: PrisonerStatus } => r.from !== null && r.to !== null,
  );
}

/** Events an admin confirmed (`details.confirmedBy`), as `kind:status:date` by person, for grave news not to be asked twice. */
export async function confirmedEvents(db: Db, prisonerIds: readonly number[]): Promise<Map<number, Set<string>>> {
  const out = new Map<number, Set<string>>();
  for (let i = 0; i < prisonerIds.length; i += CHUNK) {
    const rows = await db
      .select({
        prisonerId: statusHistory.prisonerId,
        kind: statusHistory.kind,
        to: statusHistory.toStatus,
        on: statusHistory.occurredOn,
      })
      .from(statusHistory)
      .where(
        and(
          inArray(statusHistory.prisonerId, prisonerIds.slice(i, i + CHUNK)),
          isNotNull(statusHistory.occurredOn),
          sql`${statusHistory.details} ? 'confirmedBy'`,
        ),
      );
    for (const r of rows) {
      const keys = out.get(r.prisonerId) ?? new Set<string>();
      keys.add(`${r.kind}:${r.to}:${r.on}`);
      out.set(r.prisonerId, keys);
    }
  }
  return out;
}

export interface BatchBehind {
  id: number;
  title: string;
  titles: BatchTitles | null;
  releaseDate: string;
}

/** For people whose latest status change came from a release batch (not undone): that batch. */
export async function batchesBehind(db: Db, prisonerIds: readonly number[]): Promise<Map<number, BatchBehind>> {
  const out = new Map<number, BatchBehind>();
  for (let i = 0; i < prisonerIds.length; i += CHUNK) {
    const latest = db
      .selectDistinctOn([statusHistory.prisonerId], {
        prisonerId: statusHistory.prisonerId,
        batchId: statusHistory.releaseBatchId,
      })
      .from(statusHistory)
      .where(
        and(
          inArray(statusHistory.prisonerId, prisonerIds.slice(i, i + CHUNK)),
          isNull(statusHistory.revertedAt),
          sql`${statusHistory.fromStatus} is distinct from ${statusHistory.toStatus}`,
        ),
      )
      .orderBy(statusHistory.prisonerId, desc(statusHistory.id))
      .as('latest');
    const rows = await db
      .select({
        prisonerId: latest.prisonerId,
        id: releaseBatches.id,
        title: releaseBatches.title,
        titles: releaseBatches.titles,
        releaseDate: releaseBatches.releaseDate,
      })
      .from(latest)
      .innerJoin(releaseBatches, eq(releaseBatches.id, latest.batchId));
    for (const r of rows)
      out.set(r.prisonerId, { id: r.id, title: r.title, titles: r.titles, releaseDate: r.releaseDate });
  }
  return out;
}

/** The latest recorded event of each kind, as the status-change writer compares a new event with it. */
export interface StandingEvent {
  id: number;
  prisonerId: number;
  kind: string;
  toStatus: PrisonerStatus | null;
  occurredOn: string | null;
  details: Record<string, unknown>;
}

/**
 * For each person and kind, the latest event not undone that still stands: no later row (not undone)
 * moved the person to another status. A new event equal to it is the same news reaching us again
 * (by another path, or a repeated call), not news.
 */
export async function standingEvents(db: Db, prisonerIds: readonly number[]): Promise<StandingEvent[]> {
  const out: StandingEvent[] = [];
  for (let i = 0; i < prisonerIds.length; i += CHUNK) {
    const rows = await db
      .selectDistinctOn([statusHistory.prisonerId, statusHistory.kind], {
        id: statusHistory.id,
        prisonerId: statusHistory.prisonerId,
        kind: statusHistory.kind,
        toStatus: statusHistory.toStatus,
        occurredOn: statusHistory.occurredOn,
        details: statusHistory.details,
      })
      .from(statusHistory)
      .where(
        and(
          inArray(statusHistory.prisonerId, prisonerIds.slice(i, i + CHUNK)),
          isNull(statusHistory.revertedAt),
          sql`not exists (select 1 from ${statusHistory} later
                where later.prisoner_id = ${statusHistory.prisonerId} and later.id > ${statusHistory.id}
                  and later.reverted_at is null
                  and later.from_status is distinct from later.to_status
                  and later.to_status is distinct from ${statusHistory.toStatus})`,
        ),
      )
      .orderBy(statusHistory.prisonerId, statusHistory.kind, desc(statusHistory.id));
    out.push(...rows);
  }
  return out;
}

/** A batch's history rows not yet undone, each with the person's record as it is now. */
export async function standingBatchHistory(
  db: Db,
  batchId: number,
): Promise<{ h: StatusHistoryRow; p: PrisonerRow }[]> {
  return db
    .select({ h: statusHistory, p: prisoners })
    .from(statusHistory)
    .innerJoin(prisoners, eq(prisoners.id, statusHistory.prisonerId))
    .where(and(eq(statusHistory.releaseBatchId, batchId), isNull(statusHistory.revertedAt)));
}

export async function markReverted(db: Db, historyId: number, at: Date): Promise<void> {
  await db.update(statusHistory).set({ revertedAt: at }).where(eq(statusHistory.id, historyId));
}
