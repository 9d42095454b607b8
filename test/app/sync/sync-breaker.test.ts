import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { syncSource } from '../../../src/app/sync/source-sync.ts';
import { confirmHeldRun, rejectHeldRun } from '../../../src/app/sync/sync-held-runs.ts';
import { adminAuditLog, syncRuns } from '../../../src/db/schema/index.ts';
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

const everyone = (n: number, fields: (i: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: n }, (_, i) => person(i + 1, fields(i + 1)));

/** 30 people imported; then 21 of them pardoned at once: more than the 20 releases a run may bring. */
async function heldBatch(options: { deskUrl?: string } = {}) {
  const deps = { ...syncDeps(database.db), ...options };
  const source = await jsonSource(database.db);
  deps.source.serve(feed(everyone(30)));
  await syncSource(deps, source, 's0');
  await follow(database.db, await subscriber(database.db, 201), 'p1');
  deps.source.serve(feed(everyone(30, (i) => (i <= 21 ? { status: 'pardoned' } : {}))));
  const held = await syncSource(deps, await reload(database.db, source), 's1');
  return { deps, source, held };
}

describe(`source sync: the circuit breaker (${backendName()})`, () => {
  it('holds a run with too many releases: nothing applied, nobody told, admins get a summary', async () => {
    const { held } = await heldBatch();
    expect(held).toMatchObject({
      outcome: 'held',
      counts: { pardoned: 21 },
      reasons: expect.arrayContaining([{ rule: 'releases', value: 21, limit: 20 }]),
    });
    expect((await prisoner(database.db, 'p1')).status).toBe('imprisoned');
    expect(await historyRows(database.db)).toHaveLength(30);
    const rows = await outboxRows(database.db);
    expect(rows.map((r) => [r.chatId, r.kind])).toEqual([[900, 'notice']]);
    expect(rows[0]!.text).toContain('Вызваленняў за адзін запуск: 21 (мяжа 20)');
    expect(rows[0]!.text).toContain(`/sync_confirm ${held.runId}`);
    expect(rows[0]!.replyMarkup).toBeNull();
  });

  it("with DESK_URL, the admins' notice of a held run opens that run in the desk", async () => {
    const { held } = await heldBatch({ deskUrl: 'https://vestka.example/desk' });
    const [notice] = await outboxRows(database.db);
    expect(notice!.replyMarkup).toEqual({
      inline_keyboard: [
        [
          {
            text: `📋 Праверыць запуск #${held.runId} у дадатку`,
            web_app: { url: `https://vestka.example/desk/sync/${held.runId}` },
          },
        ],
      ],
    });
  });

  it('does not hold (or tell admins) again while the same snapshot keeps coming', async () => {
    const { deps, source, held } = await heldBatch();
    expect(await syncSource(deps, await reload(database.db, source), 's2')).toMatchObject({
      outcome: 'unchanged',
      why: `the same snapshot as held run #${held.runId}`,
    });
    expect((await outboxRows(database.db)).filter((r) => r.kind === 'notice')).toHaveLength(1);
  });

  it('/sync_confirm applies the held run: records, history, alerts, and an audit entry', async () => {
    const { deps, held } = await heldBatch();
    expect(await confirmHeldRun(deps, held.runId, 900)).toEqual({
      outcome: 'confirmed',
      run: held.runId,
      source: 'viasna',
      counts: { pardoned: 21 },
      alerts: 1,
    });
    expect((await prisoner(database.db, 'p1')).status).toBe('pardoned');
    expect((await outboxRows(database.db)).filter((r) => r.kind === 'alert').map((r) => r.chatId)).toEqual([201]);
    const [run] = await database.db.select().from(syncRuns).where(eq(syncRuns.id, held.runId));
    expect(run).toMatchObject({ status: 'confirmed', decidedBy: 900, plan: null });
    expect(await database.db.select().from(adminAuditLog)).toEqual([
      expect.objectContaining({
        adminId: 900,
        action: 'sync_confirm',
        details: { run: held.runId, source: 'viasna', counts: { pardoned: 21 } },
      }),
    ]);
    expect(await confirmHeldRun(deps, held.runId, 900)).toEqual({
      outcome: 'not_held',
      run: held.runId,
      status: 'confirmed',
    });
  });

  it('/sync_reject drops the held run, and the same snapshot is not held again', async () => {
    const { deps, source, held } = await heldBatch();
    expect(await rejectHeldRun(deps, held.runId, 900)).toEqual({
      outcome: 'rejected',
      run: held.runId,
      source: 'viasna',
    });
    expect((await prisoner(database.db, 'p1')).status).toBe('imprisoned');
    expect(await syncSource(deps, await reload(database.db, source), 's2')).toMatchObject({ outcome: 'unchanged' });
    expect(await rejectHeldRun(deps, 999, 900)).toEqual({ outcome: 'not_found', run: 999 });
    expect((await database.db.select().from(adminAuditLog)).map((a) => a.action)).toEqual(['sync_reject']);
  });

  it('a newer snapshot that is fine applies and supersedes the held run', async () => {
    const { deps, source, held } = await heldBatch();
    deps.source.serve(feed(everyone(30, (i) => (i === 1 ? { status: 'pardoned' } : {}))));
    expect(await syncSource(deps, await reload(database.db, source), 's2')).toMatchObject({
      outcome: 'applied',
      counts: { pardoned: 1 },
    });
    expect(await confirmHeldRun(deps, held.runId, 900)).toEqual({
      outcome: 'not_held',
      run: held.runId,
      status: 'superseded',
    });
  });

  it('holds a run whose columns changed', async () => {
    const deps = syncDeps(database.db);
    const source = await jsonSource(database.db);
    deps.source.serve(feed(everyone(3)));
    await syncSource(deps, source, 's0');
    deps.source.serve(feed(everyone(3).map(({ status, ...rest }) => ({ ...rest, state: status }))));
    expect(await syncSource(deps, await reload(database.db, source), 's1')).toMatchObject({
      outcome: 'held',
      reasons: [expect.objectContaining({ rule: 'shape' })],
    });
  });
});

describe(`source sync: a failing source (${backendName()})`, () => {
  it('an unparseable feed changes nothing and fails the run with the reason', async () => {
    const deps = syncDeps(database.db);
    const source = await jsonSource(database.db);
    deps.source.serve('{"records": [');
    expect(await syncSource(deps, source, 's0')).toMatchObject({
      outcome: 'failed',
      reason: expect.stringMatching(/^the source could not be read: the feed is not valid JSON/),
    });
    expect(await historyRows(database.db)).toEqual([]);
  });

  it('tells admins once after 3 failures in a row, and once more when the source recovers', async () => {
    const deps = syncDeps(database.db);
    const source = await jsonSource(database.db);
    deps.source.fail('https://feed.example.org/prisoners.json: HTTP 503 Service Unavailable');
    for (let i = 1; i <= 5; i++) await syncSource(deps, await reload(database.db, source), `f${i}`);
    let notices = await outboxRows(database.db);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toBe(
      '❗ <b>viasna</b>: памылка 3 разоў запар. Апошняя: https://feed.example.org/prisoners.json: HTTP 503 Service Unavailable',
    );
    expect((await reload(database.db, source)).consecutiveFailures).toBe(5);
    deps.source.serve(feed(everyone(2)));
    await syncSource(deps, await reload(database.db, source), 'ok');
    notices = await outboxRows(database.db);
    expect(notices.map((n) => n.text)).toEqual([
      expect.stringContaining('памылка 3 разоў'),
      '✅ <b>viasna</b> зноў працуе.',
    ]);
    expect(await reload(database.db, source)).toMatchObject({ consecutiveFailures: 0, failingAlertedAt: null });
  });
});
