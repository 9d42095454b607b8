import { and, desc, eq, inArray } from 'drizzle-orm';
import type { PrisonerStatus } from '../../domain/status.ts';
import type { Db } from '../database.ts';
import { statusHistory } from '../schema/index.ts';

export type NewStatusHistoryRow = typeof statusHistory.$inferInsert;

const CHUNK = 1000;

/** Writes history rows; returns each row's id with the person and kind it was written for. */
export async function insertStatusHistory(db: Db, rows: readonly NewStatusHistoryRow[]): Promise<{ id: number; prisonerId: number; kind: string }[]> {
  const out: { id: number; prisonerId: number; kind: string }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    out.push(...(await db.insert(statusHistory).values(rows.slice(i, i + CHUNK)).returning({ id: statusHistory.id, prisonerId: statusHistory.prisonerId, kind: statusHistory.kind })));
  }
  return out;
}

/** For people whose whereabouts are unknown: the status they had when they were lost from view. */
export async function statusesBeforeUnknown(db: Db, prisonerIds: readonly number[]): Promise<Map<number, PrisonerStatus>> {
  const out = new Map<number, PrisonerStatus>();
  for (let i = 0; i < prisonerIds.length; i += CHUNK) {
    const rows = await db
      .select({ prisonerId: statusHistory.prisonerId, fromStatus: statusHistory.fromStatus })
      .from(statusHistory)
      .where(and(inArray(statusHistory.prisonerId, prisonerIds.slice(i, i + CHUNK)), eq(statusHistory.kind, 'whereabouts_unknown')))
      .orderBy(desc(statusHistory.id));
    // Newest first: the first row seen for a person is the latest time they were lost from view.
    for (const row of rows) if (row.fromStatus && !out.has(row.prisonerId)) out.set(row.prisonerId, row.fromStatus);
  }
  return out;
}
