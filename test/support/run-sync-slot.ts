// Runs one scheduled slot of a source against the PostgreSQL URL given, as a separate process would;
// used to race two processes for one slot. Prints the outcome as JSON.
import { runScheduledSync } from '../../src/app/sync/source-sync.ts';
import { createI18n, translatorFrom } from '../../src/bot/i18n.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { findSourceByName } from '../../src/db/queries/sources.ts';
import { DEFAULT_THRESHOLDS } from '../../src/domain/sync-plan.ts';
import { createSourceFetcher } from '../../src/source/source-fetcher.ts';
import { sameNameMatcher } from './sync-setup.ts';

const [url, sourceName, slot, worker] = process.argv.slice(2) as [string, string, string, string];
const database = await openDatabase({ kind: 'postgres', url }, { poolSize: 2 });
const clock = { now: () => new Date() };
const source = (await findSourceByName(database.db, sourceName))!;
const deps = {
  db: database.db,
  fetcher: createSourceFetcher({ clock }),
  clock,
  translate: translatorFrom(createI18n('be')),
  botUsername: 'vestka_test_bot',
  defaultLanguage: 'be' as const,
  adminIds: [],
  matcher: sameNameMatcher,
  thresholds: DEFAULT_THRESHOLDS,
  failureAlertAfter: 3,
};
const result = await runScheduledSync(deps, source, slot, worker);
process.stdout.write(`${JSON.stringify(result)}\n`);
await database.close();
