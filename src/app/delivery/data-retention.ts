import type { Db } from '../../db/database.ts';
import { describeError } from '../../db/database-error.ts';
import { pruneBefore, type PruneCounts } from '../../db/queries/retention.ts';
import type { DiskErasure } from '../subscribers/ports.ts';
import { eraseGoneChats } from '../subscribers/forget.ts';
import { retentionCutoff } from '../../domain/retention.ts';
import type { Clock } from '../../domain/clock.ts';
import { claimJobSlot, finishJobSlot } from '../job-claims.ts';

export interface RetentionDeps {
  db: Db;
  clock: Clock;
  worker: string;
  disk: DiskErasure;
}

export interface RetentionReport extends PruneCounts {
  /** Chats gone (blocked the bot) for GONE_CHAT_DAYS, erased as with /forget. */
  goneChats: number;
}

const JOB = 'retention';

/**
 * Deletes what delivery no longer needs: settled messages and their attempts, dead letters, shared
 * digest texts nobody points at, digest claims and job runs, all older than RETENTION_DAYS; erases
 * chats gone for GONE_CHAT_DAYS as /forget would; then rewrites the tables so that what was deleted
 * is gone from the files too. Returns undefined when another process claimed this slot.
 */
export async function pruneOldRecords(deps: RetentionDeps, slot: string): Promise<RetentionReport | undefined> {
  const now = deps.clock.now();
  if (!(await claimJobSlot(deps.db, JOB, slot, deps.worker, now))) return undefined;
  try {
    const counts = {
      ...(await pruneBefore(deps.db, retentionCutoff(now))),
      goneChats: await eraseGoneChats(deps.db, now),
    };
    await deps.disk.daily();
    await finishJobSlot(deps.db, JOB, slot, 'done', deps.clock.now(), { ...counts });
    return counts;
  } catch (error) {
    await finishJobSlot(deps.db, JOB, slot, 'failed', deps.clock.now(), { error: describeError(error) });
    throw error;
  }
}
