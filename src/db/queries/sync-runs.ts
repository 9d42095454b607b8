import { and, count, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { QuarantinedRow } from '../../domain/source-record.ts';
import type { Db } from '../database.ts';
import { quarantinedRows, syncRuns } from '../schema/index.ts';

export type SyncRunRow = typeof syncRuns.$inferSelect;
/** running | applied | unchanged | held | confirmed | rejected | superseded | failed */
export type SyncRunStatus =
  'running' | 'applied' | 'unchanged' | 'held' | 'confirmed' | 'rejected' | 'superseded' | 'failed';

export async function createSyncRun(db: Db, sourceId: number, slot: string, startedAt: Date): Promise<number> {
  const [row] = await db.insert(syncRuns).values({ sourceId, slot, startedAt }).returning({ id: syncRuns.id });
  return row!.id;
}

export async function updateSyncRun(
  db: Db,
  id: number,
  fields: Partial<Omit<SyncRunRow, 'id' | 'status'>> & { status?: SyncRunStatus },
): Promise<void> {
  await db.update(syncRuns).set(fields).where(eq(syncRuns.id, id));
}

/** Fails the source's runs still `running` since before `staleBefore`; returns their ids. */
export async function failStaleRuns(
  db: Db,
  sourceId: number,
  staleBefore: Date,
  at: Date,
  reason: string,
): Promise<number[]> {
  const rows = await db
    .update(syncRuns)
    .set({ status: 'failed', reason, finishedAt: at })
    .where(and(eq(syncRuns.sourceId, sourceId), eq(syncRuns.status, 'running'), lt(syncRuns.startedAt, staleBefore)))
    .returning({ id: syncRuns.id });
  return rows.map((r) => r.id);
}

export async function findSyncRun(db: Db, id: number): Promise<SyncRunRow | undefined> {
  const [row] = await db.select().from(syncRuns).where(eq(syncRuns.id, id)).limit(1);
  return row;
}

export function heldRuns(db: Db, sourceId?: number): Promise<SyncRunRow[]> {
  const held = eq(syncRuns.status, 'held');
  return db
    .select()
    .from(syncRuns)
    .where(sourceId === undefined ? held : and(held, eq(syncRuns.sourceId, sourceId)))
    .orderBy(desc(syncRuns.id));
}

/** One person's change held apart from its run (its snapshot has `personal`). */
const isPersonal = sql`coalesce(${syncRuns.plan} ? 'personal', false)`;

/**
 * A newer snapshot was applied or held: older held runs of the source can no longer be confirmed.
 * One person's change held apart stays: a newer snapshot decides about it person by person.
 */
export async function supersedeHeldRuns(db: Db, sourceId: number, exceptRunId: number, at: Date): Promise<void> {
  await db
    .update(syncRuns)
    .set({ status: 'superseded', finishedAt: at })
    .where(
      and(
        eq(syncRuns.sourceId, sourceId),
        eq(syncRuns.status, 'held'),
        ne(syncRuns.id, exceptRunId),
        sql`not ${isPersonal}`,
      ),
    );
}

/** People's changes held apart (waiting) or refused by an admin, for a newer snapshot to recognise. */
export function personalHolds(
  db: Db,
  sourceId: number,
  statuses: readonly ('held' | 'rejected')[],
): Promise<SyncRunRow[]> {
  return db
    .select()
    .from(syncRuns)
    .where(and(eq(syncRuns.sourceId, sourceId), inArray(syncRuns.status, [...statuses]), isPersonal))
    .orderBy(syncRuns.id);
}

/** The latest runs of a source, newest first. */
export function latestRuns(db: Db, sourceId: number, limit: number): Promise<SyncRunRow[]> {
  return db.select().from(syncRuns).where(eq(syncRuns.sourceId, sourceId)).orderBy(desc(syncRuns.id)).limit(limit);
}

export async function insertQuarantinedRows(db: Db, syncRunId: number, rows: readonly QuarantinedRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(quarantinedRows).values(
      rows.slice(i, i + 1000).map((q) => ({
        syncRunId,
        rowRef: q.rowRef.slice(0, 300),
        reason: q.reason.slice(0, 1000),
        raw: q.raw ?? null,
      })),
    );
  }
}

export function quarantinedOf(db: Db, syncRunId: number, limit: number) {
  return db
    .select()
    .from(quarantinedRows)
    .where(eq(quarantinedRows.syncRunId, syncRunId))
    .orderBy(quarantinedRows.id)
    .limit(limit);
}

export async function countQuarantined(db: Db, syncRunIds: readonly number[]): Promise<Map<number, number>> {
  if (syncRunIds.length === 0) return new Map();
  const rows = await db
    .select({ runId: quarantinedRows.syncRunId, n: count() })
    .from(quarantinedRows)
    .where(inArray(quarantinedRows.syncRunId, [...syncRunIds]))
    .groupBy(quarantinedRows.syncRunId);
  return new Map(rows.map((r) => [r.runId, r.n]));
}
