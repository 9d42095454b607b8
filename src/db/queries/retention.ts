import { sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';

export interface PruneCounts {
  outbox: number;
  deadLetters: number;
  outboxBodies: number;
  chartImages: number;
  digestRuns: number;
  jobRuns: number;
}

/**
 * Deletes delivery records settled or made before `cutoff`. Rows still pending or sending are kept
 * whatever their age. Each delete is its own statement and touches only old rows, which no drainer
 * or digest run reads, so nothing waits on it for long.
 */
export async function pruneBefore(db: Db, cutoff: Date): Promise<PruneCounts> {
  const at = cutoff.toISOString();
  const count = async (query: ReturnType<typeof sql>) => {
    const [row] = rowsOf<{ n: unknown }>(
      await db.execute(sql`with gone as (${query} returning 1) select count(*) as n from gone`),
    );
    return Number(row?.n ?? 0);
  };
  // Attempts go with their row (on delete cascade).
  const outbox = await count(
    sql`delete from outbox where status in ('sent', 'dead', 'dropped') and settled_at < ${at}::timestamptz`,
  );
  const deadLetters = await count(sql`delete from dead_letters where created_at < ${at}::timestamptz`);
  // A shared text is deleted only once no row points at it; the age check keeps a text a digest run
  // has just stored for rows it is still queuing.
  const outboxBodies = await count(sql`
    delete from outbox_bodies b where b.created_at < ${at}::timestamptz
      and not exists (select 1 from outbox o where o.body_id = b.id)`);
  // Chart pictures likewise: old, and no row left that sends one.
  const chartImages = await count(sql`
    delete from chart_images c where c.created_at < ${at}::timestamptz
      and not exists (select 1 from outbox o where o.chart_image_id = c.id)`);
  const digestRuns = await count(sql`delete from digest_runs where created_at < ${at}::timestamptz`);
  const jobRuns = await count(sql`delete from job_runs where status <> 'running' and started_at < ${at}::timestamptz`);
  return { outbox, deadLetters, outboxBodies, chartImages, digestRuns, jobRuns };
}
