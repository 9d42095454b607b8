import type { QuarantinedRow, SourceRecord } from '../domain/source-record.ts';

/** A record as a parser read it, with where it was in the source (for admins). */
export interface ReadRow {
  record: SourceRecord;
  rowRef: string;
}

/**
 * One person listed more than once, in any of the three formats. Copies that agree in every field
 * are one record. Copies that disagree (one "released", one "imprisoned") are all quarantined: we
 * cannot tell which the source means, and a wrong release alert is worse than a late one. A copy that
 * could not be read at all counts as disagreeing. Lists without ids key people by name and birth
 * date, and there two rows with one key are namesakes we cannot tell apart: both are quarantined.
 */
export function quarantineDuplicates(
  rows: readonly ReadRow[],
  unreadable: readonly QuarantinedRow[] = [],
): { records: SourceRecord[]; quarantined: QuarantinedRow[] } {
  const copies = new Map<string, ReadRow[]>();
  for (const row of rows) copies.set(row.record.externalId, [...(copies.get(row.record.externalId) ?? []), row]);
  const unreadableRef = new Map(
    unreadable.filter((q) => q.externalId !== undefined).map((q) => [q.externalId!, q.rowRef]),
  );
  const records: SourceRecord[] = [];
  const quarantined: QuarantinedRow[] = [];
  const quarantine = (row: ReadRow, reason: string) =>
    quarantined.push({ rowRef: row.rowRef, externalId: row.record.externalId, reason, raw: row.record });
  for (const [id, group] of copies) {
    const others = (row: ReadRow) =>
      group
        .filter((r) => r !== row)
        .map((r) => r.rowRef)
        .join(', ');
    if (id.startsWith('name:') && group.length > 1) {
      for (const row of group)
        quarantine(row, 'another row has the same name and birth date; an id column would tell them apart');
    } else if (unreadableRef.has(id)) {
      for (const row of group)
        quarantine(
          row,
          `${unreadableRef.get(id)} has the same id "${id}" and could not be read, so this copy is not applied either`,
        );
    } else if (group.length > 1 && group.some((r) => !sameRecord(r.record, group[0]!.record))) {
      const fields = differingFields(group.map((r) => r.record));
      for (const row of group)
        quarantine(
          row,
          `${others(row)} ${group.length > 2 ? 'have' : 'has'} the same id "${id}" with different ${fields.join(', ')}; no copy is applied`,
        );
    } else {
      records.push(group[0]!.record);
    }
  }
  return { records, quarantined };
}

function sameRecord(a: SourceRecord, b: SourceRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function differingFields(records: readonly SourceRecord[]): string[] {
  const keys = new Set(records.flatMap((r) => Object.keys(r))) as Set<keyof SourceRecord>;
  const differing = [...keys].filter((k) =>
    records.some((r) => JSON.stringify(r[k]) !== JSON.stringify(records[0]![k])),
  );
  // The source's own wording of the status differs whenever the status does: naming both says nothing more.
  return differing.includes('status') ? differing.filter((k) => k !== 'statusText') : differing;
}
