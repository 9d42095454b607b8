import type { Db } from '../../db/database.ts';
import { loadSyncRecords } from '../../db/queries/prisoners.ts';
import type { SourceRow } from '../../db/queries/sources.ts';
import type { ParsedSource } from '../../domain/source-record.ts';
import { FLIP_WINDOW_MS } from '../../domain/status-flips.ts';
import { planSync, type BreakerThresholds, type SyncPlan } from '../../domain/sync-plan.ts';

/**
 * What a run would do, without writing anything: the CLI's --dry-run. Planned against the records as
 * stored, as the source's own run would be (or as a first import, for a source never synced).
 */
export async function previewSync(
  db: Db,
  source: SourceRow | undefined,
  parsed: Extract<ParsedSource, { ok: true }>,
  thresholds: BreakerThresholds,
  now: Date,
): Promise<SyncPlan & { names: Map<string, string> }> {
  const stored = await loadSyncRecords(
    db,
    source?.id ?? null,
    parsed.records.map((r) => r.externalId),
    { changesSince: new Date(now.getTime() - FLIP_WINDOW_MS) },
  );
  const plan = planSync({
    stored,
    incoming: parsed.records,
    quarantined: parsed.quarantined,
    shape: parsed.shape,
    previousShape: source?.shapeFingerprint ?? null,
    initialImport: (source?.shapeFingerprint ?? null) === null,
    now,
    thresholds,
  });
  const names = new Map<string, string>();
  for (const s of stored) if (s.externalId) names.set(s.externalId, s.nameEn ?? s.nameBe ?? s.nameRu ?? s.externalId);
  for (const r of parsed.records) names.set(r.externalId, r.names.en ?? r.names.be ?? r.names.ru ?? r.externalId);
  return { ...plan, names };
}
