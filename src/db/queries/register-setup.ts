import { sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { prisoners } from '../schema/index.ts';

/** Whether the register holds anyone at all (a fresh installation holds nobody until a source is loaded). */
export async function registerHasPeople(db: Db): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(prisoners)
    .limit(1);
  return rows.length > 0;
}
