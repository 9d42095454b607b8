import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { postgresDriver } from './drivers.ts';
import { PROJECT_ROOT } from '../paths.ts';

export const MIGRATIONS_FOLDER = join(PROJECT_ROOT, 'drizzle');

/** An arbitrary constant that names "Vestka's migrator" among advisory locks. */
const MIGRATION_LOCK_KEY = 7_390_431_001;

type Query = (text: string) => Promise<Record<string, unknown>[]>;

/**
 * Whether the newest migration in the journal is applied: drizzle applies exactly those newer than
 * the newest it recorded (in its table `drizzle.__drizzle_migrations`), so then it has nothing to do.
 * Two small queries instead of its DDL ("if not exists") and file hashing in a transaction.
 */
async function isCurrent(query: Query): Promise<boolean> {
  const [table] = await query(`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (table?.present !== true) return false;
  const [applied] = await query('select max(created_at)::text as newest from drizzle.__drizzle_migrations');
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return applied?.newest != null && Number(applied.newest) >= Math.max(...journal.entries.map((entry) => entry.when));
}

export async function migrateEmbedded(client: PGlite): Promise<void> {
  if (await isCurrent((text) => client.query<Record<string, unknown>>(text).then((result) => result.rows))) return;
  const [{ drizzle }, { migrate }] = await Promise.all([
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
}

/**
 * Drizzle's migrator takes no lock: two instances starting at once would both try to apply the same
 * migration and one would fail. A session-level advisory lock, held on a client with exactly one
 * connection, makes the second wait and then find nothing left to do.
 */
export async function migratePostgres(url: string): Promise<void> {
  const { postgres, drizzle } = await postgresDriver();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    // Up to date already: no lock needed (a migration being applied right now is not yet recorded).
    if (await isCurrent((text) => sql.unsafe<Record<string, unknown>[]>(text))) return;
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      const { migrate } = await import('drizzle-orm/postgres-js/migrator');
      await migrate(drizzle({ client: sql }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
