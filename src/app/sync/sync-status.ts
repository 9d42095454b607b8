import type { Db } from '../../db/database.ts';
import { logAdminAction } from '../../db/queries/admin-audit.ts';
import { countListed } from '../../db/queries/prisoners.ts';
import { listSources, type SourceRow } from '../../db/queries/sources.ts';
import { countQuarantined, heldRuns, latestRuns, quarantinedOf, type SyncRunRow } from '../../db/queries/sync-runs.ts';

export interface SourceSyncStatus {
  source: SourceRow;
  listed: number;
  /** Newest first, each with how many rows it could not read. */
  runs: (SyncRunRow & { quarantined: number })[];
  held: SyncRunRow[];
  /** Unreadable rows of the newest run that had any. */
  quarantine: { run: number; rows: { rowRef: string; reason: string }[] } | undefined;
}

/** /sync_status: per source, the last runs with counts by event kind, unreadable rows and held runs. */
export async function syncStatus(
  db: Db,
  options: { runsPerSource?: number; quarantineRows?: number } = {},
): Promise<SourceSyncStatus[]> {
  const out: SourceSyncStatus[] = [];
  for (const source of await listSources(db)) {
    const held = await heldRuns(db, source.id);
    if (!source.enabled && held.length === 0) continue;
    const runs = await latestRuns(db, source.id, options.runsPerSource ?? 5);
    const counts = await countQuarantined(
      db,
      runs.map((r) => r.id),
    );
    const withQuarantine = runs.find((r) => (counts.get(r.id) ?? 0) > 0);
    out.push({
      source,
      listed: await countListed(db, source.id),
      runs: runs.map((r) => ({ ...r, quarantined: counts.get(r.id) ?? 0 })),
      held,
      quarantine: withQuarantine
        ? { run: withQuarantine.id, rows: await quarantinedOf(db, withQuarantine.id, options.quarantineRows ?? 5) }
        : undefined,
    });
  }
  return out;
}

/** /sync_status for an admin: the status, with the look itself written to the audit log. */
export async function viewSyncStatus(db: Db, adminId: number, at: Date): Promise<SourceSyncStatus[]> {
  await logAdminAction(db, adminId, 'sync_status', {}, at);
  return syncStatus(db);
}
