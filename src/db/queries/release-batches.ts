import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../database.ts';
import {
  prisoners,
  releaseBatches,
  releaseBatchLines,
  type ReleaseBatchLineRow,
  type ReleaseBatchRow,
} from '../schema/index.ts';
import type { PrisonerStatus } from '../../domain/status.ts';

export type NewReleaseLine = Omit<typeof releaseBatchLines.$inferInsert, 'id' | 'batchId'>;

const OPEN = ['draft', 'preview'];
const CHUNK = 500;

/** Starts a new draft for an admin; an open draft of theirs is cancelled (one dialogue at a time). */
export async function createDraft(
  db: Db,
  adminId: number,
  releaseDate: string,
  at: Date,
): Promise<{ batch: ReleaseBatchRow; cancelled: number[] }> {
  return db.transaction(async (tx) => {
    const cancelled = await tx
      .update(releaseBatches)
      .set({ status: 'cancelled', step: null })
      .where(and(eq(releaseBatches.createdBy, adminId), inArray(releaseBatches.status, OPEN)))
      .returning({ id: releaseBatches.id });
    const [batch] = await tx
      .insert(releaseBatches)
      .values({
        title: '',
        releaseDate,
        kind: 'pardoned',
        status: 'draft',
        step: 'title',
        createdBy: adminId,
        createdAt: at,
      })
      .returning();
    return { batch: batch!, cancelled: cancelled.map((c) => c.id) };
  });
}

/** The admin's draft or preview in progress, if any. */
export async function findOpenBatch(db: Db, adminId: number): Promise<ReleaseBatchRow | undefined> {
  const [row] = await db
    .select()
    .from(releaseBatches)
    .where(and(eq(releaseBatches.createdBy, adminId), inArray(releaseBatches.status, OPEN)))
    .orderBy(desc(releaseBatches.id))
    .limit(1);
  return row;
}

export async function findBatch(db: Db, id: number): Promise<ReleaseBatchRow | undefined> {
  const [row] = await db.select().from(releaseBatches).where(eq(releaseBatches.id, id));
  return row;
}

export async function updateBatch(
  db: Db,
  id: number,
  patch: Partial<typeof releaseBatches.$inferInsert>,
): Promise<void> {
  await db.update(releaseBatches).set(patch).where(eq(releaseBatches.id, id));
}

/**
 * Moves a batch from one of `from` to `to` in one statement. The condition is the idempotency:
 * of two confirms racing (a double tap, a retry after a crash), exactly one gets the row back.
 */
export async function transitionBatch(
  db: Db,
  id: number,
  from: readonly string[],
  patch: Partial<typeof releaseBatches.$inferInsert> & { status: string },
): Promise<ReleaseBatchRow | undefined> {
  const [row] = await db
    .update(releaseBatches)
    .set(patch)
    .where(and(eq(releaseBatches.id, id), inArray(releaseBatches.status, [...from])))
    .returning();
  return row;
}

export async function replaceLines(db: Db, batchId: number, lines: readonly NewReleaseLine[]): Promise<void> {
  await db.delete(releaseBatchLines).where(eq(releaseBatchLines.batchId, batchId));
  for (let i = 0; i < lines.length; i += CHUNK) {
    await db.insert(releaseBatchLines).values(lines.slice(i, i + CHUNK).map((l) => ({ ...l, batchId })));
  }
}

export async function loadLines(db: Db, batchId: number): Promise<ReleaseBatchLineRow[]> {
  return db
    .select()
    .from(releaseBatchLines)
    .where(eq(releaseBatchLines.batchId, batchId))
    .orderBy(asc(releaseBatchLines.lineNo));
}

export async function updateLine(
  db: Db,
  batchId: number,
  lineNo: number,
  patch: Partial<NewReleaseLine>,
): Promise<void> {
  await db
    .update(releaseBatchLines)
    .set(patch)
    .where(and(eq(releaseBatchLines.batchId, batchId), eq(releaseBatchLines.lineNo, lineNo)));
}

/** Current statuses of the given people, for classifying candidates. */
export async function statusesOf(db: Db, ids: readonly number[]): Promise<Map<number, PrisonerStatus>> {
  const out = new Map<number, PrisonerStatus>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select({ id: prisoners.id, status: prisoners.status })
      .from(prisoners)
      .where(inArray(prisoners.id, ids.slice(i, i + CHUNK)));
    for (const row of rows) out.set(row.id, row.status);
  }
  return out;
}

export type PersonNames = { nameBe: string | null; nameRu: string | null; nameEn: string | null };

export async function namesOf(db: Db, ids: readonly number[]): Promise<Map<number, PersonNames>> {
  const out = new Map<number, PersonNames>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select({ id: prisoners.id, nameBe: prisoners.nameBe, nameRu: prisoners.nameRu, nameEn: prisoners.nameEn })
      .from(prisoners)
      .where(inArray(prisoners.id, ids.slice(i, i + CHUNK)));
    for (const { id, ...names } of rows) out.set(id, names);
  }
  return out;
}

/** Batches an admin still has to act on: previews and those waiting for a second admin, newest first. */
export async function openBatches(db: Db): Promise<ReleaseBatchRow[]> {
  return db
    .select()
    .from(releaseBatches)
    .where(inArray(releaseBatches.status, ['preview', 'awaiting_approval']))
    .orderBy(desc(releaseBatches.id))
    .limit(20);
}
