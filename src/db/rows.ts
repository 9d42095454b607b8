import { sql } from 'drizzle-orm';

/** `db.execute` answers with an array on postgres-js and with `{ rows }` on PGlite; this reads both. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return (result as { rows?: T[] }).rows ?? [];
}

/**
 * A batch travels as one JSON parameter read with jsonb_to_recordset: a long VALUES list costs
 * drizzle more to build than the database to run, and postgres-js takes no array parameters.
 * `columns` is a constant column list such as `'id bigint, at timestamptz'`, never user data.
 */
export function records(rows: readonly object[], columns: string) {
  return sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(${sql.raw(columns)})`;
}
