import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.ts';
import { inject } from 'vitest';
import { createPglite, openDatabase } from '../../src/db/open-database.ts';
import type { BotApiEmulator } from './bot-api-emulator.ts';
import { backendName, createTestDatabase } from './test-database.ts';
import { VestkaProcess } from './vestka-process.ts';

/**
 * A database that child processes can open too: a PGlite data directory (opened here only while no
 * child runs: one process at a time) or a PostgreSQL test database.
 */
export interface SharedDatabase {
  env: Record<string, string>;
  /** Runs work on the database from this process. */
  use<T>(work: (database: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function sharedDatabase(): Promise<SharedDatabase> {
  if (backendName() === 'postgres') {
    const database = await createTestDatabase();
    return { env: { DATABASE_URL: database.url! }, use: (work) => work(database), close: () => database.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'vestka-drain-'));
  // Start from the migrated template rather than an empty directory (initdb and migrations take seconds).
  const target = inject('testDatabase');
  if (target.kind === 'pglite') await (await createPglite(join(dataDir, 'pglite'), new Blob([readFileSync(target.dumpPath)]))).close();
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
    close: () => Promise.resolve(),
  };
}

/** `npm run --silent cli -- drain ...` as its own process, sending to the emulator. */
export function startDrainProcess(emulator: BotApiEmulator, database: SharedDatabase, args: string[], env: Record<string, string> = {}): VestkaProcess {
  return VestkaProcess.start({ BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, ...database.env, ...env }, 'src/cli/main.ts', ['drain', ...args]);
}
