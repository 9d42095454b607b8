import { describe, expect, it } from 'vitest';
import { confirmBatch } from '../../../src/app/releases/release-confirm.ts';
import { syncSource } from '../../../src/app/sync/source-sync.ts';
import { replaceLines } from '../../../src/db/queries/release-batches.ts';
import { updateSource } from '../../../src/db/queries/sources.ts';
import { releaseBatches, syncRuns } from '../../../src/db/schema/index.ts';
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
  sameNameMatcher,
  subscriber,
  syncDeps,
} from '../../support/sync-setup.ts';

const database = useTestDatabase();

const ADMIN = 900;
/** 20 people, held since 2024 as the source has it; `changed` overrides some of them. */
const register = (changed: Record<number, Record<string, unknown>> = {}) =>
  feed(
    Array.from({ length: 20 }, (_, i) =>
      person(i + 1, { statusSince: '2024-01-10', detainedAt: '2023-05-01', ...changed[i + 1] }),
    ),
  );

/** The source imported, followers for p1, p5 and p20, then an admin's batch of 14 pardons (p1–p14) confirmed on 13 December. */
async function afterBatch() {
  const deps = syncDeps(database.db, { defaultLanguage: 'en' });
  const source = await jsonSource(database.db);
  deps.clock.set('2025-12-01T10:00:00Z');
  deps.source.serve(register());
  await syncSource(deps, source, 's0');
  const follower = await subscriber(database.db, 301);
  for (const id of ['p1', 'p5', 'p20']) await follow(database.db, follower, id);

  deps.clock.set('2025-12-13T12:00:00Z');
  const [batch] = await database.db
    .insert(releaseBatches)
    .values({
      title: '13 December 2025: 14 pardoned',
      releaseDate: '2025-12-13',
      kind: 'pardoned',
      status: 'preview',
      createdBy: ADMIN,
      sourceUrl: 'https://spring96.org/en/news/14',
    })
    .returning();
  const ids = await Promise.all(
    Array.from({ length: 14 }, async (_, i) => (await prisoner(database.db, `p${i + 1}`)).id),
  );
  await replaceLines(
    database.db,
    batch!.id,
    ids.map((prisonerId, i) => ({
      lineNo: i + 1,
      rawText: `Person ${i + 1}`,
      name: `Person ${i + 1}`,
      decision: 'matched' as const,
      prisonerId,
    })),
  );
  const confirm = { ...deps, approvalThreshold: 30, prepareMatcher: () => Promise.resolve(), matcher: sameNameMatcher };
  expect(await confirmBatch(confirm, ADMIN, batch!.id)).toMatchObject({ outcome: 'confirmed', released: 14 });
  deps.clock.set('2025-12-14T09:00:00Z');
  return {
    deps,
    source: await reload(database.db, source),
    batchId: batch!.id,
    sent: (await outboxRows(database.db)).length,
  };
}

describe(`a lagging source after a confirmed batch (${backendName()})`, () => {
  it('does not undo the batch: the source still lists the 14 as held, with its old dates, and nothing is planned, held or sent', async () => {
    const { deps, source, sent } = await afterBatch();
    // The list changed elsewhere (p20 moved), so the run is planned in full, not skipped by hash.
    deps.source.serve(register({ 20: { facility: { name: 'Prison 4', address: 'Mahilioŭ' } } }));
    expect(await syncSource(deps, source, 's1')).toMatchObject({ outcome: 'applied', counts: { transferred: 1 } });
    for (let i = 1; i <= 14; i++)
      expect(await prisoner(database.db, `p${i}`)).toMatchObject({ status: 'pardoned', statusSince: '2025-12-13' });
    const news = (await outboxRows(database.db)).slice(sent);
    expect(news.map((r) => [r.chatId, r.kind])).toEqual([[301, 'alert']]);
    expect(news[0]!.text).toContain('Person 20');
    expect((await database.db.select().from(syncRuns)).filter((r) => r.status === 'held')).toEqual([]);

    // The same snapshot compared in full again (hash forgotten) still finds nothing.
    await updateSource(database.db, source.id, { lastBodyHash: null });
    expect(await syncSource(deps, await reload(database.db, source), 's2')).toMatchObject({
      outcome: 'applied',
      counts: {},
    });
  });

  it("announces a real change in the source's own record after the batch date: a new status date, a new detention, a new status", async () => {
    const { deps, source, sent } = await afterBatch();
    deps.source.serve(
      register({
        5: { statusSince: '2025-12-20' },
        6: { detainedAt: '2025-12-19' },
        7: { status: 'detained', statusSince: undefined },
        8: { statusSince: '2024-02-01' },
      }),
    );
    const result = await syncSource(deps, source, 's1');
    expect(result).toMatchObject({ outcome: 'applied', counts: { returned_to_custody: 3, correction: 1 } });
    expect((await prisoner(database.db, 'p5')).status).toBe('returned_to_custody');
    expect((await prisoner(database.db, 'p6')).status).toBe('returned_to_custody');
    expect((await prisoner(database.db, 'p7')).status).toBe('returned_to_custody');
    // A date the source moved, but to before the batch: still the old story, not news.
    expect(await prisoner(database.db, 'p8')).toMatchObject({ status: 'pardoned', statusSince: '2025-12-13' });
    const news = (await outboxRows(database.db)).slice(sent);
    expect(news.map((r) => [r.chatId, r.kind])).toEqual([[301, 'alert']]);
    expect(news[0]!.text).toContain('<b>Person 5 (Асоба 5)</b>');
    const history = (await historyRows(database.db)).filter((h) => h.syncRunId === result.runId);
    expect(history.map((h) => h.kind).sort()).toEqual([
      'correction',
      'returned_to_custody',
      'returned_to_custody',
      'returned_to_custody',
    ]);
  });

  it('once the source has caught up (pardoned), its later "held" is news again', async () => {
    const { deps, source, sent } = await afterBatch();
    deps.source.serve(register({ 5: { status: 'pardoned', statusSince: '2025-12-13' } }));
    expect(await syncSource(deps, source, 's1')).toMatchObject({ outcome: 'applied', counts: {} });
    deps.source.serve(register({ 5: { status: 'imprisoned', statusSince: undefined } }));
    expect(await syncSource(deps, await reload(database.db, source), 's2')).toMatchObject({
      outcome: 'applied',
      counts: { returned_to_custody: 1 },
    });
    expect((await outboxRows(database.db)).slice(sent).map((r) => r.chatId)).toEqual([301]);
  });

  it('a held run names the people and kinds (to admins) and the batch it touches', async () => {
    const { deps, source, batchId, sent } = await afterBatch();
    const all: Record<number, Record<string, unknown>> = {};
    for (let i = 1; i <= 14; i++) all[i] = { statusSince: '2025-12-20' };
    deps.source.serve(register(all));
    const held = await syncSource(deps, source, 's1');
    expect(held).toMatchObject({ outcome: 'held', counts: { returned_to_custody: 14 } });
    const news = (await outboxRows(database.db)).slice(sent);
    expect(news.map((r) => [r.chatId, r.kind])).toEqual([[ADMIN, 'notice']]);
    const text = news[0]!.text;
    expect(text).toContain('• returned to custody: <b>Person 1</b>, <b>Person 2</b>');
    expect(text).toContain('and 4 more');
    expect(text).toContain(
      `Touches batch #${batchId} «13 December 2025: 14 pardoned» (13.12.2025), which set the current status of: <b>Person 1</b>`,
    );
    // Nobody's follower count is in it.
    expect(text).not.toMatch(/follow/i);
  });
});
