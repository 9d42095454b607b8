import { sql } from 'drizzle-orm';
import { IN_CUSTODY_STATUSES, type PrisonerStatus } from '../../domain/status.ts';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';

export interface BirthdayRow {
  prisonerId: number;
  birthDate: string | null;
  status: PrisonerStatus;
  nameBe: string | null;
  nameRu: string | null;
  nameEn: string | null;
  facilityName: string | null;
}

/** People held with a full birth date: the only ones a birthday list can name. */
export async function birthdayCandidates(db: Db): Promise<BirthdayRow[]> {
  const statuses = sql.join(
    IN_CUSTODY_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select id, birth_date::text as birth_date, status, name_be, name_ru, name_en, facility_name from prisoners
    where birth_date is not null and status in (${statuses})`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    prisonerId: Number(r.id),
    birthDate: (r.birth_date as string | null) ?? null,
    status: r.status as PrisonerStatus,
    nameBe: (r.name_be as string | null) ?? null,
    nameRu: (r.name_ru as string | null) ?? null,
    nameEn: (r.name_en as string | null) ?? null,
    facilityName: (r.facility_name as string | null) ?? null,
  }));
}
