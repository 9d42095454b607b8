import { clip, safeText } from '../source/text-safety.ts';

/**
 * Error text that may go into a log line, a run's reason, an admin notice or a CLI line. A database
 * error's message from the driver quotes the query and its parameters (`params: 6500,1`: chat ids,
 * names), and PostgreSQL's own message can quote a value; so a database error is described by its
 * SQLSTATE, class, table and constraint only. postgres-js, PGlite and drizzle's wrapper name these
 * fields differently; the SQLSTATE is what to branch on (docs/source-sync.md, "Sync failures").
 */

interface DatabaseErrorFields {
  code: string;
  table?: string;
  constraint?: string;
}

/** SQLSTATE codes Vestka meets, by their PostgreSQL condition name, so a log line reads without a lookup. */
export const SQLSTATE_CONDITIONS: Record<string, string> = {
  '08000': 'connection_exception',
  '08006': 'connection_failure',
  '22001': 'string_data_right_truncation',
  '22021': 'character_not_in_repertoire',
  '22P02': 'invalid_text_representation',
  '22P05': 'untranslatable_character',
  '23502': 'not_null_violation',
  '23503': 'foreign_key_violation',
  '23505': 'unique_violation',
  '23514': 'check_violation',
  '25P02': 'in_failed_sql_transaction',
  '40001': 'serialization_failure',
  '40P01': 'deadlock_detected',
  '42P01': 'undefined_table',
  '42703': 'undefined_column',
  '53300': 'too_many_connections',
  '57014': 'query_canceled',
  '57P01': 'admin_shutdown',
};

const SQLSTATE = /^[0-9A-Z]{5}$/;

const CLASSES: Record<string, string> = {
  '08': 'connection exception',
  '22': 'data exception',
  '23': 'integrity constraint violation',
  '25': 'invalid transaction state',
  '40': 'transaction rollback',
  '42': 'syntax error or access rule violation',
  '53': 'insufficient resources',
  '54': 'program limit exceeded',
  '55': 'object not in prerequisite state',
  '57': 'operator intervention',
  '58': 'system error',
  XX: 'internal error',
};

/** The database error behind `error` (itself or a cause up to a few levels down), if any. */
export function databaseErrorOf(error: unknown): DatabaseErrorFields | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const e = current as Record<string, unknown>;
    if (typeof e.code === 'string' && SQLSTATE.test(e.code)) {
      const name = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
      return {
        code: e.code,
        table: name(e.table_name) ?? name(e.table),
        constraint: name(e.constraint_name) ?? name(e.constraint),
      };
    }
    current = e.cause;
  }
  return undefined;
}

/** The SQLSTATE of a database error (postgres-js, PGlite, or wrapped by drizzle). */
export function sqlStateOf(error: unknown): string | undefined {
  return databaseErrorOf(error)?.code;
}

/** One line, safe to show and store: no query text, no parameters, no control characters. */
export function describeError(error: unknown): string {
  const db = databaseErrorOf(error);
  if (db) {
    const kind = CLASSES[db.code.slice(0, 2)];
    const condition = SQLSTATE_CONDITIONS[db.code];
    let text = `database error ${db.code}${condition ? ` ${condition}` : ''}${kind ? ` (${kind})` : ''}`;
    if (db.table) text += ` on table ${safeText(db.table)}`;
    if (db.constraint) text += `, constraint ${safeText(db.constraint)}`;
    return text;
  }
  const message = error instanceof Error ? error.message : String(error);
  // A wrapper that copied a driver's message still must not carry the parameters or the query.
  if (/^Failed query:|\nparams:/.test(message)) return 'database error (no SQLSTATE given)';
  return clip(safeText(message).replace(/\s+/g, ' ').trim(), 500);
}
