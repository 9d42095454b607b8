import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { noticeResetChannelLists } from '../../../src/app/channels/channel-lists.ts';
import { runDueDigests } from '../../../src/app/digests/digest-runner.ts';
import { createI18n, translatorFrom } from '../../../src/bot/i18n.ts';
import { MIGRATIONS_FOLDER } from '../../../src/db/migrate.ts';
import {
  channelListResets,
  follows,
  outbox,
  prisoners,
  statusHistory,
  subscribers,
} from '../../../src/db/schema/index.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const database = useTestDatabase();

const translate = translatorFrom(createI18n('be'));
const ADMIN = 9300;

/** The hand-written part of the migration that gave channels their own lists. */
function handWrittenBackfill(): string {
  const file = readdirSync(MIGRATIONS_FOLDER)
    .map((f) => join(MIGRATIONS_FOLDER, f))
    .find((f) => f.endsWith('.sql') && readFileSync(f, 'utf8').includes('INSERT INTO "channel_list_resets"'));
  return readFileSync(file!, 'utf8').split('-- hand-written:')[1]!;
}

async function chat(chatId: number, values: Partial<typeof subscribers.$inferInsert> = {}): Promise<number> {
  const [row] = await database.db
    .insert(subscribers)
    .values({ chatId, language: 'en', timezone: 'Europe/Minsk', ...values })
    .returning({ id: subscribers.id });
  return row!.id;
}

describe(`channels' own lists after the migration (${backendName()})`, () => {
  it("a channel that read its admin's follows keeps none of them: its list is empty, and every admin is told once, in their language", async () => {
    const admin = await chat(ADMIN, { language: 'ru' });
    const [p] = await database.db
      .insert(prisoners)
      .values({ nameEn: 'Ales Bialiatski', status: 'imprisoned' })
      .returning({ id: prisoners.id });
    await database.db.insert(follows).values({ subscriberId: admin, prisonerId: p!.id });
    const followed = await chat(-1001, {
      chatType: 'channel',
      linkedBy: ADMIN,
      digestScope: 'followed',
      digestEnabled: true,
      digestSendEmpty: true,
      digestEnabledAt: new Date('2026-11-01T00:00:00Z'),
    });
    await chat(-1002, { chatType: 'channel', linkedBy: ADMIN, digestScope: 'all' });
    await chat(701, { digestScope: 'followed' });
    await database.db.execute(sql.raw(handWrittenBackfill()));
    expect(await database.db.select().from(channelListResets)).toEqual([{ channelId: followed }]);

    const deps = { db: database.db, translate, adminIds: [ADMIN, 9301], defaultLanguage: 'be' as const };
    expect(await noticeResetChannelLists(deps)).toBe(2);
    expect(await noticeResetChannelLists(deps)).toBe(0);
    const notices = await database.db.select().from(outbox);
    expect(notices.map((n) => [n.chatId, n.kind])).toEqual([
      [ADMIN, 'notice'],
      [9301, 'notice'],
    ]);
    expect(notices[0]!.text).toContain('Канал -1001: список для дайджеста сброшен.');
    expect(notices[0]!.text).toContain('/channel_follow -1001');
    expect(notices[1]!.text).toContain('Канал -1001: спіс для дайджэста скінуты.');

    // The admin's followed person changes: the channel's digest does not name them.
    await database.db.insert(statusHistory).values({
      prisonerId: p!.id,
      kind: 'transferred',
      observedAt: new Date('2026-12-05T10:00:00Z'),
      createdAt: new Date('2026-12-05T10:00:00Z'),
      changedBy: 'sync:test',
    });
    await runDueDigests(
      { db: database.db, translate, botUsername: 'vestka_test_bot', worker: 'test' },
      new Date('2026-12-05T17:00:00Z'),
    );
    const [digest] = await database.db
      .select()
      .from(outbox)
      .where(sql`${outbox.chatId} = -1001`);
    expect(digest!.text).toContain('No changes in this period.');
    expect(digest!.text).not.toContain('Bialiatski');
  });
});
