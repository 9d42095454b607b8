import type { Db } from '../db/database.ts';
import { finishJobRun, insertJobRun } from '../db/queries/job-runs.ts';

/**
 * node-cron only says "it may be time"; the database decides. Claiming (job, slot) succeeds for
 * exactly one process, across restarts and several instances, so each slot runs once. A slot whose
 * run crashed stays claimed: the next slot runs instead (no catch-up storms after an outage).
 */
export function claimJobSlot(db: Db, job: string, slot: string, worker: string, at: Date): Promise<boolean> {
  return insertJobRun(db, job, slot, worker, at);
}

export function finishJobSlot(db: Db, job: string, slot: string, outcome: 'done' | 'failed', at: Date, detail?: Record<string, unknown>): Promise<void> {
  return finishJobRun(db, job, slot, outcome, at, detail);
}

/** The slot a tick belongs to: the scheduled minute in UTC, e.g. "2026-03-20T10:15Z". */
export function minuteSlot(at: Date): string {
  return `${at.toISOString().slice(0, 16)}Z`;
}
