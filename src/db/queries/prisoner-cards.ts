import { and, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { prisoners, sources, statusHistory, type PrisonerRow } from '../schema/index.ts';

/** A prisoner row with the last time its source was read successfully, for the card's "as of". */
export type CardSourceRow = PrisonerRow & { sourceCheckedAt: Date | null };

export interface LastChangeRow {
  prisonerId: number;
  kind: string;
  occurredOn: string | null;
  observedAt: Date;
}

/** The rows for these cards, in no particular order; ids not on the register are simply absent. */
export async function findCardRows(db: Db, ids: readonly number[]): Promise<CardSourceRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ prisoner: prisoners, sourceCheckedAt: sources.lastSuccessAt })
    .from(prisoners)
    .leftJoin(sources, eq(sources.id, prisoners.sourceId))
    .where(inArray(prisoners.id, [...ids]));
  return rows.map((r) => ({ ...r.prisoner, sourceCheckedAt: r.sourceCheckedAt }));
}

/**
 * The latest real change of each person: not corrections or "missing from source" (never told),
 * not the first import of a source (that is when we started reading, not when anything happened),
 * not changes an admin undid.
 */
export async function findLastChanges(db: Db, ids: readonly number[]): Promise<Map<number, LastChangeRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([statusHistory.prisonerId], {
      prisonerId: statusHistory.prisonerId,
      kind: statusHistory.kind,
      occurredOn: statusHistory.occurredOn,
      observedAt: statusHistory.observedAt,
    })
    .from(statusHistory)
    .where(
      and(
        inArray(statusHistory.prisonerId, [...ids]),
        notInArray(statusHistory.kind, ['correction', 'missing_from_source']),
        isNull(statusHistory.revertedAt),
        sql`coalesce((${statusHistory.details} ->> 'initialImport')::boolean, false) = false`,
      ),
    )
    .orderBy(statusHistory.prisonerId, desc(statusHistory.id));
  return new Map(rows.map((r) => [r.prisonerId, r]));
}
