import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { inject } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createPglite, openDatabase, wrapPglite } from '../../src/db/open-database.ts';
import { rowsOf } from '../../src/db/rows.ts';

export interface TestDatabase extends Database {
  /** Empties every table (identities restart), for a clean slate between tests of one file. */
  reset(): Promise<void>;
  /** A connection string for a second process (PostgreSQL only). */
  url?: string;
}

let counter = 0;

/** A fresh, migrated database for one test file: PGlite by default, PostgreSQL with TEST_DATABASE_URL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const target = inject('testDatabase');
  if (target.kind === 'pglite') {
    const client = await createPglite(undefined, new Blob([readFileSync(target.dumpPath)]));
    const database = await wrapPglite(client, 'memory');
    return { ...database, reset: () => truncateAll(database) };
  }
  const name = `${target.prefix}${process.pid}_${++counter}`;
  const admin = postgres(target.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${target.template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(target.adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() }, { poolSize: 5 });
  return {
    ...database,
    url: url.toString(),
    reset: () => truncateAll(database),
    async close() {
      await database.close();
      const again = postgres(target.adminUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

async function truncateAll(database: Database): Promise<void> {
  const tables = rowsOf<{ tablename: string }>(await database.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`));
  if (tables.length === 0) return;
  await database.db.execute(sql.raw(`truncate ${tables.map((t) => `"${t.tablename}"`).join(', ')} restart identity cascade`));
}

export function backendName(): string {
  return inject('testDatabase').kind;
}
