import { sql } from 'drizzle-orm';
import { InputFile } from 'grammy';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.ts';
import { prisoners, statusHistory } from '../../src/db/schema/index.ts';
import { BotHarness } from '../support/bot-harness.ts';

const NOW = new Date('2026-12-07T10:00:00Z');
let harness: BotHarness;
beforeAll(async () => {
  harness = await BotHarness.create({ clock: { now: () => NOW } });
});
afterAll(async () => harness.close());
beforeEach(async () => harness.database.reset());

async function listed(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const [row] = await harness.database.db
      .insert(prisoners)
      .values({ nameBe: `Імя ${i}`, nameRu: `Имя ${i}`, nameEn: `Name ${i}`, status: 'imprisoned' })
      .returning({ id: prisoners.id });
    const day = new Date(NOW.getTime() - (i + 1) * 86_400_000);
    await harness.database.db.insert(statusHistory).values({
      prisonerId: row!.id,
      kind: 'newly_listed',
      toStatus: 'imprisoned',
      observedAt: day,
      createdAt: day,
      changedBy: 'sync:test',
    });
  }
}

const photos = (calls: { method: string; payload: Record<string, unknown> }[]) =>
  calls.filter((c) => c.method === 'sendPhoto').map((c) => c.payload);

describe('/stats', () => {
  it("answers with the day's chart and figures in the subscriber's language, uploading each picture once", async () => {
    await listed(3);
    const [first] = photos(await harness.send({ id: 9001, language_code: 'be' }, '/stats'));
    expect(first!.photo).toBeInstanceOf(InputFile);
    expect(first!.caption).toBe('У зняволенні на 7 снежня 2026 г.: 3 палітвязні. Новых у спісе за 90 дзён: 3.');
    const [second] = photos(await harness.send({ id: 9002, language_code: 'be' }, '/stats'));
    const stored = await storedFileId('be');
    expect(stored).toMatch(/^harness-photo-\d+$/u);
    expect(second!.photo).toBe(stored);
    expect(second!.caption).toBe(first!.caption);
    const [english] = photos(await harness.send({ id: 9003, language_code: 'en' }, '/stats'));
    expect(english!.photo).toBeInstanceOf(InputFile);
    expect(english!.caption).toBe(
      'In custody on 7 December 2026: 3 political prisoners. Newly listed in the 90 days: 3.',
    );
  });
});

async function storedFileId(language: string): Promise<string> {
  const [row] = rowsOf<{ telegram_file_id: string }>(
    await harness.database.db.execute(sql`select telegram_file_id from chart_images where language = ${language}`),
  );
  return row!.telegram_file_id;
}
