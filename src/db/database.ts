import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type Schema = typeof schema;

/**
 * The one database type queries are written against. A postgres-js database, a PGlite database and
 * a transaction of either all satisfy it, so a query function works inside or outside a transaction.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  readonly db: Db;
  readonly mode: 'embedded' | 'postgres';
  /** Data directory (embedded) or host:port/database (postgres), for the ready line. */
  readonly location: string;
  close(): Promise<void>;
}
