import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';
import { prisoners, type PrisonerRow } from '../schema/index.ts';

/** Whether anything in the register changed: one cheap aggregate over the revisions a trigger keeps. */
export interface RegisterFingerprint {
  count: number;
  revisions: string;
}

export async function registerFingerprint(db: Db): Promise<RegisterFingerprint> {
  const [now] = rowsOf<{ count: string | number; revisions: string | number | null }>(
    await db.execute(sql`select count(*) as count, coalesce(sum(revision), 0)::text as revisions from ${prisoners}`),
  );
  return { count: Number(now?.count ?? 0), revisions: String(now?.revisions ?? '0') };
}

/** Every record's id with its revision. */
export function registerRevisions(db: Db): Promise<{ id: number; revision: number }[]> {
  return db.select({ id: prisoners.id, revision: prisoners.revision }).from(prisoners);
}

/** The records with these ids (at most 1000 at a time: the caller chunks). */
export function prisonersByIds(db: Db, ids: readonly number[]): Promise<PrisonerRow[]> {
  return db
    .select()
    .from(prisoners)
    .where(inArray(prisoners.id, [...ids]));
}
