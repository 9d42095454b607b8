import { describe, expect, it } from 'vitest';
import { cardOf, loadPeople } from '../../../src/app/follows/prisoner-cards.ts';
import { renderCard } from '../../../src/app/follows/card-renderer.ts';
import { syncSource } from '../../../src/app/sync/source-sync.ts';
import { facilities } from '../../../src/db/schema/index.ts';
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

const SIZO = { name: 'Pre-trial detention centre No. 1, Minsk', address: 'vul. Valadarskaha 2, 220030 Minsk' };
const COLONY_22 = { name: 'Penal colony No. 22' };
const COLONY_9 = { name: 'Penal colony No. 9, Horki', address: 'ul. Dzimitrava 1, 213410 Horki' };

async function card(externalId: string): Promise<string> {
  const { id } = await prisoner(database.db, externalId);
  const [view] = await loadPeople(database.db, [id], 'Europe/Minsk');
  return renderCard(deps.translate, 'en', cardOf(view!, 'en'));
}

let deps: ReturnType<typeof syncDeps>;

describe(`addresses for letters belong to facilities (${backendName()})`, () => {
  it("a move to a place the source gives without an address shows no address, never the previous place's", async () => {
    deps = syncDeps(database.db);
    const source = await jsonSource(database.db);
    const people = (p1: object) =>
      feed([person(1, { facility: p1 }), person(2, { facility: COLONY_22 }), person(3, { facility: COLONY_9 })]);
    deps.source.serve(people(SIZO));
    await syncSource(deps, source, 's0');
    await follow(database.db, await subscriber(database.db, 501), 'p1');
    expect(await card('p1')).toContain(`Address for letters: ${SIZO.address}`);

    deps.source.serve(people(COLONY_22));
    expect(await syncSource(deps, await reload(database.db, source), 's1')).toMatchObject({
      outcome: 'applied',
      counts: { transferred: 1 },
    });
    const [alert] = await outboxRows(database.db);
    expect(alert!.text).toContain('Held at: Penal colony No. 22\n');
    expect(alert!.text).not.toContain('Address for letters');
    expect(await card('p1')).not.toContain('Address for letters');
    expect((await prisoner(database.db, 'p1')).facilityAddress).toBeNull();

    // The place's address, once any row gives it, is everyone's there.
    deps.source.serve(
      feed([
        person(1, { facility: COLONY_22 }),
        person(2, { facility: { ...COLONY_22, address: 'Ivatsevichy' } }),
        person(3, { facility: COLONY_9 }),
      ]),
    );
    await syncSource(deps, await reload(database.db, source), 's2');
    expect(await card('p1')).toContain('Address for letters: Ivatsevichy');
  });

  it("a move to a known place shows that place's address, from the directory", async () => {
    deps = syncDeps(database.db);
    const source = await jsonSource(database.db);
    deps.source.serve(feed([person(1, { facility: SIZO }), person(3, { facility: COLONY_9 })]));
    await syncSource(deps, source, 's0');
    await follow(database.db, await subscriber(database.db, 502), 'p1');
    deps.source.serve(
      feed([person(1, { facility: { name: 'Penal Colony No 9 - Horki' } }), person(3, { facility: COLONY_9 })]),
    );
    await syncSource(deps, await reload(database.db, source), 's1');
    const [alert] = await outboxRows(database.db);
    expect(alert!.text).toContain(`Held at: Penal Colony No 9 - Horki\nAddress for letters: ${COLONY_9.address}`);
    expect(await database.db.select().from(facilities).orderBy(facilities.key)).toEqual([
      expect.objectContaining({ key: 'penalcolonyno9horki', address: COLONY_9.address }),
      expect.objectContaining({ key: 'pretrialdetentioncentreno1minsk', address: SIZO.address }),
    ]);
  });
});
