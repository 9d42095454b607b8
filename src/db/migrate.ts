import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePgliteDb } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgresDb } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { PROJECT_ROOT } from '../paths.ts';

export const MIGRATIONS_FOLDER = join(PROJECT_ROOT, 'drizzle');

/** An arbitrary constant that names "Vestka's migrator" among advisory locks. */
const MIGRATION_LOCK_KEY = 7_390_431_001;

export async function migrateEmbedded(client: PGlite): Promise<void> {
  await migratePgliteDb(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
}

/**
 * Drizzle's migrator takes no lock: two instances starting at once would both try to apply the same
 * migration and one would fail. A session-level advisory lock, held on a client with exactly one
 * connection, makes the second wait and then find nothing left to do.
 */
export async function migratePostgres(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migratePostgresDb(drizzlePostgres({ client: sql }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
