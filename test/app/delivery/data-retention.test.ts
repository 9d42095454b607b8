import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { pruneOldRecords } from '../../../src/app/delivery/data-retention.ts';
import { subscriberWritingNow } from '../../../src/app/subscribers/subscribers.ts';
import { runDueDigests } from '../../../src/app/digests/digest-runner.ts';
import { createI18n, translatorFrom } from '../../../src/bot/i18n.ts';
import { createDiskErasure } from '../../../src/db/disk-erasure.ts';
import { enqueueOutbox } from '../../../src/db/queries/outbox.ts';
import { settleOutbox } from '../../../src/db/queries/outbox-settle.ts';
import {
  chartImages,
  deadLetters,
  digestRuns,
  follows,
  jobRuns,
  outbox,
  outboxAttempts,
  outboxBodies,
  prisoners,
  statusHistory,
  subscribers,
} from '../../../src/db/schema/index.ts';
import { RETENTION_DAYS } from '../../../src/domain/retention.ts';
import { DAY_MS } from '../../../src/domain/zoned-time.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();

const NOW = new Date('2026-12-06T03:17:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const deps = {
  get db() {
    return database.db;
  },
  clock: { now: () => NOW },
  worker: 'test',
  get disk() {
    return createDiskErasure(database);
  },
};

async function subscriber(chatId: number): Promise<number> {
  const [row] = await database.db
    .insert(subscribers)
    .values({ chatId, language: 'en', timezone: 'Europe/Minsk', digestEnabled: true, digestHour: 20 })
    .returning({ id: subscribers.id });
  return row!.id;
}

async function message(
  chatId: number,
  key: string,
  status: 'pending' | 'sent' | 'dead' | 'dropped',
  settledDaysAgo: number | null,
  bodyId?: number,
): Promise<number> {
  const [row] = await database.db
    .insert(outbox)
    .values({
      chatId,
      kind: 'digest',
      priority: 5,
      dedupKey: key,
      text: bodyId ? '' : `text ${key}`,
      bodyId,
      status,
      createdAt: daysAgo((settledDaysAgo ?? 0) + 1),
      settledAt: settledDaysAgo === null ? null : daysAgo(settledDaysAgo),
    })
    .returning({ id: outbox.id });
  return row!.id;
}

describe(`data retention (${backendName()})`, () => {
  it(`deletes settled messages, dead letters, unused shared texts, digest claims and job runs older than ${RETENTION_DAYS} days, and nothing else`, async () => {
    const id = await subscriber(501);
    const [oldBody, usedBody, newBody] = await database.db
      .insert(outboxBodies)
      .values([
        { text: 'old digest', createdAt: daysAgo(40) },
        { text: 'old digest, still pointed at', createdAt: daysAgo(40) },
        { text: 'new digest', createdAt: daysAgo(1) },
      ])
      .returning({ id: outboxBodies.id });
    const oldSent = await message(501, 'old-sent', 'sent', 40, oldBody!.id);
    await message(501, 'old-dead', 'dead', 36);
    await message(501, 'old-dropped', 'dropped', 50);
    await message(501, 'old-but-pending', 'pending', null);
    await database.db
      .update(outbox)
      .set({ createdAt: daysAgo(60) })
      .where(eq(outbox.dedupKey, 'old-but-pending'));
    await message(501, 'recent-sent', 'sent', 34, usedBody!.id);
    const png = new Uint8Array([137, 80, 78, 71]);
    await database.db.insert(chartImages).values([
      { language: 'be', chartDate: '2026-10-27', png, caption: 'old', createdAt: daysAgo(40) },
      { language: 'be', chartDate: '2026-11-20', png, caption: 'old, still sent', createdAt: daysAgo(40) },
      { language: 'be', chartDate: '2026-12-05', png, caption: 'new', createdAt: daysAgo(1) },
    ]);
    const [stillSent] = await database.db
      .select({ id: chartImages.id })
      .from(chartImages)
      .where(eq(chartImages.caption, 'old, still sent'));
    await database.db.update(outbox).set({ chartImageId: stillSent!.id }).where(eq(outbox.dedupKey, 'old-but-pending'));
    await database.db
      .insert(outboxAttempts)
      .values({ outboxId: oldSent, attempt: 1, at: daysAgo(40), outcome: 'sent', worker: 'w' });
    await database.db.insert(deadLetters).values([
      { outboxId: 1, kind: 'alert', reason: 'old', createdAt: daysAgo(36) },
      { outboxId: 2, kind: 'alert', reason: 'new', createdAt: daysAgo(2) },
    ]);
    await database.db.insert(digestRuns).values([
      {
        subscriberId: id,
        localDate: '2026-10-20',
        periodFrom: daysAgo(48),
        periodTo: daysAgo(47),
        heldCount: 1,
        entries: 1,
        outcome: 'queued',
        claimedBy: 'w',
        createdAt: daysAgo(47),
      },
      {
        subscriberId: id,
        localDate: '2026-12-05',
        periodFrom: daysAgo(2),
        periodTo: daysAgo(1),
        heldCount: 1,
        entries: 1,
        outcome: 'queued',
        claimedBy: 'w',
        createdAt: daysAgo(1),
      },
    ]);
    await database.db.insert(jobRuns).values([
      { job: 'sync:a', slot: 'old', claimedBy: 'w', status: 'done', startedAt: daysAgo(40) },
      { job: 'sync:a', slot: 'old-running', claimedBy: 'w', status: 'running', startedAt: daysAgo(40) },
      { job: 'sync:a', slot: 'new', claimedBy: 'w', status: 'done', startedAt: daysAgo(1) },
    ]);

    expect(await pruneOldRecords(deps, '2026-12-06T03:17Z')).toEqual({
      outbox: 3,
      deadLetters: 1,
      outboxBodies: 1,
      chartImages: 1,
      digestRuns: 1,
      jobRuns: 1,
      goneChats: 0,
    });

    expect((await database.db.select({ key: outbox.dedupKey }).from(outbox)).map((r) => r.key).sort()).toEqual([
      'old-but-pending',
      'recent-sent',
    ]);
    expect(await database.db.select().from(outboxAttempts)).toEqual([]);
    expect((await database.db.select({ reason: deadLetters.reason }).from(deadLetters)).map((r) => r.reason)).toEqual([
      'new',
    ]);
    expect((await database.db.select({ id: outboxBodies.id }).from(outboxBodies)).map((r) => r.id).sort()).toEqual(
      [usedBody!.id, newBody!.id].sort(),
    );
    expect(
      (await database.db.select({ caption: chartImages.caption }).from(chartImages)).map((r) => r.caption).sort(),
    ).toEqual(['new', 'old, still sent']);
    expect((await database.db.select({ date: digestRuns.localDate }).from(digestRuns)).map((r) => r.date)).toEqual([
      '2026-12-05',
    ]);
    expect(
      (await database.db.select({ slot: jobRuns.slot }).from(jobRuns).where(eq(jobRuns.job, 'sync:a')))
        .map((r) => r.slot)
        .sort(),
    ).toEqual(['new', 'old-running']);
  });

  it('erases a chat that blocked the bot 30 days ago, as /forget would: settings, follows, names typed, messages', async () => {
    const gone = await subscriber(601);
    const recent = await subscriber(602);
    const back = await subscriber(603);
    const [p] = await database.db
      .insert(prisoners)
      .values({ nameEn: 'Ales Bialiatski', status: 'imprisoned' })
      .returning({ id: prisoners.id });
    for (const id of [gone, recent, back])
      await database.db.insert(follows).values([
        { subscriberId: id, prisonerId: p!.id },
        { subscriberId: id, pendingName: 'Ihar Losik' },
      ]);
    await message(601, 'gone-sent', 'dropped', 31);
    await database.db
      .update(subscribers)
      .set({ active: false, inactiveSince: daysAgo(30.01) })
      .where(eq(subscribers.id, gone));
    await database.db
      .update(subscribers)
      .set({ active: false, inactiveSince: daysAgo(29) })
      .where(eq(subscribers.id, recent));
    await database.db
      .update(subscribers)
      .set({ active: false, inactiveSince: daysAgo(40) })
      .where(eq(subscribers.id, back));
    // The third unblocked the bot and wrote again: active, and no longer due to be erased.
    await subscriberWritingNow(database.db, 603);

    expect(await pruneOldRecords(deps, '2026-12-06T03:17Z')).toMatchObject({ goneChats: 1 });
    expect(
      (await database.db.select({ chatId: subscribers.chatId, active: subscribers.active }).from(subscribers)).sort(
        (a, b) => a.chatId - b.chatId,
      ),
    ).toEqual([
      { chatId: 602, active: false },
      { chatId: 603, active: true },
    ]);
    expect((await database.db.select({ id: follows.subscriberId }).from(follows)).map((f) => f.id).sort()).toEqual(
      [recent, recent, back, back].sort(),
    );
    expect(await database.db.select().from(outbox).where(eq(outbox.chatId, 601))).toEqual([]);
  });

  it('runs each daily slot once, whoever else ticks, records what it did and rewrites the tables once', async () => {
    let rewrites = 0;
    const disk = {
      timing: 'nightly' as const,
      afterChatErased: () => Promise.resolve(),
      daily: () => Promise.resolve(void rewrites++),
    };
    expect(await pruneOldRecords({ ...deps, disk }, '2026-12-06T03:17Z')).toBeDefined();
    expect(await pruneOldRecords({ ...deps, disk, worker: 'other' }, '2026-12-06T03:17Z')).toBeUndefined();
    expect(rewrites).toBe(1);
    const [run] = await database.db.select().from(jobRuns).where(eq(jobRuns.job, 'retention'));
    expect(run).toMatchObject({ status: 'done', claimedBy: 'test', detail: { outbox: 0, digestRuns: 0 } });
  });

  it('a delivered message keeps no words: its text is emptied when it is recorded as sent', async () => {
    await subscriber(502);
    await enqueueOutbox(database.db, [
      {
        chatId: 502,
        kind: 'alert',
        dedupKey: 'a:1',
        text: 'Ales Bialiatski was moved',
        replyMarkup: { inline_keyboard: [] },
      },
    ]);
    const [row] = await database.db.select().from(outbox);
    await settleOutbox(database.db, 'w', [
      {
        id: row!.id,
        chatId: 502,
        result: 'sent',
        partsSent: 1,
        attempt: { at: NOW, outcome: 'sent' },
        chatFreeAt: NOW,
      },
    ]);
    expect(
      await database.db.select({ text: outbox.text, markup: outbox.replyMarkup, status: outbox.status }).from(outbox),
    ).toEqual([{ text: '', markup: null, status: 'sent' }]);
  });

  it('after pruning, the next digest still starts where the last one received ended', async () => {
    const id = await subscriber(503);
    const [p] = await database.db
      .insert(prisoners)
      .values({ nameEn: 'Ales Bialiatski', status: 'imprisoned' })
      .returning({ id: prisoners.id });
    // Received 40 days ago (pruned) and yesterday (kept); one change since yesterday's digest, one before it.
    for (const [date, days] of [
      ['2026-10-27', 40],
      ['2026-12-05', 1],
    ] as const) {
      await database.db.insert(digestRuns).values({
        subscriberId: id,
        localDate: date,
        periodFrom: daysAgo(days + 1),
        periodTo: daysAgo(days),
        heldCount: 1,
        entries: 1,
        outcome: 'queued',
        claimedBy: 'w',
        createdAt: daysAgo(days),
      });
      await message(503, `digest:${id}:${date}`, 'sent', days);
    }
    await database.db.insert(statusHistory).values([
      {
        prisonerId: p!.id,
        kind: 'transferred',
        observedAt: daysAgo(1.5),
        createdAt: daysAgo(1.5),
        changedBy: 'sync:test',
      },
      {
        prisonerId: p!.id,
        kind: 'sentenced',
        observedAt: daysAgo(0.5),
        createdAt: daysAgo(0.5),
        changedBy: 'sync:test',
      },
    ]);
    await pruneOldRecords(deps, '2026-12-06T03:17Z');
    const report = await runDueDigests(
      { db: database.db, translate: translatorFrom(createI18n('en')), botUsername: 'vestka_test_bot', worker: 'test' },
      new Date('2026-12-06T17:00:00Z'),
    );
    expect(report).toMatchObject({ claimed: 1, queued: 1 });
    const [digest] = await database.db
      .select({ bodyId: outbox.bodyId })
      .from(outbox)
      .where(eq(outbox.dedupKey, `digest:${id}:2026-12-06`));
    const [body] = await database.db
      .select({ text: outboxBodies.text })
      .from(outboxBodies)
      .where(eq(outboxBodies.id, digest!.bodyId!));
    expect(body!.text).toContain('05.12.2026 06:17'); // yesterday's period end, in Minsk
    expect(body!.text).toContain('1 verdict');
    expect(body!.text).not.toContain('transfer');
  });
});
