import type { Database } from '../db/database.ts';
import { describeError } from '../db/database-error.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { openDatabase, type DatabaseTarget } from '../db/open-database.ts';
import type { CliIo } from './cli-command.ts';

/** Opens the database the bot uses (DATABASE_URL, else DATA_DIR); on failure says why and returns undefined. */
export async function openCliDatabase(target: DatabaseTarget, io: CliIo): Promise<Database | undefined> {
  try {
    return await openDatabase(target, { poolSize: 2, warn: (message) => io.stderr.write(`${message}\n`) });
  } catch (error) {
    if (error instanceof DataDirLockedError)
      io.stderr.write(
        `${error.message} The embedded database takes one process at a time: stop the bot first, or use DATABASE_URL.\n`,
      );
    else io.stderr.write(`Cannot open the database: ${describeError(error)}\n`);
    return undefined;
  }
}
