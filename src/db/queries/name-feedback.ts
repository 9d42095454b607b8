import { desc, eq } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { nameFeedback, prisoners, type NameFeedbackVia } from '../schema/index.ts';

/** Records a (query key, person) pair once; a second sight of the same pair changes nothing. */
export async function insertNameFeedback(
  db: Db,
  queryKey: string,
  prisonerId: number,
  via: NameFeedbackVia,
): Promise<void> {
  await db.insert(nameFeedback).values({ queryKey, prisonerId, via }).onConflictDoNothing();
}

export interface NameFeedbackRow {
  queryKey: string;
  prisonerId: number;
  via: NameFeedbackVia;
  /** The person's name as listed, for the admin to compare with the key. */
  name: string | null;
}

/** The latest pairs first, for /audit. */
export async function latestNameFeedback(db: Db, limit: number): Promise<NameFeedbackRow[]> {
  const rows = await db
    .select({
      queryKey: nameFeedback.queryKey,
      prisonerId: nameFeedback.prisonerId,
      via: nameFeedback.via,
      nameEn: prisoners.nameEn,
      nameBe: prisoners.nameBe,
      nameRu: prisoners.nameRu,
    })
    .from(nameFeedback)
    .innerJoin(prisoners, eq(prisoners.id, nameFeedback.prisonerId))
    .orderBy(desc(nameFeedback.id))
    .limit(limit);
  return rows.map(({ nameEn, nameBe, nameRu, ...r }) => ({ ...r, name: nameEn ?? nameBe ?? nameRu }));
}
