// Runs the production migrator once against the URL given; used to race two processes.
import { migratePostgres } from '../../src/db/migrate.ts';

await migratePostgres(process.argv[2]!);
