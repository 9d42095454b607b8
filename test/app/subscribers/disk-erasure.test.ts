import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiskErasure } from '../../../src/app/subscribers/ports.ts';
import { followPendingName, followPrisoner } from '../../../src/app/follows/follows.ts';
import { forgetChat } from '../../../src/app/subscribers/forget.ts';
import type { Database } from '../../../src/db/database.ts';
import { createDiskErasure } from '../../../src/db/disk-erasure.ts';
import { openDatabase } from '../../../src/db/open-database.ts';
import { enqueueOutbox } from '../../../src/db/queries/outbox.ts';
import { outbox, prisoners, subscribers } from '../../../src/db/schema/index.ts';
import { rowsOf } from '../../../src/db/rows.ts';
import { backendName, useTestDatabase } from '../../support/test-database.ts';

const NONE = { decision: 'none' as const, candidates: [], hints: {} };
const noMatch = { search: () => Promise.resolve(NONE), searchMany: () => Promise.resolve([]) };

/** Every byte of every file under `dir`. */
function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

/** Where the typed name (UTF-8) or the chat id (as PostgreSQL stores a bigint, or as digits) still are. */
function tracesOf(dir: string, typed: string, chatId: number): string[] {
  const needles = [Buffer.from(typed, 'utf8'), Buffer.alloc(8), Buffer.from(String(chatId))];
  needles[1]!.writeBigInt64LE(BigInt(chatId));
  return filesUnder(dir).flatMap(({ path, bytes }) =>
    needles
      .filter((n) => bytes.includes(n))
      .map((n) => `${path.slice(dir.length)}: ${n === needles[0] ? 'typed name' : 'chat id'}`),
  );
}

/** A subscriber who follows a person and a name typed by hand, with alerts queued and sent. */
async function subscriber(db: Database['db'], chatId: number, typed: string): Promise<void> {
  const deps = { db, followLimit: 20, timezone: 'Europe/Minsk', search: noMatch };
  const chat = { chatId, language: 'en' as const };
  // The register is public and stays: nothing of the subscriber in it.
  const [person] = await db
    .insert(prisoners)
    .values({ externalId: `p${chatId % 1000}`, nameEn: `Ales Bialiatski ${chatId % 1000}`, status: 'imprisoned' })
    .returning({ id: prisoners.id });
  await followPrisoner(deps, chat, person!.id);
  await followPendingName(deps, chat, typed);
  const [me] = await db
    .select({ id: subscribers.id })
    .from(subscribers)
    .where(sql`${subscribers.chatId} = ${chatId}`);
  await enqueueOutbox(
    db,
    [1, 2].map((n) => ({
      chatId,
      subscriberId: me!.id,
      kind: 'alert' as const,
      dedupKey: `e${chatId}:${n}`,
      text: `${typed} was moved (${n})`,
    })),
  );
  // Delivered: the row's text is emptied, but the old version of the row stays in the page until rewritten.
  await db
    .update(outbox)
    .set({ status: 'sent', settledAt: new Date() })
    .where(sql`${outbox.dedupKey} = ${`e${chatId}:1`}`);
}

describe('erasure on the embedded database, in the files themselves', () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vestka-erasure-'));
    database = await openDatabase({ kind: 'embedded', dataDir: dir });
  }, 120_000);
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('after /forget neither the typed name nor the chat id is in any file of the data directory, the write-ahead log included', async () => {
    const [first, second] = [
      { chat: 7_777_123_456_781, typed: 'Zmitser Typedname-Aleksandrau' },
      { chat: 7_777_123_456_782, typed: 'Hanna Typedname-Vasilevich' },
    ];
    await subscriber(database.db, first.chat, first.typed);
    await subscriber(database.db, second.chat, second.typed);
    await database.db.execute(sql`checkpoint`);
    expect(tracesOf(dir, first.typed, first.chat).some((t) => t.includes('typed name'))).toBe(true);

    // Deleting rows alone leaves them readable: that is what the rewrite is for.
    const deleteOnly: DiskErasure = {
      timing: 'at_once',
      afterChatErased: () => Promise.resolve(),
      daily: () => Promise.resolve(),
    };
    expect(await forgetChat({ db: database.db, disk: deleteOnly }, first.chat)).toMatchObject({
      follows: 1,
      pendingNames: 1,
      settings: true,
    });
    await database.db.execute(sql`checkpoint`);
    expect(tracesOf(dir, first.typed, first.chat)).not.toEqual([]);

    expect(await forgetChat({ db: database.db, disk: createDiskErasure(database) }, second.chat)).toMatchObject({
      follows: 1,
      pendingNames: 1,
      settings: true,
    });
    expect(tracesOf(dir, second.typed, second.chat)).toEqual([]);
    // The rewrite covers everything deleted before it too.
    expect(tracesOf(dir, first.typed, first.chat)).toEqual([]);
  }, 120_000);
});

describe(`the daily rewrite (${backendName()})`, () => {
  const database = useTestDatabase({ resetEachTest: false });

  const fileNodes = async () =>
    rowsOf<{ s: unknown; f: unknown; o: unknown }>(
      await database.db.execute(
        sql`select pg_relation_filenode('subscribers') as s, pg_relation_filenode('follows') as f, pg_relation_filenode('outbox') as o`,
      ),
    )[0];

  it('writes the tables that hold chats, follows and messages anew, on both backends', async () => {
    const before = await fileNodes();
    await createDiskErasure(database).daily();
    const after = await fileNodes();
    expect(after!.s).not.toEqual(before!.s);
    expect(after!.f).not.toEqual(before!.f);
    expect(after!.o).not.toEqual(before!.o);
  });

  it('rewrites right after /forget only on the embedded database; PostgreSQL waits for the night', async () => {
    const eraser = createDiskErasure(database);
    const before = await fileNodes();
    await eraser.afterChatErased();
    const changed = (await fileNodes())!.f !== before!.f;
    expect({ timing: eraser.timing, changed }).toEqual(
      database.mode === 'embedded' ? { timing: 'at_once', changed: true } : { timing: 'nightly', changed: false },
    );
  });
});
