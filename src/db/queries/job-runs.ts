import { and, eq, lt, ne } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { jobRuns } from '../schema/index.ts';

/**
 * Inserts (job, slot), or takes over a row of that slot still `running` since before `staleBefore`
 * (its process died); exactly one caller across processes gets a row back.
 */
export async function insertJobRun(
  db: Db,
  job: string,
  slot: string,
  claimedBy: string,
  at: Date,
  staleBefore: Date,
): Promise<boolean> {
  const rows = await db
    .insert(jobRuns)
    .values({ job, slot, claimedBy, startedAt: at })
    .onConflictDoUpdate({
      target: [jobRuns.job, jobRuns.slot],
      set: { claimedBy, startedAt: at, status: 'running', finishedAt: null, detail: null },
      setWhere: and(eq(jobRuns.status, 'running'), lt(jobRuns.startedAt, staleBefore)),
    })
    .returning({ job: jobRuns.job });
  return rows.length === 1;
}

/** Other slots of the job still `running` since before `staleBefore`: their process died. */
export async function abandonJobRuns(
  db: Db,
  job: string,
  exceptSlot: string,
  staleBefore: Date,
  at: Date,
  reason: string,
): Promise<void> {
  await db
    .update(jobRuns)
    .set({ status: 'failed', finishedAt: at, detail: { error: reason } })
    .where(
      and(
        eq(jobRuns.job, job),
        ne(jobRuns.slot, exceptSlot),
        eq(jobRuns.status, 'running'),
        lt(jobRuns.startedAt, staleBefore),
      ),
    );
}

export async function finishJobRun(
  db: Db,
  job: string,
  slot: string,
  status: 'done' | 'failed',
  at: Date,
  detail?: Record<string, unknown>,
): Promise<void> {
  await db
    .update(jobRuns)
    .set({ status, finishedAt: at, detail: detail ?? null })
    .where(and(eq(jobRuns.job, job), eq(jobRuns.slot, slot)));
}
