import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database, Db } from './database.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { migrateEmbedded, migratePostgres } from './migrate.ts';
import * as schema from './schema/index.ts';

export type DatabaseTarget = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };

const CASING = 'snake_case' as const;

/** Opens PGlite (with pg_trgm loaded, as the migrations need it) on an existing or new instance. */
export async function wrapPglite(client: PGlite, location: string, onClose?: () => void): Promise<Database> {
  await migrateEmbedded(client);
  // A finished write-ahead log segment is deleted at the next checkpoint instead of being renamed and
  // reused with its old contents (names, chat ids) still in it; see src/db/disk-erasure.ts.
  await client.exec('set wal_recycle = off');
  const db = drizzlePglite({ client, schema, casing: CASING }) as unknown as Db;
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

export function createPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(target: DatabaseTarget, options: { poolSize?: number } = {}): Promise<Database> {
  if (target.kind === 'embedded') {
    const dir = resolve(target.dataDir);
    mkdirSync(dir, { recursive: true });
    // PGlite is single-process: a second process on the same directory would corrupt it.
    const release = acquireDataDirLock(dir);
    try {
      const client = await createPglite(`${dir}/pglite`);
      return await wrapPglite(client, dir, release);
    } catch (error) {
      release();
      throw error;
    }
  }
  await migratePostgres(target.url);
  const sql = postgres(target.url, { max: options.poolSize ?? 10, onnotice: () => {} });
  const url = new URL(target.url);
  return {
    db: drizzlePostgres({ client: sql, schema, casing: CASING }) as unknown as Db,
    mode: 'postgres',
    location: `${url.hostname}:${url.port || '5432'}${url.pathname}`,
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
