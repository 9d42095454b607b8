import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claimJobSlot, finishJobSlot, RUN_LEASE_MS } from '../../../src/app/job-claims.ts';
import { runScheduledSync, syncSource } from '../../../src/app/sync/source-sync.ts';
import { pruneOldRecords } from '../../../src/app/delivery/data-retention.ts';
import { jobRuns, syncRuns } from '../../../src/db/schema/index.ts';
import { createDiskErasure } from '../../../src/db/disk-erasure.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';
import {
  feed,
  follow,
  jsonSource,
  outboxRows,
  person,
  reload,
  subscriber,
  syncDeps,
} from '../../support/sync-setup.ts';

const database = useTestDatabase();

const CHAT = 6_500_123;

async function imported(overrides: Parameters<typeof syncDeps>[1] = {}) {
  const deps = syncDeps(database.db, overrides);
  const source = await jsonSource(database.db);
  deps.source.serve(feed([person(1), person(2), person(3)]));
  expect(await syncSource(deps, source, 's0')).toMatchObject({ outcome: 'applied' });
  return { deps, source: await reload(database.db, source) };
}

function runs() {
  return database.db.select().from(syncRuns).orderBy(syncRuns.id);
}

describe(`source sync: any error ends the run as failed, safely worded (${backendName()})`, () => {
  it('a database error inside the run fails it with SQLSTATE and constraint, never the query parameters, counts and tells admins after 3', async () => {
    const { deps, source } = await imported();
    await follow(database.db, await subscriber(database.db, CHAT), 'p2');
    // The database refuses alert rows: the insert carrying the follower's chat id fails mid-transaction.
    await database.db.execute(
      sql`alter table outbox add constraint outbox_refuses_alerts check (kind <> 'alert') not valid`,
    );
    deps.source.serve(feed([person(1), person(2, { facility: { name: 'Prison 4' } }), person(3)]));
    for (let i = 1; i <= 3; i++) {
      const result = await syncSource(deps, await reload(database.db, source), `f${i}`);
      expect(result).toMatchObject({
        outcome: 'failed',
        cause: 'error',
        reason:
          'the run failed: database error 23514 check_violation (integrity constraint violation) on table outbox, constraint outbox_refuses_alerts',
      });
    }
    const all = await runs();
    expect(all.map((r) => r.status)).toEqual(['applied', 'failed', 'failed', 'failed']);
    for (const run of all) expect(`${run.reason}`).not.toMatch(new RegExp(`${CHAT}|params|insert into`));
    expect((await reload(database.db, source)).consecutiveFailures).toBe(3);
    const notices = (await outboxRows(database.db)).filter((r) => r.kind === 'notice');
    expect(notices.map((n) => n.chatId)).toEqual([900]);
    expect(notices[0]!.text).toContain('database error 23514');
    expect(notices[0]!.text).not.toContain(String(CHAT));
  });

  it('a bug before the fetch (the matcher cannot be prepared) fails the run instead of leaving it running', async () => {
    const { deps, source } = await imported();
    const broken = {
      ...deps,
      prepareMatcher: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'names')")),
    };
    expect(await syncSource(broken, source, 's1')).toMatchObject({
      outcome: 'failed',
      cause: 'error',
      reason: "the run failed: Cannot read properties of undefined (reading 'names')",
    });
    expect((await runs()).map((r) => r.status)).toEqual(['applied', 'failed']);
  });

  it('a scheduled slot whose run throws is finished as failed, with a safe reason in job_runs', async () => {
    const { deps, source } = await imported();
    // A source row that no longer exists: creating the run breaks a foreign key, before any run row exists.
    const gone = { ...source, id: 9999 };
    await expect(runScheduledSync(deps, gone, '2026-03-20T10:30Z', 'w1')).rejects.toThrow();
    const [job] = await database.db.select().from(jobRuns).where(eq(jobRuns.slot, '2026-03-20T10:30Z'));
    expect(job).toMatchObject({
      status: 'failed',
      detail: {
        error:
          'database error 23503 foreign_key_violation (integrity constraint violation) on table sync_runs, constraint sync_runs_source_id_sources_id_fk',
      },
    });
  });
});

describe(`source sync: a run or slot left running by a crashed process (${backendName()})`, () => {
  it(`is failed after its lease (${RUN_LEASE_MS / 60_000} min) by the next run of the source, counted, and never blocks that run`, async () => {
    const { deps, source } = await imported({ failureAlertAfter: 1 });
    // A process crashed mid-run at 10:15; its run row says "running" for ever.
    await database.db
      .insert(syncRuns)
      .values({ sourceId: source.id, slot: 'crashed', startedAt: new Date('2026-03-20T10:15:00Z') });
    deps.source.serve(feed([person(1), person(2), person(3, { status: 'released' })]));

    deps.clock.set('2026-03-20T10:30:00Z'); // within the lease: it may still be alive elsewhere
    expect(await syncSource(deps, await reload(database.db, source), 's1')).toMatchObject({
      outcome: 'applied',
      counts: { released: 1 },
    });
    expect((await runs()).find((r) => r.slot === 'crashed')).toMatchObject({ status: 'running' });

    deps.clock.set('2026-03-20T10:45:01Z');
    expect(await syncSource(deps, await reload(database.db, source), 's2')).toMatchObject({ outcome: 'unchanged' });
    expect((await runs()).find((r) => r.slot === 'crashed')).toMatchObject({
      status: 'failed',
      finishedAt: new Date('2026-03-20T10:45:01Z'),
      reason: 'the process running it stopped before it finished (still running after 30 minutes)',
    });
    // Counted as a failure (admins told, here after one), and the run right after it found the source working again.
    expect((await outboxRows(database.db)).map((r) => r.text)).toEqual([
      '❗ <b>viasna</b>: памылка 1 разоў запар. Апошняя: the process running it stopped before it finished (still running after 30 minutes)',
      '✅ <b>viasna</b> зноў працуе.',
    ]);
    expect((await reload(database.db, source)).consecutiveFailures).toBe(0);
    expect((await runs()).filter((r) => r.status === 'running')).toEqual([]);
  });

  it('a claimed slot left running is taken over after the lease, and other stale slots of the job are marked failed', async () => {
    const at = new Date('2026-03-20T10:15:00Z');
    const later = (ms: number) => new Date(at.getTime() + ms);
    expect(await claimJobSlot(database.db, 'sync:viasna', '2026-03-20T10:15Z', 'crashed', at)).toBe(true);
    expect(
      await claimJobSlot(database.db, 'sync:viasna', '2026-03-20T10:15Z', 'other', later(RUN_LEASE_MS - 1000)),
    ).toBe(false);
    // The next slot is never blocked by it.
    expect(await claimJobSlot(database.db, 'sync:viasna', '2026-03-20T10:30Z', 'other', later(15 * 60_000))).toBe(true);
    await finishJobSlot(database.db, 'sync:viasna', '2026-03-20T10:30Z', 'done', later(16 * 60_000));
    expect(
      await claimJobSlot(database.db, 'sync:viasna', '2026-03-20T10:15Z', 'other', later(RUN_LEASE_MS + 1000)),
    ).toBe(true);
    const [row] = await database.db
      .select()
      .from(jobRuns)
      .where(and(eq(jobRuns.job, 'sync:viasna'), eq(jobRuns.slot, '2026-03-20T10:15Z')));
    expect(row).toMatchObject({ status: 'running', claimedBy: 'other', startedAt: later(RUN_LEASE_MS + 1000) });

    expect(
      await claimJobSlot(database.db, 'sync:viasna', '2026-03-20T12:00Z', 'third', later(2 * RUN_LEASE_MS + 2000)),
    ).toBe(true);
    const stale = await database.db.select().from(jobRuns).where(eq(jobRuns.slot, '2026-03-20T10:15Z'));
    expect(stale[0]).toMatchObject({
      status: 'failed',
      detail: { error: 'the process running it stopped before it finished (still running after 30 minutes)' },
    });
  });

  it('the daily retention job, which claims the same way, does not leave a crashed day running for ever', async () => {
    const at = new Date('2026-03-20T03:17:00Z');
    expect(await claimJobSlot(database.db, 'retention', '2026-03-20T03:17Z', 'crashed', at)).toBe(true);
    const clock = { now: () => new Date('2026-03-21T03:17:00Z') };
    expect(
      await pruneOldRecords(
        { db: database.db, clock, worker: 'w2', disk: createDiskErasure(database) },
        '2026-03-21T03:17Z',
      ),
    ).toBeDefined();
    const rows = await database.db.select().from(jobRuns).orderBy(jobRuns.slot);
    expect(rows.map((r) => [r.slot, r.status])).toEqual([
      ['2026-03-20T03:17Z', 'failed'],
      ['2026-03-21T03:17Z', 'done'],
    ]);
  });
});
