// Runs one pass of the digest job against the PostgreSQL URL given, at the instant given, as a
// separate Vestka process would; used to race two processes. Prints the report as JSON.
import { runDueDigests } from '../../src/app/digests/digest-runner.ts';
import { createI18n, translatorFrom } from '../../src/bot/i18n.ts';
import { openDatabase } from '../../src/db/open-database.ts';

const [url, now, worker] = process.argv.slice(2) as [string, string, string];
const database = await openDatabase({ kind: 'postgres', url }, { poolSize: 3 });
const report = await runDueDigests(
  {
    db: database.db,
    translate: translatorFrom(createI18n('be')),
    botUsername: 'vestka_test_bot',
    worker,
    chunkSize: 50,
    concurrency: 2,
  },
  new Date(now),
);
process.stdout.write(`${JSON.stringify(report)}\n`);
await database.close();
