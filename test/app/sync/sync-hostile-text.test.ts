import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { syncSource } from '../../../src/app/sync/source-sync.ts';
import { quarantinedRows, syncRuns } from '../../../src/db/schema/index.ts';
import { DEFAULT_THRESHOLDS } from '../../../src/domain/sync-plan.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';
import {
  feed,
  follow,
  jsonSource,
  outboxRows,
  person,
  prisoner,
  reload,
  subscriber,
  syncDeps,
} from '../../support/sync-setup.ts';

const database = useTestDatabase();

async function imported(overrides: Parameters<typeof syncDeps>[1] = {}) {
  const deps = syncDeps(database.db, overrides);
  const source = await jsonSource(database.db);
  deps.source.serve(feed([person(1), person(2), person(3)]));
  expect(await syncSource(deps, source, 's0')).toMatchObject({ outcome: 'applied' });
  return { deps, source: await reload(database.db, source) };
}

describe(`source sync: characters PostgreSQL or Telegram cannot take (${backendName()})`, () => {
  it('removes a NUL byte from every text field of a new person and applies the run', async () => {
    const { deps, source } = await imported();
    const nul = 'Nul\u0000Byte';
    deps.source.serve(
      feed([
        person(1),
        person(2),
        person(3),
        person(4, {
          names: [
            { text: nul, lang: 'en' },
            { text: `Асоба\u0000 4`, lang: 'be' },
          ],
          region: nul,
          facility: { name: nul, address: nul },
          penalty: nul,
        }),
      ]),
    );
    expect(await syncSource(deps, source, 's1')).toMatchObject({
      outcome: 'applied',
      counts: { newly_listed: 1 },
      quarantined: 0,
    });
    expect(await prisoner(database.db, 'p4')).toMatchObject({
      nameEn: 'NulByte',
      nameBe: 'Асоба 4',
      region: 'NulByte',
      facilityName: 'NulByte',
      facilityAddress: 'NulByte',
      penalty: 'NulByte',
    });
  });

  it('quarantines a known person whose name lost a character (a lone surrogate); the rest of the run applies and is announced', async () => {
    const { deps, source } = await imported();
    await follow(database.db, await subscriber(database.db, 6_500_001), 'p1');
    deps.source.serve(
      feed([
        person(1, { facility: { name: 'Prison 4', address: 'Street 4' } }),
        person(2, { names: [{ text: 'Person\uD800 2', lang: 'en' }], status: 'released' }),
        person(3),
      ]),
    );
    const result = await syncSource(deps, source, 's1');
    expect(result).toMatchObject({ outcome: 'applied', counts: { transferred: 1 }, quarantined: 1, alerts: 1 });
    expect(await prisoner(database.db, 'p2')).toMatchObject({
      nameEn: 'Person 2',
      status: 'imprisoned',
      missingFromSourceSince: null,
    });
    const [row] = await database.db.select().from(quarantinedRows);
    expect(row).toMatchObject({
      rowRef: 'record #1',
      reason: 'record #1 (id "p2"): names[0].text holds a broken character (a lone UTF-16 surrogate)',
    });
    expect(JSON.stringify(row!.raw)).toContain('Person\uFFFD 2');
    expect((await outboxRows(database.db)).map((r) => r.kind)).toEqual(['alert', 'notice']);
  });

  it('stores a held run whose snapshot carries a lost character in free text and in an unreadable row', async () => {
    const { deps, source } = await imported({ thresholds: { ...DEFAULT_THRESHOLDS, maxReleases: 0 } });
    deps.source.serve(
      feed([
        person(1, { status: 'released', facility: { name: 'Colony\uD800 1' } }),
        person(2, { names: [{ text: '\uDC00', lang: 'en' }] }),
        person(3),
      ]),
    );
    const result = await syncSource(deps, source, 's1');
    expect(result).toMatchObject({ outcome: 'held' });
    const [held] = await database.db.select().from(syncRuns).where(eq(syncRuns.status, 'held'));
    expect(JSON.stringify(held!.plan)).toContain('Colony\uFFFD 1');
  });
});
