import type { Db } from '../../db/database.ts';
import { openBatches } from '../../db/queries/release-batches.ts';
import type { ReleaseBatchRow } from '../../db/schema/index.ts';
import type { DeliveryHealth } from '../../domain/delivery-health.ts';
import type { Clock } from '../../domain/clock.ts';
import { readDeliveryHealth } from '../delivery/queue-report.ts';
import { viewSyncStatus, type SourceSyncStatus } from '../sync/sync-status.ts';

export interface DeskOverview {
  sources: SourceSyncStatus[];
  /** The same coarse, service-wide figures as /queue: no chat, no person, nothing one batch moves. */
  delivery: DeliveryHealth;
  batches: ReleaseBatchRow[];
}

/** The desk's home: what /sync_status and /queue tell, and the batches waiting for an admin. The look is audited as /sync_status is. */
export async function deskOverview(db: Db, clock: Clock, adminId: number): Promise<DeskOverview> {
  const sources = await viewSyncStatus(db, adminId, clock.now());
  return { sources, delivery: await readDeliveryHealth(db, clock), batches: await openBatches(db) };
}
