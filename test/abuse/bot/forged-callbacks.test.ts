import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  adminAuditLog,
  admins,
  channelFollows,
  follows,
  outbox,
  prisoners,
  releaseBatchLines,
  releaseBatches,
  statusHistory,
  subscribers,
} from '../../../src/db/schema/index.ts';
import { BotHarness, buttons, type ApiCallRecord } from '../../support/bot-harness.ts';
import { subscriber } from '../../support/sync-setup.ts';
import { useTestDatabase } from '../../support/test-database.ts';
import { FORGED_CALLBACKS, type ForgedCallback } from './callbacks-manifest.ts';

/**
 * Callback data is the one input a user can forge freely: any client can send any 1-64 bytes as the
 * data of a button under any message. Every case in callbacks-manifest.ts is pressed against a real bot
 * holding a real preview batch, a follower of someone, and a channel; whatever the data, the tap is
 * answered once, nothing is logged as an error, no state changes that the presser was not entitled to
 * change, and nobody but the owner of a follow or a batch learns anything about it.
 */

const ADMIN = 900;
const OTHER_ADMIN = 901;
const USER = 5;
const FOLLOWER = 777;

const errors: string[] = [];
const logger = pino(
  { level: 'warn' },
  new Writable({
    write(chunk: Buffer, _enc, done) {
      errors.push(chunk.toString());
      done();
    },
  }),
);

// The preview, the follow and the channel are made once; every case must leave them as they are.
const database = useTestDatabase({ resetEachTest: false });
let harness: BotHarness;
const ids = { batch: 0, losik: 0, follow: 0, channel: -100555 };

beforeAll(async () => {
  harness = await BotHarness.create({ database, adminIds: [ADMIN, OTHER_ADMIN], logger, defaultLanguage: 'en' });
  const [losik] = await database.db
    .insert(prisoners)
    .values([
      {
        externalId: 'c',
        nameBe: 'Ігар Лосік',
        nameRu: 'Игорь Лосик',
        nameEn: 'Ihar Losik',
        gender: 'm',
        birthYear: 1992,
        status: 'imprisoned',
      },
      {
        externalId: 'a',
        nameBe: 'Іван Іваноў',
        nameRu: 'Иван Иванов',
        nameEn: 'Ivan Ivanou',
        gender: 'm',
        birthYear: 1985,
        status: 'imprisoned',
      },
      {
        externalId: 'b',
        nameBe: 'Іван Іваноў',
        nameRu: 'Иван Иванов',
        nameEn: 'Ivan Ivanou',
        gender: 'm',
        birthYear: 1990,
        status: 'imprisoned',
      },
    ])
    .returning({ id: prisoners.id });
  ids.losik = losik!.id;
  // Someone else's follow, which USER will try to read and remove by its id.
  const follower = await subscriber(database.db, FOLLOWER, { language: 'en' });
  const [row] = await database.db
    .insert(follows)
    .values({ subscriberId: follower, prisonerId: ids.losik })
    .returning({ id: follows.id });
  ids.follow = row!.id;
  // USER follows nobody but exists, so handlers that need a subscriber find one.
  await subscriber(database.db, USER, { language: 'en' });
  harness.addChat({ id: ids.channel, username: 'news_channel', title: 'News' });
  ids.batch = await openPreview();
  errors.length = 0;
});

/** Admin 900's batch in preview: line 1 matched, line 2 ambiguous between two namesakes. */
async function openPreview(): Promise<number> {
  const admin = { id: ADMIN, language_code: 'en' };
  await harness.send(admin, '/release');
  const titles = await harness.send(admin, 'en: 13 December 2025: 2 released');
  await harness.press(admin, buttons(titles).find((b) => b.data?.startsWith('rtk:'))!.data!);
  const kind = await harness.send(admin, '13.12.2025');
  await harness.press(
    admin,
    buttons(kind)
      .find((b) => b.data?.startsWith('rk:'))!
      .data!.replace(/:\d+$/, ':0'),
  );
  const source = harness.calls.at(-1)!;
  await harness.press(admin, buttons([source]).find((b) => b.data?.startsWith('rs:'))!.data!);
  const preview = await harness.send(admin, '1. Ihar Losik\n2. Іван Іваноў');
  const line = buttons(preview).find((b) => b.data?.startsWith('rl:'))!.data!;
  return Number(line.split(':')[1]);
}

/** Everything a tap could change, as one comparable value. */
async function state(): Promise<unknown> {
  const db = database.db;
  return {
    subscribers: await db.select().from(subscribers).orderBy(subscribers.id),
    follows: await db.select().from(follows).orderBy(follows.id),
    channelFollows: await db.select().from(channelFollows),
    batches: await db.select().from(releaseBatches),
    lines: await db.select().from(releaseBatchLines).orderBy(releaseBatchLines.lineNo),
    prisoners: await db.select({ id: prisoners.id, status: prisoners.status }).from(prisoners).orderBy(prisoners.id),
    history: await db.select().from(statusHistory),
    outbox: await db.select().from(outbox),
    audit: await db.select().from(adminAuditLog),
    admins: await db.select().from(admins),
  };
}

function expand(data: string): string {
  return data
    .replaceAll('{batch}', String(ids.batch))
    .replaceAll('{person}', String(ids.losik))
    .replaceAll('{follow}', String(ids.follow))
    .replaceAll('{channel}', String(ids.channel));
}

const USERS = { admin: ADMIN, otherAdmin: OTHER_ADMIN, user: USER } as const;

function pressAs(c: ForgedCallback): Promise<ApiCallRecord[]> {
  const from = { id: USERS[c.by], is_bot: false, first_name: 'U', language_code: 'en' };
  const data = expand(c.data);
  const chat =
    c.where === 'group'
      ? { id: -4001, type: 'group' as const, title: 'G' }
      : { id: from.id, type: 'private' as const, first_name: 'U' };
  if (c.where === 'inline')
    return harness.handle({ callback_query: { id: 'cq', from, chat_instance: 'i', inline_message_id: 'im1', data } });
  return harness.handle({
    callback_query: {
      id: 'cq',
      from,
      chat_instance: 'i',
      data,
      message: { message_id: 1, date: 0, chat, text: 'old message' },
    },
  });
}

function shownText(calls: ApiCallRecord[]): string {
  return calls
    .filter((c) => c.method !== 'answerCallbackQuery')
    .map((c) => JSON.stringify(c.payload))
    .join('\n');
}

describe('forged callback data', () => {
  it.each(
    FORGED_CALLBACKS.map(
      (c) => [`${c.by}${c.where ? ` (${c.where})` : ''} presses "${c.data.slice(0, 40)}": ${c.proves}`, c] as const,
    ),
  )('%s', async (_title, c) => {
    errors.length = 0;
    const before = await state();
    const calls = await pressAs(c);
    // The spinner on the button stops: exactly one answer, never the apology for a crash.
    const answers = calls.filter((x) => x.method === 'answerCallbackQuery');
    expect(answers).toHaveLength(1);
    expect((answers[0]!.payload.text as string | undefined) ?? '').not.toContain('Something went wrong');
    expect(errors).toEqual([]);
    if (c.changes !== true) expect(await state()).toEqual(before);
    if (c.silent) expect(calls.map((x) => x.method)).toEqual(['answerCallbackQuery']);
    const reply = shownText(calls);
    // Nothing about the other family's follow or the admins' batch reaches someone else.
    if (c.by === 'user') {
      for (const secret of ['Ihar', 'Ігар', 'Игорь', 'Losik', '13 December 2025']) expect(reply).not.toContain(secret);
    }
  });

  it("left the other family's follow and the admin's preview as they were", async () => {
    expect(await database.db.select().from(follows).where(eq(follows.id, ids.follow))).toHaveLength(1);
    const [batch] = await database.db.select().from(releaseBatches).where(eq(releaseBatches.id, ids.batch));
    expect(batch!.status).toBe('preview');
  });
});
