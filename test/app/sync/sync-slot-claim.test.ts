import { describe, expect, it } from 'vitest';
import { syncConfiguredSources } from '../../../src/db/queries/sources.ts';
import { jobRuns, prisoners, statusHistory, syncRuns } from '../../../src/db/schema/index.ts';
import { SOURCE_FIXTURES } from '../../support/fixtures.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';
import { VestkaProcess } from '../../support/vestka-process.ts';

// Several processes against one database is a PostgreSQL question: PGlite is single-process by design.
describe.runIf(backendName() === 'postgres')('two processes racing for one scheduled slot of a source', () => {
  const database = useTestDatabase();

  it('exactly one of them runs it, and the source is applied once', async () => {
    await syncConfiguredSources(database.db, [
      { name: 'viasna', url: `${SOURCE_FIXTURES}feed-good.json`, format: 'json', schedule: '*/15 * * * *' },
    ]);
    const args = (worker: string) => [database.url!, 'viasna', '2026-03-20T10:15Z', worker];
    const a = VestkaProcess.start({}, 'test/support/run-sync-slot.ts', args('a'));
    const b = VestkaProcess.start({}, 'test/support/run-sync-slot.ts', args('b'));
    expect([await a.exited, await b.exited], a.stderr.join('') + b.stderr.join('')).toEqual([0, 0]);
    const outcomes = [...a.stdout, ...b.stdout].map((line) => (JSON.parse(line) as { outcome: string }).outcome).sort();
    expect(outcomes).toEqual(['applied', 'skipped']);
    expect(await database.db.select().from(jobRuns)).toEqual([
      expect.objectContaining({ job: 'sync:viasna', slot: '2026-03-20T10:15Z', status: 'done' }),
    ]);
    expect(await database.db.select().from(syncRuns)).toHaveLength(1);
    expect(await database.db.select().from(prisoners)).toHaveLength(3);
    expect(await database.db.select().from(statusHistory)).toHaveLength(3);
  });
});
