import type { Db } from '../../db/database.ts';
import { registerHasPeople } from '../../db/queries/register-setup.ts';

/** What an operator must know on a fresh installation: nobody can be found until a source is loaded. */
export type RegisterSetup =
  | { state: 'ready' }
  /** Empty, and nothing will fill it: no source is configured. */
  | { state: 'no_source' }
  /** Empty until the first run of a configured source. */
  | { state: 'awaiting_sync'; sources: readonly string[] };

export async function registerSetup(db: Db, configuredSources: readonly string[]): Promise<RegisterSetup> {
  if (await registerHasPeople(db)) return { state: 'ready' };
  return configuredSources.length === 0
    ? { state: 'no_source' }
    : { state: 'awaiting_sync', sources: configuredSources };
}

/** How to add a source, for the operator's console (the same advice admins read in Telegram). */
export const ADD_SOURCE_HINT =
  'set SOURCE_URL (a feed URL or file path) or SOURCES and restart, or load a source once with: npm run --silent cli -- sync --source <file|url> (on the embedded database, stop the bot first)';
