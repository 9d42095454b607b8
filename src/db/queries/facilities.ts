import { inArray, sql } from 'drizzle-orm';
import { facilityKey, type FacilityEntry } from '../../domain/facility.ts';
import type { Db } from '../database.ts';
import { records } from '../rows.ts';
import { facilities } from '../schema/index.ts';

/**
 * Adds the facilities a snapshot names and the addresses it gives. A facility given without an
 * address keeps the one the directory has: the address belongs to the place, and another row or
 * source may know it.
 */
export async function saveFacilities(
  db: Db,
  entries: readonly FacilityEntry[],
  sourceId: number,
  at: Date,
): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({ k: e.key, n: e.name, a: e.address ?? null }));
  await db.execute(sql`
    insert into facilities (key, name, address, source_id, updated_at)
    select v.k, v.n, v.a, ${sourceId}, ${at.toISOString()}::timestamptz from ${records(rows, 'k text, n text, a text')}
    on conflict (key) do update
      set name = excluded.name, address = coalesce(excluded.address, facilities.address), source_id = excluded.source_id, updated_at = excluded.updated_at
      where facilities.name is distinct from excluded.name or (excluded.address is not null and facilities.address is distinct from excluded.address)`);
}

/** The address for letters of each named facility, by `facilityKey`; unknown places and places without one are absent. */
export async function facilityAddresses(
  db: Db,
  names: readonly (string | null | undefined)[],
): Promise<Map<string, string>> {
  const keys = [...new Set(names.filter((n): n is string => !!n).map(facilityKey))];
  if (keys.length === 0) return new Map();
  const rows = await db
    .select({ key: facilities.key, address: facilities.address })
    .from(facilities)
    .where(inArray(facilities.key, keys));
  return new Map(rows.filter((r) => r.address !== null).map((r) => [r.key, r.address!]));
}

/** A person's address for letters as the directory knows it for their facility, or null. */
export function addressOf(
  addresses: ReadonlyMap<string, string>,
  facilityName: string | null | undefined,
): string | null {
  return facilityName ? (addresses.get(facilityKey(facilityName)) ?? null) : null;
}
