import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDueDigests, type DigestRunnerDeps } from '../../../src/app/digests/digest-runner.ts';
import type { OutboxDrainer } from '../../../src/app/delivery/outbox-drainer.ts';
import { createI18n, translatorFrom } from '../../../src/bot/i18n.ts';
import { rowsOf } from '../../../src/db/rows.ts';
import { prisoners, statusHistory, subscribers } from '../../../src/db/schema/index.ts';
import { BotApiEmulator } from '../../support/bot-api-emulator.ts';
import { startTestDrainer, waitUntilSettled } from '../../support/test-drainer.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();
let emulator: BotApiEmulator;
let drainer: OutboxDrainer | undefined;
beforeAll(async () => {
  emulator = await BotApiEmulator.start();
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(() => {
  emulator.sent.length = 0;
});
afterEach(async () => {
  await drainer?.stop();
  drainer = undefined;
});

const at = (iso: string) => new Date(iso);
const deps = (): DigestRunnerDeps => ({
  db: database.db,
  translate: translatorFrom(createI18n('be')),
  botUsername: 'vestka_test_bot',
  worker: 'test',
  chunkSize: 2,
  concurrency: 2,
});
// Saturday 5 December 2026, 20:00 in Minsk (UTC+3); the Sunday after; the Monday that starts a new week.
const SATURDAY = '2026-12-05T17:00:00Z';
const SUNDAY = '2026-12-06T17:00:00Z';
const MONDAY = '2026-12-07T17:00:00Z';

async function newsOn(day: string): Promise<void> {
  const [row] = await database.db
    .insert(prisoners)
    .values({ nameBe: `Імя ${day}`, nameRu: `Имя ${day}`, nameEn: `Name ${day}`, status: 'imprisoned' })
    .returning({ id: prisoners.id });
  await database.db.insert(statusHistory).values({
    prisonerId: row!.id,
    kind: 'newly_listed',
    toStatus: 'imprisoned',
    observedAt: at(day),
    createdAt: at(day),
    changedBy: 'sync:test',
  });
}

async function subscriber(chatId: number, options: Partial<typeof subscribers.$inferInsert>): Promise<void> {
  await database.db.insert(subscribers).values({
    chatId,
    language: 'be',
    timezone: 'Europe/Minsk',
    digestEnabled: true,
    digestEnabledAt: at('2026-11-01T00:00:00Z'),
    ...options,
  });
}

async function deliver(): Promise<void> {
  drainer ??= startTestDrainer(database.db, emulator);
  await waitUntilSettled(database.db);
}

/** What each chat received, in order: a photo (uploaded or by id) or a text. */
function received(): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const m of emulator.sent) {
    const what = m.photo ? (m.photo.uploaded ? 'photo:upload' : 'photo:by-id') : 'text';
    out.set(m.chat_id, [...(out.get(m.chat_id) ?? []), what]);
  }
  return out;
}

describe(`charts with digests (${backendName()})`, () => {
  it('sends the chart right before the digest, once per subscriber and period, uploading each picture once', async () => {
    await newsOn('2026-12-05T09:00:00Z');
    await subscriber(801, { digestChart: 'daily' });
    await subscriber(802, { digestChart: 'daily' });
    await subscriber(803, { digestChart: 'daily' });
    await subscriber(804, { digestChart: 'weekly', language: 'ru' });
    await subscriber(805, { digestChart: 'off' });

    expect(await runDueDigests(deps(), at(SATURDAY))).toMatchObject({
      claimed: 5,
      queued: 5,
      charts: 4,
      chartFailures: 0,
    });
    expect(await runDueDigests(deps(), at('2026-12-05T17:01:00Z'))).toMatchObject({ claimed: 0, charts: 0 });
    // One picture per language and day.
    const images = rowsOf<{ language: string; chart_date: string }>(
      await database.db.execute(sql`select language, chart_date::text from chart_images order by language`),
    );
    expect(images).toEqual([
      { language: 'be', chart_date: '2026-12-05' },
      { language: 'ru', chart_date: '2026-12-05' },
    ]);
    await deliver();
    const saturday = received();
    expect(saturday.get(801)).toEqual(['photo:upload', 'text']);
    expect(saturday.get(805)).toEqual(['text']);
    for (const chat of [802, 803]) expect(saturday.get(chat)).toEqual(['photo:by-id', 'text']);
    expect(saturday.get(804)).toEqual(['photo:upload', 'text']);
    const be = emulator.sent.find((m) => m.chat_id === 801 && m.photo)!;
    expect(be.plain).toMatch(/^У зняволенні на 5 снежня 2026/u);
    const ru = emulator.sent.find((m) => m.chat_id === 804 && m.photo)!;
    expect(ru.plain).toMatch(/^В заключении на 5 декабря 2026/u);
    const stored = rowsOf<{ telegram_file_id: string | null }>(
      await database.db.execute(sql`select telegram_file_id from chart_images order by language`),
    );
    expect(stored.map((r) => r.telegram_file_id)).toEqual([be.photo!.fileId, ru.photo!.fileId]);

    // Sunday: the daily subscribers get a new day's chart; the weekly one already had this week's.
    await newsOn('2026-12-06T09:00:00Z');
    emulator.sent.length = 0;
    expect(await runDueDigests(deps(), at(SUNDAY))).toMatchObject({ claimed: 5, charts: 3 });
    await deliver();
    const sunday = received();
    expect(sunday.get(801)).toEqual(['photo:upload', 'text']);
    expect(sunday.get(804)).toEqual(['text']);

    // Monday starts a new week: the weekly subscriber gets the chart with its first digest of the week.
    await newsOn('2026-12-07T09:00:00Z');
    emulator.sent.length = 0;
    expect(await runDueDigests(deps(), at(MONDAY))).toMatchObject({ claimed: 5, charts: 4 });
    await deliver();
    expect(received().get(804)).toEqual(['photo:upload', 'text']);
  });

  it('a weekly-edition subscriber with the chart on gets it right before each weekly digest, once a week', async () => {
    await newsOn('2026-12-01T09:00:00Z');
    const weekly = {
      digestFrequency: 'weekly',
      digestWeekday: 1,
      digestEnabledAt: at('2026-12-01T00:00:00Z'),
    } as const;
    await subscriber(821, { ...weekly, digestChart: 'daily' });
    await subscriber(822, { ...weekly, digestChart: 'weekly', language: 'ru' });
    await subscriber(823, { ...weekly, digestChart: 'off' });
    await subscriber(824, { digestChart: 'daily', digestSendEmpty: true });

    // Saturday and Sunday: only the daily subscriber.
    expect(await runDueDigests(deps(), at(SATURDAY))).toMatchObject({ claimed: 1, charts: 1 });
    expect(await runDueDigests(deps(), at(SUNDAY))).toMatchObject({ claimed: 1, charts: 1 });
    await deliver();
    emulator.sent.length = 0;
    // Monday 20:00: the week of 30 November for the weekly ones, each chart before its digest.
    expect(await runDueDigests(deps(), at(MONDAY))).toMatchObject({ claimed: 4, queued: 4, charts: 3 });
    expect(await runDueDigests(deps(), at('2026-12-07T17:01:00Z'))).toMatchObject({ claimed: 0, charts: 0 });
    await deliver();
    // Which of the two Belarusian chats uploads the day's picture is up to the drainer.
    const monday = new Map([...received()].map(([chat, what]) => [chat, what.map((w) => w.split(':')[0])]));
    for (const chat of [821, 822, 824]) expect(monday.get(chat)).toEqual(['photo', 'text']);
    expect(monday.get(823)).toEqual(['text']);
    expect(emulator.sent.find((m) => m.chat_id === 821 && !m.photo)!.plain).toMatch(/^Штотыднёвы дайджэст Весткі/u);

    // The rest of the week: the daily subscriber's chart and digest each day, nothing for the weekly ones.
    emulator.sent.length = 0;
    for (const day of ['2026-12-08T17:00:00Z', '2026-12-13T17:00:00Z'])
      expect(await runDueDigests(deps(), at(day))).toMatchObject({ claimed: 1, charts: 1 });
    await deliver();
    expect([...received().keys()]).toEqual([824]);
  });

  it('no chart when the digest has nothing to tell and the subscriber wants no "no changes" line', async () => {
    await subscriber(811, { digestChart: 'daily' });
    expect(await runDueDigests(deps(), at(SATURDAY))).toMatchObject({ claimed: 1, queued: 0, empty: 1, charts: 0 });
  });
});
