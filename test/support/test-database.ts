import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createPglite, openDatabase, wrapPglite } from '../../src/db/open-database.ts';
import { makeOwnerOnly } from '../../src/db/owner-only.ts';
import { rowsOf } from '../../src/db/rows.ts';

export interface TestDatabase extends Database {
  /** Empties every table (identities restart), for a clean slate between tests of one file. */
  reset(): Promise<void>;
  /** A connection string for a second process (PostgreSQL only). */
  url?: string;
}

/**
 * A database that child processes (the CLI, a drainer, the bot) open from their environment too:
 * a PGlite data directory, which this process opens only while no child runs (PGlite is one process
 * at a time), or a PostgreSQL test database.
 */
export interface SharedDatabase {
  /** DATA_DIR or DATABASE_URL for a child process. */
  env: Record<string, string>;
  /** Runs work on the database from this process. */
  use<T>(work: (database: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface UseTestDatabaseOptions {
  /** Empty every table before each test (the default); false keeps rows from test to test. */
  resetEachTest?: boolean;
}

/**
 * The one way a test file gets a database: call it at the top level of the file (or of a describe).
 * It registers the hooks: beforeAll opens a fresh copy of the run's migrated template (PGlite by
 * default, a new PostgreSQL database with TEST_DATABASE_URL), beforeEach empties every table unless
 * `resetEachTest: false`, afterAll closes it (and drops it on PostgreSQL). The handle it returns is
 * usable inside tests and hooks; closing it early (a harness that owns it) is allowed.
 */
export function useTestDatabase(options: UseTestDatabaseOptions = {}): TestDatabase {
  let current: TestDatabase | undefined;
  let closing: Promise<void> | undefined;
  const open = (): TestDatabase => {
    if (!current)
      throw new Error(
        'useTestDatabase(): the database is open only inside tests and hooks of the file that asked for it',
      );
    return current;
  };
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  if (options.resetEachTest ?? true) beforeEach(async () => open().reset());
  const close = () => (closing ??= open().close());
  afterAll(async () => {
    if (current) await close();
  });
  return {
    get db() {
      return open().db;
    },
    get mode() {
      return open().mode;
    },
    get location() {
      return open().location;
    },
    get url() {
      return open().url;
    },
    reset: () => open().reset(),
    close,
  };
}

/** Like `useTestDatabase`, for a file whose child processes open the database from DATA_DIR or DATABASE_URL. */
export function useSharedDatabase(): SharedDatabase {
  let current: SharedDatabase | undefined;
  const open = (): SharedDatabase => {
    if (!current)
      throw new Error(
        'useSharedDatabase(): the database is open only inside tests and hooks of the file that asked for it',
      );
    return current;
  };
  beforeAll(async () => {
    current = await sharedDatabase();
  });
  afterAll(async () => current?.close());
  return {
    get env() {
      return open().env;
    },
    use: (work) => open().use(work),
    close: () => open().close(),
  };
}

let counter = 0;

/**
 * A fresh, migrated database: PGlite by default, PostgreSQL with TEST_DATABASE_URL. For test support
 * code (the bot harness); test files call `useTestDatabase()`.
 */
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

/** A migrated database for child processes; for test support code, test files call `useSharedDatabase()`. */
export async function sharedDatabase(): Promise<SharedDatabase> {
  const target = inject('testDatabase');
  if (target.kind === 'postgres') {
    const database = await createTestDatabase();
    return { env: { DATABASE_URL: database.url! }, use: (work) => work(database), close: () => database.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'vestka-shared-'));
  // A copy of the migrated template rather than an empty directory (initdb and migrations take seconds).
  await (await createPglite(join(dataDir, 'pglite'), new Blob([readFileSync(target.dumpPath)]))).close();
  // Owner-only, as the program leaves its own data directory (else it would say it had to fix it).
  makeOwnerOnly(dataDir, () => true);
  return {
    env: { DATA_DIR: dataDir },
    async use(work) {
      const database = await openDatabase({ kind: 'embedded', dataDir });
      try {
        return await work(database);
      } finally {
        await database.close();
      }
    },
    close: () => {
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function truncateAll(database: Database): Promise<void> {
  const tables = rowsOf<{ tablename: string }>(
    await database.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`),
  );
  if (tables.length === 0) return;
  await database.db.execute(
    sql.raw(`truncate ${tables.map((t) => `"${t.tablename}"`).join(', ')} restart identity cascade`),
  );
}

export function backendName(): string {
  return inject('testDatabase').kind;
}
