import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { runScheduledSync, syncSource } from '../../../src/app/sync/source-sync.ts';
import { confirmHeldRun } from '../../../src/app/sync/sync-held-runs.ts';
import { updateSource } from '../../../src/db/queries/sources.ts';
import { quarantinedRows, syncRuns } from '../../../src/db/schema/index.ts';
import { syncConfiguredSources } from '../../../src/db/queries/sources.ts';
import { sourceFixture } from '../../support/fixtures.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';
import {
  feed,
  follow,
  followPending,
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

/** A source with three people already imported, and the deps to sync it. */
async function imported() {
  const deps = syncDeps(database.db);
  const source = await jsonSource(database.db);
  deps.source.serve(feed([person(1), person(2), person(3)]));
  expect(await syncSource(deps, source, 's0')).toMatchObject({ outcome: 'applied', counts: { newly_listed: 3 } });
  return { deps, source: await reload(database.db, source) };
}

describe(`source sync: apply (${backendName()})`, () => {
  it('imports a new source as the baseline: records and history written, nobody alerted, nothing announced', async () => {
    const { source } = await imported();
    expect(await prisoner(database.db, 'p1')).toMatchObject({
      nameBe: 'Асоба 1',
      nameEn: 'Person 1',
      status: 'imprisoned',
      facilityName: 'Colony 1',
      sentenceYears: 5,
      sourceId: source.id,
    });
    const history = await historyRows(database.db);
    expect(history).toHaveLength(3);
    expect(history[0]).toMatchObject({
      kind: 'newly_listed',
      announced: false,
      changedBy: 'sync:viasna',
      sourceId: source.id,
      details: { initialImport: true },
    });
    expect(await outboxRows(database.db)).toEqual([]);
    expect(source.shapeFingerprint).toBe('json:records;facility,gender,id,names,sentence,status');
  });

  it('tells every active follower, in their language, in the same transaction as the change and its history row', async () => {
    const { deps, source } = await imported();
    const en = await subscriber(database.db, 101, { language: 'en' });
    const ru = await subscriber(database.db, 102, { language: 'ru', discreet: true });
    const gone = await subscriber(database.db, 103, { active: false });
    for (const s of [en, ru, gone]) await follow(database.db, s, 'p2');
    deps.clock.set('2026-03-20T10:30:00Z');
    deps.source.serve(
      feed([
        person(1),
        person(2, { facility: { name: 'Prison 4', address: 'Mahilioŭ' } }),
        person(3, { status: 'released' }),
      ]),
    );
    const result = await syncSource(deps, source, 's1');
    expect(result).toMatchObject({ outcome: 'applied', counts: { transferred: 1, released: 1 }, alerts: 2 });

    const history = (await historyRows(database.db)).slice(3);
    expect(history.map((h) => [h.kind, h.announced])).toEqual([
      ['transferred', true],
      ['released', true],
    ]);
    expect(history[0]).toMatchObject({
      syncRunId: result.outcome === 'applied' ? result.runId : -1,
      fetchedAt: new Date('2026-03-20T10:30:00Z'),
      observedAt: new Date('2026-03-20T10:30:00Z'),
      sourceUrl: source.url,
    });
    const rows = await outboxRows(database.db);
    expect(rows.map((r) => [r.chatId, r.kind, r.dedupKey, r.statusHistoryId])).toEqual([
      [101, 'alert', `event:${history[0]!.id}:${en}`, history[0]!.id],
      [102, 'alert', `event:${history[0]!.id}:${ru}`, history[0]!.id],
    ]);
    expect(rows[0]!.text).toContain('<b>Person 2 (Асоба 2)</b> has been moved to another place of detention.');
    expect(rows[0]!.text).toContain('Held at: Prison 4');
    // The discreet subscriber's neutral first line is added when the message is sent (drainer-subscriber-settings.test.ts).
    expect(rows[1]!.text.split('\n')[0]).toContain('Асоба 2');
  });

  it('names a person with a registered namesake with their birth year in the alert', async () => {
    const deps = syncDeps(database.db);
    const source = await jsonSource(database.db);
    const kavaliou = (id: number, fields: Record<string, unknown>) =>
      person(id, {
        names: [
          { text: 'Аляксандр Кавалёў', lang: 'be' },
          { text: 'Aliaksandr Kavaliou', lang: 'en' },
        ],
        ...fields,
      });
    deps.source.serve(feed([kavaliou(1, { birthYear: 1971 }), kavaliou(2, { birthYear: 1990 }), person(3)]));
    await syncSource(deps, source, 's0');
    await follow(database.db, await subscriber(database.db, 106, { language: 'en' }), 'p2');
    await follow(database.db, await subscriber(database.db, 107, { language: 'be' }), 'p2');
    await follow(database.db, await subscriber(database.db, 108, { language: 'en' }), 'p3');
    deps.source.serve(
      feed([
        kavaliou(1, { birthYear: 1971 }),
        kavaliou(2, { birthYear: 1990, status: 'pardoned' }),
        person(3, { status: 'pardoned' }),
      ]),
    );
    await syncSource(deps, await reload(database.db, source), 's1');
    const [en, be, other] = await outboxRows(database.db);
    expect(en!.text).toContain('<b>Aliaksandr Kavaliou (Аляксандр Кавалёў), born 1990</b> has been pardoned.');
    expect(be!.text).toContain('<b>Аляксандр Кавалёў (Aliaksandr Kavaliou), 1990 г. н.</b>');
    expect(other!.text).toContain('<b>Person 3 (Асоба 3)</b> has been pardoned.');
  });

  it('queues a grave alert for a death in custody once an admin confirmed it', async () => {
    const { deps, source } = await imported();
    await follow(database.db, await subscriber(database.db, 104), 'p3');
    deps.source.serve(feed([person(1), person(2), person(3, { status: 'died_in_custody' })]));
    await syncSource(deps, source, 's1');
    expect((await outboxRows(database.db)).map((r) => [r.chatId, r.kind])).toEqual([[900, 'notice']]);
    const [held] = await database.db.select().from(syncRuns).where(eq(syncRuns.status, 'held'));
    await confirmHeldRun(deps, held!.id, 900);
    expect((await outboxRows(database.db)).slice(1).map((r) => [r.kind, r.priority])).toEqual([['grave_alert', 0]]);
  });

  it('rolls everything back when any part of the run fails: no half-applied change, no lost alert', async () => {
    const { deps, source } = await imported();
    await follow(database.db, await subscriber(database.db, 105), 'p1');
    const broken = {
      ...deps,
      translate: () => {
        throw new Error('translation broke');
      },
    };
    deps.source.serve(feed([person(1, { status: 'pardoned' }), person(2), person(3)]));
    expect(await syncSource(broken, source, 's1')).toMatchObject({
      outcome: 'failed',
      reason: 'the run failed: translation broke',
    });
    expect((await prisoner(database.db, 'p1')).status).toBe('imprisoned');
    expect(await historyRows(database.db)).toHaveLength(3);
    expect(await outboxRows(database.db)).toEqual([]);
    expect(await syncSource(deps, source, 's2')).toMatchObject({
      outcome: 'applied',
      counts: { pardoned: 1 },
      alerts: 1,
    });
  });

  it('records corrections and people missing from the source without telling anyone', async () => {
    const { deps, source } = await imported();
    await follow(database.db, await subscriber(database.db, 106), 'p1');
    await follow(database.db, await subscriber(database.db, 107), 'p3');
    deps.source.serve(feed([person(1, { region: 'Minsk' }), person(2)]));
    expect(await syncSource(deps, source, 's1')).toMatchObject({
      outcome: 'applied',
      counts: { correction: 1, missing_from_source: 1 },
      alerts: 0,
    });
    expect((await historyRows(database.db)).slice(3).map((h) => [h.kind, h.announced])).toEqual([
      ['correction', false],
      ['missing_from_source', false],
    ]);
    expect(await prisoner(database.db, 'p3')).toMatchObject({
      status: 'imprisoned',
      missingFromSourceSince: deps.clock.now(),
    });
    expect(await outboxRows(database.db)).toEqual([]);
  });

  it('changes and sends nothing when the same snapshot comes again, by hash or by a full compare', async () => {
    const { deps, source } = await imported();
    await follow(database.db, await subscriber(database.db, 108), 'p1');
    deps.source.serve(feed([person(1, { status: 'pardoned' }), person(2), person(3)]));
    await syncSource(deps, source, 's1');
    const before = { history: (await historyRows(database.db)).length, outbox: (await outboxRows(database.db)).length };
    expect(await syncSource(deps, await reload(database.db, source), 's2')).toMatchObject({
      outcome: 'unchanged',
      why: 'the same snapshot as the last one',
    });
    await updateSource(database.db, source.id, { lastBodyHash: null });
    expect(await syncSource(deps, await reload(database.db, source), 's3')).toMatchObject({
      outcome: 'applied',
      counts: {},
      alerts: 0,
    });
    expect({
      history: (await historyRows(database.db)).length,
      outbox: (await outboxRows(database.db)).length,
    }).toEqual(before);
  });

  it('keeps unreadable rows with their reason and applies the rest', async () => {
    const { deps, source } = await imported();
    deps.source.serve(feed([person(1, { status: 'vanished' }), person(2, { status: 'released' }), person(3)]));
    const result = await syncSource(deps, source, 's1');
    expect(result).toMatchObject({ outcome: 'applied', counts: { released: 1 }, quarantined: 1 });
    const rows = await database.db.select().from(quarantinedRows);
    expect(rows.map((r) => [r.rowRef, r.reason])).toEqual([
      ['record #0', expect.stringContaining('record #0 (id "p1"): status must be one of')],
    ]);
    expect((await prisoner(database.db, 'p1')).missingFromSourceSince).toBeNull();
    const notices = (await outboxRows(database.db)).filter((r) => r.kind === 'notice');
    expect(notices.map((n) => n.chatId)).toEqual([900]);
    expect(notices[0]!.text).toContain('record #0');
  });

  it('returns a pardoned person held again as returned to custody, and stays quiet on the next syncs (Statkevich)', async () => {
    const { deps, source } = await imported();
    await follow(database.db, await subscriber(database.db, 109), 'p1');
    deps.source.serve(feed([person(1, { status: 'pardoned' }), person(2), person(3)]));
    await syncSource(deps, source, 's1');
    deps.source.serve(
      feed([
        person(1, { status: 'imprisoned', facility: { name: 'Prison 4', address: 'Mahilioŭ' } }),
        person(2),
        person(3),
      ]),
    );
    expect(await syncSource(deps, await reload(database.db, source), 's2')).toMatchObject({
      counts: { returned_to_custody: 1 },
    });
    expect((await prisoner(database.db, 'p1')).status).toBe('returned_to_custody');
    deps.source.serve(
      feed([
        person(1, { status: 'imprisoned', facility: { name: 'Prison 4', address: 'Mahilioŭ' } }),
        person(2),
        person(3),
        person(4),
      ]),
    );
    expect(await syncSource(deps, await reload(database.db, source), 's3')).toMatchObject({
      counts: { newly_listed: 1 },
    });
  });

  it('attaches a pending follow to a newly listed person and tells the follower; an ambiguous name stays pending', async () => {
    const { deps, source } = await imported();
    const mother = await subscriber(database.db, 110, { language: 'be' });
    const other = await subscriber(database.db, 111);
    await followPending(database.db, mother, 'асоба 7');
    const ambiguous = await followPending(database.db, other, 'Same Name');
    deps.source.serve(
      feed([
        person(1),
        person(2),
        person(3),
        person(7, { status: 'detained' }),
        person(8, { names: [{ text: 'Same Name' }] }),
        person(9, { names: [{ text: 'Same Name' }] }),
      ]),
    );
    expect(await syncSource(deps, source, 's1')).toMatchObject({
      outcome: 'applied',
      counts: { newly_listed: 3 },
      attached: 1,
      alerts: 1,
    });
    const p7 = await prisoner(database.db, 'p7');
    const [alert] = await outboxRows(database.db);
    expect(alert).toMatchObject({ chatId: 110, kind: 'alert' });
    expect(alert!.text).toContain('<b>Асоба 7 (Person 7)</b> унесены ў спіс палітвязняў.');
    expect(alert!.text).toContain(`start=f_${p7.id}`);
    const history = await historyRows(database.db);
    expect(history.find((h) => h.prisonerId === p7.id)).toMatchObject({ kind: 'newly_listed', announced: true });
    const pendingLeft = await database.db.query.follows.findMany();
    expect(pendingLeft.map((f) => [f.subscriberId, f.prisonerId, f.pendingName])).toEqual(
      expect.arrayContaining([
        [mother, p7.id, null],
        [other, null, 'Same Name'],
      ]),
    );
    expect(pendingLeft.find((f) => f.id === ambiguous)?.pendingName).toBe('Same Name');
  });

  it('syncs an HTML table like any other source: a transfer comes with the new postal address', async () => {
    const deps = syncDeps(database.db);
    const [source] = await syncConfiguredSources(database.db, [
      { name: 'viasna-en', url: 'https://prisoners.spring96.org/en/table', format: 'html', schedule: '*/15 * * * *' },
    ]);
    const page = sourceFixture('table-en.html');
    deps.source.serve(page);
    expect(await syncSource(deps, source!, 's0')).toMatchObject({ outcome: 'applied', counts: { newly_listed: 4 } });
    const id = 'https://prisoners.spring96.org/en/person/ales-bialiatski';
    await follow(database.db, await subscriber(database.db, 112), id);
    deps.source.serve(
      page.replace(
        'ul. Dzimitrava 1, 213410 Horki, Mahilioŭ region">Penal colony No. 9, Horki',
        'vul. Krupskaj 99a, 212011 Mahilioŭ">Prison No. 4, Mahilioŭ',
      ),
    );
    expect(await syncSource(deps, source!, 's1')).toMatchObject({
      outcome: 'applied',
      counts: { transferred: 1 },
      alerts: 1,
    });
    const [alert] = await outboxRows(database.db);
    expect(alert!.text).toContain(
      'Held at: Prison No. 4, Mahilioŭ\nAddress for letters: vul. Krupskaj 99a, 212011 Mahilioŭ',
    );
    expect(alert!.text).toContain(`<a href="${id}">Source</a>`);
  });

  it('runs each scheduled slot once, however often it is triggered', async () => {
    const deps = syncDeps(database.db);
    const source = await jsonSource(database.db);
    deps.source.serve(feed([person(1)]));
    expect(await runScheduledSync(deps, source, '2026-03-20T10:15Z', 'a')).toMatchObject({ outcome: 'applied' });
    expect(await runScheduledSync(deps, source, '2026-03-20T10:15Z', 'b')).toEqual({ outcome: 'skipped' });
    expect(await database.db.select().from(syncRuns)).toHaveLength(1);
  });
});
