import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';
import { prisoners } from '../schema/index.ts';

export interface RegisteredName {
  id: number;
  nameBe: string | null;
  nameRu: string | null;
  nameEn: string | null;
}

/**
 * Every registered person's names, for the namesake check (app/names/namesakes.ts). Names are folded in
 * TypeScript, not by SQL lower(), whose result depends on the database's locale. One JSON value
 * rather than 10,000 rows: PGlite pays per row; this way the whole register takes about 100 ms.
 */
export async function registeredNames(db: Db): Promise<RegisteredName[]> {
  const [row] = rowsOf<{ names: unknown }>(
    await db.execute(
      sql`select coalesce(json_agg(json_build_array(id, name_be, name_ru, name_en)), '[]')::text as names from prisoners`,
    ),
  );
  const rows = JSON.parse(typeof row?.names === 'string' ? row.names : '[]') as [
    number,
    string | null,
    string | null,
    string | null,
  ][];
  return rows.map(([id, nameBe, nameRu, nameEn]) => ({ id, nameBe, nameRu, nameEn }));
}

/**
 * Changes whenever any prisoner row is inserted, updated or deleted: the count, and the sum of the
 * revisions a sequence and trigger give every write (a deleted row takes its revision away, a new or
 * changed one brings a higher one). One aggregate, a few milliseconds at 10,000 rows.
 */
export async function registerFingerprint(db: Db): Promise<string> {
  const [row] = rowsOf<{ fingerprint: string }>(
    await db.execute(
      sql`select count(*)::text || ':' || coalesce(sum(revision), 0)::text as fingerprint from ${prisoners}`,
    ),
  );
  return row?.fingerprint ?? '0:0';
}

export interface NamesakeFactsRow {
  id: number;
  birthYear: number | null;
  birthDate: string | null;
  region: string | null;
  detainedAt: string | null;
}

/** What tells namesakes apart, for these people. */
export async function namesakeFacts(db: Db, ids: readonly number[]): Promise<NamesakeFactsRow[]> {
  const out: NamesakeFactsRow[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    out.push(
      ...(await db
        .select({
          id: prisoners.id,
          birthYear: prisoners.birthYear,
          birthDate: prisoners.birthDate,
          region: prisoners.region,
          detainedAt: prisoners.detainedAt,
        })
        .from(prisoners)
        .where(inArray(prisoners.id, ids.slice(i, i + 1000)))),
    );
  }
  return out;
}
