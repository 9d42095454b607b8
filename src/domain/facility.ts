import type { SourceRecord } from './source-record.ts';

/** "ИК-9" and "ИК 9" are the same colony: a spelling fix is a correction, not a transfer. */
export function facilityKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A move to another place, not the same place spelled anew. */
export function isOtherFacility(from: string | null, to: string | null | undefined): boolean {
  return from !== null && to !== null && to !== undefined && facilityKey(from) !== facilityKey(to);
}

export interface FacilityEntry {
  key: string;
  name: string;
  /** Absent when no row of the snapshot gives one: the directory keeps what it knows. */
  address?: string;
}

/**
 * The facilities a snapshot names, each with the address its rows give. Where rows disagree, the
 * address most of them give wins (ties: the first seen).
 */
export function facilitiesOf(records: readonly SourceRecord[]): FacilityEntry[] {
  const byKey = new Map<string, { name: string; addresses: Map<string, number> }>();
  for (const r of records) {
    const name = r.facilityName?.trim();
    if (!name) continue;
    const key = facilityKey(name);
    if (!key) continue;
    const entry = byKey.get(key) ?? { name, addresses: new Map<string, number>() };
    byKey.set(key, entry);
    const address = r.facilityAddress?.trim();
    if (address) entry.addresses.set(address, (entry.addresses.get(address) ?? 0) + 1);
  }
  return [...byKey].map(([key, { name, addresses }]) => {
    let best: string | undefined;
    for (const [address, n] of addresses) if (best === undefined || n > addresses.get(best)!) best = address;
    return best === undefined ? { key, name } : { key, name, address: best };
  });
}
