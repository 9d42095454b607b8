import { sql } from 'drizzle-orm';
import type { DiskErasure } from '../app/subscribers/ports.ts';
import type { Database } from './database.ts';

/**
 * Tables whose rows tie a chat to what it follows or was told: the chat id and settings, the follows
 * with names as typed, the messages. A DELETE only marks a row dead; plain VACUUM frees its space
 * but leaves its bytes in the page until something overwrites them. VACUUM FULL writes the table
 * and its indexes anew and drops the old files.
 */
const CHAT_TABLES = ['subscribers', 'follows', 'outbox'] as const;
/** Delivery records without a chat id or words: plain VACUUM (space reused, statistics fresh). */
const RECORD_TABLES = ['outbox_attempts', 'outbox_bodies', 'dead_letters', 'digest_runs', 'job_runs'] as const;

/**
 * Making erased rows unreadable in the files, as far as PostgreSQL allows. Embedded (PGlite): at once
 * after each erasure, then the write-ahead log is moved to a new segment and a checkpoint removes the
 * old one (the connection runs with wal_recycle off, so old segments are deleted, not renamed and
 * reused with their contents). PostgreSQL: the nightly retention job rewrites the tables; the server's
 * write-ahead log, archives and backups are its operator's (docs/security.md, "Erasure").
 * `afterChatErased` never fails (the rows are gone already): `onError` hears of a failed rewrite.
 */
export function createDiskErasure(
  database: Pick<Database, 'db' | 'mode'>,
  onError: (error: unknown) => void = () => {},
): DiskErasure {
  const run = (statement: string) => database.db.execute(sql.raw(statement));
  const rewrite = async () => {
    for (const table of CHAT_TABLES) await run(`vacuum full ${table}`);
  };
  const flushLog = async () => {
    await run('select pg_switch_wal()');
    await run('checkpoint');
  };
  if (database.mode === 'embedded') {
    return {
      timing: 'at_once',
      // The erasure itself has committed: a failure here is reported, and the daily run repeats the work.
      afterChatErased: () => rewrite().then(flushLog).catch(onError),
      async daily() {
        await rewrite();
        for (const table of RECORD_TABLES) await run(`vacuum (analyze) ${table}`);
        await flushLog();
      },
    };
  }
  return {
    timing: 'nightly',
    afterChatErased: () => Promise.resolve(),
    async daily() {
      await rewrite();
      for (const table of RECORD_TABLES) await run(`vacuum (analyze) ${table}`);
    },
  };
}
