import { asc, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { sources } from '../schema/index.ts';
import { rowsOf } from '../rows.ts';
import type { SourceDefinition, SourceFormat } from '../../domain/source-definition.ts';

export type SourceRow = typeof sources.$inferSelect;
export type { SourceFormat };

/**
 * Makes the sources table match the configuration: configured sources are created or updated and
 * enabled; every other source (ad-hoc CLI runs, sources removed from the configuration) is disabled.
 * Fetch state (ETag, failures, last body) is kept across restarts.
 */
export async function syncConfiguredSources(db: Db, definitions: readonly SourceDefinition[]): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for (const d of definitions) rows.push(await upsertConfiguredSource(db, d));
  const keep = definitions.map((d) => d.name);
  await db
    .update(sources)
    .set({ enabled: false })
    .where(keep.length > 0 ? notInArray(sources.name, keep) : sql`true`);
  return rows;
}

/** One configured source's row, created or brought in line with the configuration (fetch state kept). */
export async function upsertConfiguredSource(db: Db, d: SourceDefinition): Promise<SourceRow> {
  const [row] = await db
    .insert(sources)
    .values({ ...d, enabled: true })
    .onConflictDoUpdate({
      target: sources.name,
      set: { url: d.url, format: d.format, schedule: d.schedule, enabled: true },
    })
    .returning();
  return row!;
}

/** The source a CLI run of this URL belongs to: a configured one with that URL, else one named after it. */
export async function sourceForUrl(db: Db, url: string, format: SourceFormat): Promise<SourceRow> {
  const [existing] = await db.select().from(sources).where(eq(sources.url, url)).orderBy(asc(sources.id)).limit(1);
  if (existing) return existing;
  const [created] = await db
    .insert(sources)
    .values({ name: url, url, format, enabled: false })
    .onConflictDoNothing()
    .returning();
  return created ?? (await findSourceByName(db, url))!;
}

export async function findSourceByName(db: Db, name: string): Promise<SourceRow | undefined> {
  const [row] = await db.select().from(sources).where(eq(sources.name, name)).limit(1);
  return row;
}

export async function findSourceById(db: Db, id: number): Promise<SourceRow | undefined> {
  const [row] = await db.select().from(sources).where(eq(sources.id, id)).limit(1);
  return row;
}

export function listSources(db: Db): Promise<SourceRow[]> {
  return db.select().from(sources).orderBy(asc(sources.id));
}

/**
 * Takes the source's row lock for the rest of the transaction: two runs of one source (a scheduled
 * one and a CLI one, or two instances) then plan one after the other, and the second sees the first's
 * changes instead of announcing them again.
 */
export async function lockSource(db: Db, id: number): Promise<SourceRow | undefined> {
  await db.execute(sql`select id from ${sources} where id = ${id} for update`);
  return findSourceById(db, id);
}

export async function updateSource(
  db: Db,
  id: number,
  fields: Partial<Omit<SourceRow, 'id' | 'name' | 'createdAt'>>,
): Promise<void> {
  await db.update(sources).set(fields).where(eq(sources.id, id));
}

/** Counts a failed run; returns the new number of failures in a row. */
export async function countSourceFailure(db: Db, id: number): Promise<number> {
  const rows = rowsOf<{ consecutive_failures: number }>(
    await db.execute(
      sql`update ${sources} set consecutive_failures = consecutive_failures + 1 where id = ${id} returning consecutive_failures`,
    ),
  );
  return rows[0]?.consecutive_failures ?? 0;
}
