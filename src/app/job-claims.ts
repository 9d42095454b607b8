import type { Db } from '../db/database.ts';
import { abandonJobRuns, finishJobRun, insertJobRun } from '../db/queries/job-runs.ts';

/**
 * How long a claimed slot or a sync run may stay `running` before it counts as abandoned by a
 * process that died. A sync run is bounded well below it (a fetch gives up after 4 attempts of
 * SYNC_FETCH_TIMEOUT_SECONDS, 30 s by default, plus backoff; parsing and applying 10,000 records
 * take seconds), so a live run is never taken for a dead one (docs/source-sync.md, "Sync failures").
 */
export const RUN_LEASE_MS = 30 * 60_000;

export const ABANDONED_REASON = `the process running it stopped before it finished (still running after ${RUN_LEASE_MS / 60_000} minutes)`;

/**
 * node-cron only says "it may be time"; the database decides. Claiming (job, slot) succeeds for
 * exactly one process, across restarts and several instances, so each slot runs once. A slot whose
 * process died stays claimed for the lease, then may be taken over; the next slot runs regardless
 * (no catch-up storms after an outage), and marks the job's older abandoned slots failed.
 */
export async function claimJobSlot(db: Db, job: string, slot: string, worker: string, at: Date): Promise<boolean> {
  const staleBefore = new Date(at.getTime() - RUN_LEASE_MS);
  const claimed = await insertJobRun(db, job, slot, worker, at, staleBefore);
  if (claimed) await abandonJobRuns(db, job, slot, staleBefore, at, ABANDONED_REASON);
  return claimed;
}

export function finishJobSlot(
  db: Db,
  job: string,
  slot: string,
  outcome: 'done' | 'failed',
  at: Date,
  detail?: Record<string, unknown>,
): Promise<void> {
  return finishJobRun(db, job, slot, outcome, at, detail);
}

/** The slot a tick belongs to: the scheduled minute in UTC, e.g. "2026-03-20T10:15Z". */
export function minuteSlot(at: Date): string {
  return `${at.toISOString().slice(0, 16)}Z`;
}
