import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import type { Database, Db } from './database.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { postgresDriver } from './drivers.ts';
import { copyTemplate } from './embedded-template.ts';
import { createPglite } from './pglite.ts';
import { makeOwnerOnly } from './owner-only.ts';
import { migrateEmbedded, migratePostgres } from './migrate.ts';
import * as schema from './schema/index.ts';

export type DatabaseTarget = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };

export { createPglite };

const CASING = 'snake_case' as const;

/** Opens PGlite (with pg_trgm loaded, as the migrations need it) on an existing or new instance. */
export async function wrapPglite(client: PGlite, location: string, onClose?: () => void): Promise<Database> {
  await migrateEmbedded(client);
  // A finished write-ahead log segment is deleted at the next checkpoint instead of being renamed and
  // reused with its old contents (names, chat ids) still in it; see src/db/disk-erasure.ts.
  await client.exec('set wal_recycle = off');
  const { drizzle } = await import('drizzle-orm/pglite');
  const db = drizzle({ client, schema, casing: CASING }) as unknown as Db;
  return {
    db,
    mode: 'embedded',
    location,
    async close() {
      await client.close();
      onClose?.();
    },
  };
}

export interface OpenOptions {
  poolSize?: number;
  /** Told when something needed fixing on the way, such as a data directory others could read. */
  warn?: (message: string) => void;
  /** Told as each step of opening is done (for the start-up trace). */
  step?: (name: string) => void;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  if (target.kind === 'embedded') return openEmbedded(resolve(target.dataDir), options);
  await migratePostgres(target.url);
  options.step?.('migrations applied');
  const { postgres, drizzle } = await postgresDriver();
  const sql = postgres(target.url, { max: options.poolSize ?? 10, onnotice: () => {} });
  const url = new URL(target.url);
  return {
    db: drizzle({ client: sql, schema, casing: CASING }) as unknown as Db,
    mode: 'postgres',
    location: `${url.hostname}:${url.port || '5432'}${url.pathname}`,
    async close() {
      // Queries still running are cut after 2 s (a cut transaction rolls back): a stop stays within 5 s.
      await sql.end({ timeout: 2 });
    },
  };
}

const isEmptyOrAbsent = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

const isOwnEntry = (name: string) => name === 'pglite' || name.startsWith('vestka.');

/**
 * The embedded database lives in files that say who follows whom: they are made owner-only.
 * The process's umask keeps what PGlite creates from now on private (WAL segments, new tables);
 * the files of the initial cluster, which PGlite writes as 0666 whatever the umask, and any left
 * readable by an older version, are tightened here.
 */
async function openEmbedded(dir: string, options: OpenOptions): Promise<Database> {
  // Worker threads may not change the process's umask; the walk below still tightens what exists.
  if (isMainThread) process.umask(0o077);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // PGlite is single-process: a second process on the same directory would corrupt it.
  const release = acquireDataDirLock(dir);
  try {
    // Only once the directory is ours: another process may be creating its files right now.
    const loosened = makeOwnerOnly(dir, isOwnEntry);
    if (loosened > 0)
      options.warn?.(
        `The data directory ${dir} was readable by other users of this machine (${loosened} files and directories); made it owner-only.`,
      );
    const pgdata = `${dir}/pglite`;
    // A new database is a copy of the migrated template (seconds of initdb saved), when there is one.
    if (isEmptyOrAbsent(pgdata) && (await copyTemplate(pgdata))) options.step?.('database copied from the template');
    const client = await createPglite(pgdata);
    options.step?.('PGlite started');
    makeOwnerOnly(dir, isOwnEntry);
    const database = await wrapPglite(client, dir, release);
    options.step?.('migrations applied');
    return database;
  } catch (error) {
    release();
    throw error;
  }
}
