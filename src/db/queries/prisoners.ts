import { and, count, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { SourceClaim } from '../../domain/source-record.ts';
import type { RecordPatch } from '../../domain/source-record.ts';
import type { PlanStoredRecord } from '../../domain/sync-plan.ts';
import type { Db } from '../database.ts';
import { prisoners, sourceClaims, type NewPrisonerRow, type PrisonerRow } from '../schema/index.ts';
import { recentStatusChanges, statusesBeforeUnknown } from './status-history.ts';

const CHUNK = 1000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const SYNC_COLUMNS = {
  id: prisoners.id,
  externalId: prisoners.externalId,
  nameBe: prisoners.nameBe,
  nameRu: prisoners.nameRu,
  nameEn: prisoners.nameEn,
  aliases: prisoners.aliases,
  aliasKinds: prisoners.aliasKinds,
  gender: prisoners.gender,
  birthDate: prisoners.birthDate,
  birthYear: prisoners.birthYear,
  region: prisoners.region,
  status: prisoners.status,
  statusSince: prisoners.statusSince,
  expelledTo: prisoners.expelledTo,
  recognizedAt: prisoners.recognizedAt,
  detainedAt: prisoners.detainedAt,
  verdictAt: prisoners.verdictAt,
  facilityName: prisoners.facilityName,
  facilityAddress: prisoners.facilityAddress,
  articles: prisoners.articles,
  sentenceYears: prisoners.sentenceYears,
  sentenceMonths: prisoners.sentenceMonths,
  penalty: prisoners.penalty,
  sourceUrl: prisoners.sourceUrl,
  missingFromSourceSince: prisoners.missingFromSourceSince,
  sourceId: prisoners.sourceId,
};

/** Each person with what the syncing source last said about their status (null columns: nothing yet). */
function selectSyncRows(db: Db, sourceId: number | null, where: SQL) {
  return db
    .select({
      ...SYNC_COLUMNS,
      claimed: sourceClaims.prisonerId,
      claimStatus: sourceClaims.status,
      claimSince: sourceClaims.statusSince,
      claimDetainedAt: sourceClaims.detainedAt,
    })
    .from(prisoners)
    .leftJoin(sourceClaims, and(eq(sourceClaims.prisonerId, prisoners.id), eq(sourceClaims.sourceId, sourceId ?? -1)))
    .where(where);
}
type SyncRow = Awaited<ReturnType<typeof selectSyncRows>>[number];

/**
 * What a sync compares against: everyone this source listed, and everyone with an id the snapshot
 * carries (whichever source listed them first). People whose whereabouts are unknown come with the
 * status they had before, so a freed person who resurfaces in custody is told as a return to custody.
 */
export async function loadSyncRecords(
  db: Db,
  sourceId: number | null,
  externalIds: readonly string[],
  options: { changesSince?: Date } = {},
): Promise<PlanStoredRecord[]> {
  const byId = new Map<number, PlanStoredRecord>();
  const add = (rows: SyncRow[]) => {
    for (const { sourceId: owner, claimed, claimStatus, claimSince, claimDetainedAt, ...row } of rows) {
      const sourceClaim: SourceClaim | null =
        claimed === null ? null : { status: claimStatus, statusSince: claimSince, detainedAt: claimDetainedAt };
      byId.set(row.id, { ...row, sourceClaim, ownedBySource: sourceId !== null && owner === sourceId });
    }
  };
  if (sourceId !== null) add(await selectSyncRows(db, sourceId, eq(prisoners.sourceId, sourceId)));
  // Most of a snapshot is this source's own people, loaded above; look up only the others.
  const known = new Set([...byId.values()].map((r) => r.externalId));
  for (const part of chunks(externalIds.filter((id) => !known.has(id))))
    add(await selectSyncRows(db, sourceId, inArray(prisoners.externalId, part)));
  if (options.changesSince) {
    for (const change of await recentStatusChanges(db, options.changesSince)) {
      const record = byId.get(change.prisonerId);
      if (record) (record.recentChanges ??= []).push(change);
    }
  }
  const lost = [...byId.values()].filter((r) => r.status === 'whereabouts_unknown').map((r) => r.id);
  if (lost.length > 0) {
    const before = await statusesBeforeUnknown(db, lost);
    for (const [id, status] of before) byId.get(id)!.statusBeforeUnknown = status;
  }
  return [...byId.values()];
}

/** Adds people new to the register; returns their ids by external id. */
export async function insertPrisoners(db: Db, rows: readonly NewPrisonerRow[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunks(rows)) {
    const inserted = await db
      .insert(prisoners)
      .values(part)
      .returning({ id: prisoners.id, externalId: prisoners.externalId });
    for (const row of inserted) ids.set(row.externalId!, row.id);
  }
  return ids;
}

export async function updatePrisoner(db: Db, id: number, patch: RecordPatch, at: Date): Promise<void> {
  // Nothing to write must not move `updatedAt` (the card's "as of") or the revision.
  if (Object.keys(patch).length === 0) return;
  await db
    .update(prisoners)
    .set({ ...patch, updatedAt: at })
    .where(eq(prisoners.id, id));
}

/** Marks people the source stopped listing, in one statement; never touches their status. */
export async function markMissingFromSource(db: Db, ids: readonly number[], at: Date): Promise<void> {
  for (const part of chunks(ids)) {
    await db
      .update(prisoners)
      .set({ missingFromSourceSince: at, updatedAt: at })
      .where(and(inArray(prisoners.id, part), isNull(prisoners.missingFromSourceSince)));
  }
}

/** How many people a source lists now (not missing), for /sync_status and the CLI. */
export async function countListed(db: Db, sourceId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(prisoners)
    .where(and(eq(prisoners.sourceId, sourceId), isNull(prisoners.missingFromSourceSince)));
  return row?.n ?? 0;
}

/** The records with these ids, by id. */
export async function findPrisoners(db: Db, ids: readonly number[]): Promise<Map<number, PrisonerRow>> {
  const out = new Map<number, PrisonerRow>();
  for (let i = 0; i < ids.length; i += 1000)
    for (const row of await db
      .select()
      .from(prisoners)
      .where(inArray(prisoners.id, ids.slice(i, i + 1000))))
      out.set(row.id, row);
  return out;
}

/** Removes a record, with its history (cascade). */
export async function deletePrisoner(db: Db, id: number): Promise<void> {
  await db.delete(prisoners).where(eq(prisoners.id, id));
}
