import { sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';

/**
 * Marks this drainer alive and answers how many drainers are alive (itself included), i.e. how
 * many share the global send budget. Rows of drainers silent for a day are cleared away.
 */
export async function beatDrainer(db: Db, worker: string, now: Date, liveWithinMs: number): Promise<number> {
  const at = now.toISOString();
  await db.execute(sql`
    insert into delivery_drainers (worker, heartbeat_at, started_at) values (${worker}, ${at}::timestamptz, ${at}::timestamptz)
    on conflict (worker) do update set heartbeat_at = excluded.heartbeat_at`);
  await db.execute(sql`delete from delivery_drainers where heartbeat_at < ${at}::timestamptz - interval '1 day'`);
  const [row] = rowsOf<{ live: unknown }>(
    await db.execute(sql`
    select count(*) as live from delivery_drainers
    where heartbeat_at > ${new Date(now.getTime() - liveWithinMs).toISOString()}::timestamptz`),
  );
  return Math.max(1, Number(row?.live ?? 1));
}

export async function removeDrainer(db: Db, worker: string): Promise<void> {
  await db.execute(sql`delete from delivery_drainers where worker = ${worker}`);
}
