import { describe, expect, it } from 'vitest';
import { syncSource } from '../../../src/app/sync/source-sync.ts';
import { confirmHeldRun, rejectHeldRun } from '../../../src/app/sync/sync-held-runs.ts';
import { syncConfiguredSources, type SourceRow } from '../../../src/db/queries/sources.ts';
import { syncRuns } from '../../../src/db/schema/index.ts';
import { sourceFixture } from '../../support/fixtures.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';
import {
  feed,
  follow,
  historyRows,
  jsonSource,
  outboxRows,
  person,
  prisoner,
  reload,
  subscriber,
  syncDeps,
} from '../../support/sync-setup.ts';

const database = useTestDatabase();

const ADMIN = 900;
const PAGE = (i: number) => `https://prisoners.example.org/person/${i}`;
const people = (changed: Record<number, Record<string, unknown>> = {}) =>
  feed([1, 2, 3, 4].map((i) => person(i, { sourceUrl: PAGE(i), ...changed[i] })));

/** Four people imported; one follower each for p1, p2, p3. */
async function imported() {
  const deps = syncDeps(database.db, { defaultLanguage: 'en' });
  const source = await jsonSource(database.db);
  deps.clock.set('2026-03-20T08:00:00Z');
  deps.source.serve(people());
  await syncSource(deps, source, 's0');
  for (const [chat, id] of [
    [401, 'p1'],
    [402, 'p2'],
    [403, 'p3'],
  ] as const)
    await follow(database.db, await subscriber(database.db, chat), id);
  return { deps, source: await reload(database.db, source) };
}

const sync = async (deps: ReturnType<typeof syncDeps>, source: SourceRow, slot: string, body: string) => {
  deps.source.serve(body);
  return syncSource(deps, await reload(database.db, source), slot);
};
const runs = () => database.db.select().from(syncRuns).orderBy(syncRuns.id);
const sent = async (after = 0) => (await outboxRows(database.db)).slice(after).map((r) => [r.chatId, r.kind]);

describe(`grave news waits for one admin (${backendName()})`, () => {
  it("holds a death apart: admins are told at once with the source's words and page; the rest of the run goes out", async () => {
    const { deps, source } = await imported();
    deps.clock.set('2026-03-20T09:00:00Z');
    const moved = { 1: { facility: { name: 'Prison 4', address: 'Mahilioŭ' } } };
    const run = await sync(
      deps,
      source,
      's1',
      people({ 3: { status: 'died_in_custody', statusSince: '2026-03-18' }, ...moved }),
    );
    expect(run).toMatchObject({ outcome: 'applied', counts: { transferred: 1 } });
    expect((await prisoner(database.db, 'p3')).status).toBe('imprisoned');
    const rows = await outboxRows(database.db);
    expect(rows.map((r) => [r.chatId, r.kind])).toEqual([
      [401, 'alert'],
      [ADMIN, 'notice'],
    ]);
    const held = (await runs()).find((r) => r.status === 'held')!;
    expect(held).toMatchObject({ slot: `hold:${run.runId}`, counts: { died_in_custody: 1 } });
    expect(rows[1]!.text).toBe(
      [
        `⚠️ <b>viasna</b>: run #${held.id} holds one person's change until an admin confirms it. Nobody has been told; the rest of run #${run.runId} was applied.`,
        '⚫ <b>Person 3</b>: died in custody, 18.03.2026.',
        'The source says: «died_in_custody»',
        `The person's page at the source: ${PAGE(3)}`,
        `/sync_confirm ${held.id} tells those who follow this person; /sync_reject ${held.id} drops it (while the source says the same about this person, it is not asked again).`,
      ].join('\n'),
    );

    // The same news in newer snapshots is not asked again; other news keeps flowing.
    const again = await sync(
      deps,
      source,
      's2',
      people({ 3: { status: 'died_in_custody', statusSince: '2026-03-18' }, 2: { region: 'Minsk' }, ...moved }),
    );
    expect(again).toMatchObject({ outcome: 'applied', counts: { correction: 1 } });
    expect(await sent(2)).toEqual([]);
    expect((await runs()).filter((r) => r.status === 'held').map((r) => r.id)).toEqual([held.id]);

    // One admin confirms: the grave alert goes, unchanged, and the history says who confirmed it.
    expect(await confirmHeldRun(deps, held.id, ADMIN)).toMatchObject({
      outcome: 'confirmed',
      counts: { died_in_custody: 1 },
      alerts: 1,
    });
    expect(await sent(2)).toEqual([[403, 'grave_alert']]);
    expect((await outboxRows(database.db))[2]!.text).toContain('<b>Person 3 (Асоба 3)</b>');
    expect((await prisoner(database.db, 'p3')).status).toBe('died_in_custody');
    expect((await historyRows(database.db)).at(-1)).toMatchObject({
      kind: 'died_in_custody',
      details: { confirmedBy: ADMIN },
    });

    // The next run finds the confirmed death recorded: nothing is held or sent again.
    expect(
      await sync(
        deps,
        source,
        's3',
        people({ 3: { status: 'died_in_custody', statusSince: '2026-03-18' }, 2: { region: 'Brest' }, ...moved }),
      ),
    ).toMatchObject({ outcome: 'applied', counts: { correction: 1 } });
    expect(await sent(3)).toEqual([]);
    expect((await runs()).filter((r) => r.status === 'held')).toEqual([]);
  });

  it("shows the source's own wording and the person's page (HTML table)", async () => {
    const deps = syncDeps(database.db, { defaultLanguage: 'en' });
    const [source] = await syncConfiguredSources(database.db, [
      { name: 'viasna-en', url: 'https://prisoners.spring96.org/en/table', format: 'html', schedule: '*/15 * * * *' },
    ]);
    const page = sourceFixture('table-en.html');
    deps.source.serve(page);
    await syncSource(deps, source!, 's0');
    deps.source.serve(page.replace('<td>Political prisoner</td>', '<td>Died in custody</td>'));
    expect(await syncSource(deps, await reload(database.db, source!), 's1')).toMatchObject({
      outcome: 'applied',
      counts: {},
    });
    const [notice] = await outboxRows(database.db);
    expect(notice!.text).toContain(
      "⚫ <b>Ales Bialiatski</b>: died in custody.\nThe source says: «Died in custody»\nThe person's page at the source: https://prisoners.spring96.org/en/person/ales-bialiatski",
    );
  });

  it('/sync_reject drops it, and the same word from the source is not asked again; a different one is', async () => {
    const { deps, source } = await imported();
    await sync(deps, source, 's1', people({ 2: { status: 'whereabouts_unknown' } }));
    const held = (await runs()).find((r) => r.status === 'held')!;
    expect(await rejectHeldRun(deps, held.id, ADMIN)).toMatchObject({ outcome: 'rejected' });
    expect(
      await sync(deps, source, 's2', people({ 2: { status: 'whereabouts_unknown' }, 4: { region: 'Minsk' } })),
    ).toMatchObject({ outcome: 'applied', counts: { correction: 1 } });
    expect(await sent(1)).toEqual([]);
    expect((await prisoner(database.db, 'p2')).status).toBe('imprisoned');
    await sync(deps, source, 's3', people({ 2: { status: 'whereabouts_unknown', statusSince: '2026-03-19' } }));
    expect((await runs()).filter((r) => r.status === 'held')).toHaveLength(1);
    expect(await sent(1)).toEqual([[ADMIN, 'notice']]);
  });

  it('a held question the source withdraws before anyone confirmed it is superseded, and nobody is told', async () => {
    const { deps, source } = await imported();
    await sync(deps, source, 's1', people({ 3: { status: 'died_in_custody' } }));
    const held = (await runs()).find((r) => r.status === 'held')!;
    await sync(deps, source, 's2', people({ 1: { region: 'Minsk' } }));
    expect(await confirmHeldRun(deps, held.id, ADMIN)).toEqual({
      outcome: 'not_held',
      run: held.id,
      status: 'superseded',
    });
    expect((await outboxRows(database.db)).filter((r) => r.kind !== 'notice')).toEqual([]);
    expect((await prisoner(database.db, 'p3')).status).toBe('imprisoned');
  });

  it('a death an admin already confirmed is not held again when the source states it anew', async () => {
    const { deps, source } = await imported();
    const death = { 3: { status: 'died_in_custody', statusSince: '2026-03-18' } };
    await sync(deps, source, 's1', people(death));
    await confirmHeldRun(deps, (await runs()).find((r) => r.status === 'held')!.id, ADMIN);
    // The source withdraws it (a person confirms that too), then, days later, states the same death again.
    const withdrawn = await sync(deps, source, 's2', people());
    expect(withdrawn).toMatchObject({ outcome: 'held', reasons: [expect.objectContaining({ rule: 'sensitive' })] });
    await confirmHeldRun(deps, withdrawn.runId, ADMIN);
    deps.clock.set('2026-03-23T09:00:00Z');
    const before = (await outboxRows(database.db)).length;
    expect(await sync(deps, source, 's3', people(death))).toMatchObject({
      outcome: 'applied',
      counts: { died_in_custody: 1 },
    });
    expect(await sent(before)).toEqual([[403, 'grave_alert']]);
  });
});

describe(`grave news inside a run the breaker holds (${backendName()})`, () => {
  it("the notice shows it with the source's words and page; confirming the run confirms it", async () => {
    const deps = syncDeps(database.db, { defaultLanguage: 'en' });
    const source = await jsonSource(database.db);
    const many = (changed: (i: number) => Record<string, unknown>) =>
      feed(Array.from({ length: 30 }, (_, i) => person(i + 1, { sourceUrl: PAGE(i + 1), ...changed(i + 1) })));
    deps.source.serve(many(() => ({})));
    await syncSource(deps, source, 's0');
    await follow(database.db, await subscriber(database.db, 403), 'p3');
    deps.source.serve(many((i) => (i === 3 ? { status: 'died_in_custody' } : i > 8 ? { status: 'pardoned' } : {})));
    const held = await syncSource(deps, await reload(database.db, source), 's1');
    expect(held).toMatchObject({ outcome: 'held', counts: { died_in_custody: 1, pardoned: 22 } });
    const [notice] = await outboxRows(database.db);
    expect(notice!.text).toContain(
      `⚫ <b>Person 3</b>: died in custody.\nThe source says: «died_in_custody»\nThe person's page at the source: ${PAGE(3)}`,
    );
    expect(await confirmHeldRun(deps, held.runId, ADMIN)).toMatchObject({ outcome: 'confirmed' });
    expect(await sent(1)).toEqual([[403, 'grave_alert']]);
    expect((await runs()).filter((r) => r.status === 'held')).toEqual([]);
  });
});

describe(`a status flapping within a day (${backendName()})`, () => {
  it('announces one real reversal at once (Statkevich), then holds the third flip within 24 hours for an admin', async () => {
    const { deps, source } = await imported();
    deps.clock.set('2026-03-20T09:00:00Z');
    expect(await sync(deps, source, 's1', people({ 1: { status: 'pardoned' } }))).toMatchObject({
      counts: { pardoned: 1 },
    });
    deps.clock.set('2026-03-20T13:00:00Z');
    expect(
      await sync(deps, source, 's2', people({ 1: { status: 'imprisoned', statusSince: '2026-03-20' } })),
    ).toMatchObject({ counts: { returned_to_custody: 1 } });
    expect(await sent()).toEqual([
      [401, 'alert'],
      [401, 'alert'],
    ]);

    deps.clock.set('2026-03-20T18:00:00Z');
    const third = await sync(deps, source, 's3', people({ 1: { status: 'pardoned' }, 2: { status: 'released' } }));
    expect(third).toMatchObject({ outcome: 'applied', counts: { released: 1 } });
    expect((await prisoner(database.db, 'p1')).status).toBe('returned_to_custody');
    const rows = await outboxRows(database.db);
    expect(rows.slice(2).map((r) => [r.chatId, r.kind])).toEqual([
      [402, 'alert'],
      [ADMIN, 'notice'],
    ]);
    expect(rows[3]!.text).toContain(
      '🔁 <b>Person 1</b>: the status changed back and forth within 24 hours: imprisoned → pardoned → held again after release → pardoned.',
    );
    const held = (await runs()).find((r) => r.status === 'held')!;
    expect(await confirmHeldRun(deps, held.id, ADMIN)).toMatchObject({ outcome: 'confirmed', alerts: 1 });
    expect(await sent(4)).toEqual([[401, 'alert']]);
  });

  it('a held flip the source keeps saying goes out once the earlier flips are more than a day old', async () => {
    const { deps, source } = await imported();
    deps.clock.set('2026-03-20T09:00:00Z');
    await sync(deps, source, 's1', people({ 1: { status: 'pardoned' } }));
    deps.clock.set('2026-03-20T13:00:00Z');
    await sync(deps, source, 's2', people({ 1: { status: 'imprisoned', statusSince: '2026-03-20' } }));
    deps.clock.set('2026-03-20T18:00:00Z');
    await sync(deps, source, 's3', people({ 1: { status: 'pardoned' } }));
    const held = (await runs()).find((r) => r.status === 'held')!;
    deps.clock.set('2026-03-21T14:00:00Z');
    expect(await sync(deps, source, 's4', people({ 1: { status: 'pardoned' }, 4: { region: 'Minsk' } }))).toMatchObject(
      { counts: { pardoned: 1, correction: 1 } },
    );
    expect(await sent(3)).toEqual([[401, 'alert']]);
    expect((await runs()).find((r) => r.id === held.id)?.status).toBe('superseded');
  });

  it('counts only the last 24 hours, by the clock', async () => {
    const { deps, source } = await imported();
    deps.clock.set('2026-03-20T09:00:00Z');
    await sync(deps, source, 's1', people({ 1: { status: 'pardoned' } }));
    deps.clock.set('2026-03-20T13:00:00Z');
    await sync(deps, source, 's2', people({ 1: { status: 'imprisoned', statusSince: '2026-03-20' } }));
    deps.clock.set('2026-03-21T09:30:00Z');
    expect(
      await sync(deps, source, 's3', people({ 1: { status: 'pardoned', statusSince: '2026-03-21' } })),
    ).toMatchObject({ counts: { pardoned: 1 } });
    expect(await sent()).toEqual([
      [401, 'alert'],
      [401, 'alert'],
      [401, 'alert'],
    ]);
  });
});
