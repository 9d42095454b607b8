import { and, eq } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { jobRuns } from '../schema/index.ts';

/** Inserts (job, slot); exactly one caller across processes gets a row back. */
export async function insertJobRun(db: Db, job: string, slot: string, claimedBy: string, at: Date): Promise<boolean> {
  const rows = await db.insert(jobRuns).values({ job, slot, claimedBy, startedAt: at }).onConflictDoNothing().returning({ job: jobRuns.job });
  return rows.length === 1;
}

export async function finishJobRun(db: Db, job: string, slot: string, status: 'done' | 'failed', at: Date, detail?: Record<string, unknown>): Promise<void> {
  await db.update(jobRuns).set({ status, finishedAt: at, detail: detail ?? null }).where(and(eq(jobRuns.job, job), eq(jobRuns.slot, slot)));
}
