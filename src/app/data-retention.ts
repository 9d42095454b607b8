import type { Db } from '../db/database.ts';
import { describeErrorBriefly } from '../logging.ts';
import { pruneBefore, type PruneCounts } from '../db/queries/retention.ts';
import { retentionCutoff } from '../domain/retention.ts';
import type { Clock } from './clock.ts';
import { claimJobSlot, finishJobSlot } from './job-claims.ts';

export interface RetentionDeps {
  db: Db;
  clock: Clock;
  worker: string;
}

const JOB = 'retention';

/**
 * Deletes what delivery no longer needs: settled messages and their attempts, dead letters, shared
 * digest texts nobody points at, digest claims and job runs, all older than RETENTION_DAYS.
 * Returns undefined when another process claimed this slot.
 */
export async function pruneOldRecords(deps: RetentionDeps, slot: string): Promise<PruneCounts | undefined> {
  const now = deps.clock.now();
  if (!(await claimJobSlot(deps.db, JOB, slot, deps.worker, now))) return undefined;
  try {
    const counts = await pruneBefore(deps.db, retentionCutoff(now));
    await finishJobSlot(deps.db, JOB, slot, 'done', deps.clock.now(), { ...counts });
    return counts;
  } catch (error) {
    await finishJobSlot(deps.db, JOB, slot, 'failed', deps.clock.now(), { error: describeErrorBriefly(error) });
    throw error;
  }
}
