import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { confirmBatch } from '../../src/app/releases/release-confirm.ts';
import { syncSource } from '../../src/app/sync/source-sync.ts';
import { adminAuditLog, follows, prisoners, releaseBatches, syncRuns } from '../../src/db/schema/index.ts';
import { feed, follow, jsonSource, outboxRows, person, prisoner, reload, subscriber } from '../support/sync-setup.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';
import { ADMIN, DeskHarness, SECOND_ADMIN, STRANGER, textOf } from './desk-harness.ts';

const database = useTestDatabase();
let desk: DeskHarness;
beforeAll(async () => {
  desk = await DeskHarness.start(database);
});
afterAll(async () => {
  await desk.close();
});
beforeEach(async () => {
  await database.db.insert(prisoners).values([
    {
      externalId: 'a',
      nameBe: 'Іван Іваноў',
      nameRu: 'Иван Иванов',
      nameEn: 'Ivan Ivanou',
      gender: 'm',
      birthYear: 1985,
      region: 'Гомель',
      status: 'imprisoned',
    },
    {
      externalId: 'b',
      nameBe: 'Іван Іваноў',
      nameRu: 'Иван Иванов',
      nameEn: 'Ivan Ivanou',
      gender: 'm',
      birthYear: 1990,
      region: 'Мінск',
      status: 'imprisoned',
    },
    {
      externalId: 'c',
      nameBe: 'Ігар Лосік',
      nameRu: 'Игорь Лосик',
      nameEn: 'Ihar Losik',
      aliases: ['Ігар Бурак'],
      aliasKinds: { 'Ігар Бурак': 'pseudonym' },
      gender: 'm',
      birthYear: 1992,
      status: 'imprisoned',
    },
  ]);
});

const LIST = '1. Ihar Losik\n2. Іван Іваноў\n3. Nobody Atall Unknownich';
const idOf = async (externalId: string) =>
  (await database.db.select({ id: prisoners.id }).from(prisoners).where(eq(prisoners.externalId, externalId)))[0]!.id;

describe(`the admin desk's API (${backendName()})`, () => {
  it('answers a fresh initData signed with the bot token, from an admin', async () => {
    const { status, json } = await desk.api('home');
    expect(status).toBe(200);
    expect(textOf(json.html)).toContain('Admin desk');
  });

  it('refuses a forged hash, another bot token, a stale auth_date or none with 401 and "open it again from the chat"', async () => {
    const good = desk.initData(ADMIN);
    const forged = good.replace(/hash=([0-9a-f])/, (_, c: string) => `hash=${c === 'a' ? 'b' : 'a'}`);
    const otherBot = desk.initData(ADMIN, { token: '987654321:AAOtherBotTokenxxxxxxxxxxxxxxxxxxxx' });
    const stale = desk.initData(ADMIN, { authDate: new Date(desk.deps.clock.now().getTime() - 61 * 60_000) });
    const notTheirs = good.replace(encodeURIComponent('"id":900'), encodeURIComponent('"id":901'));
    for (const initData of [forged, otherBot, stale, notTheirs]) {
      const { status, json } = await desk.api('home', { initData });
      expect(status).toBe(401);
      expect(json.message).toContain('open it again from the chat');
      expect(json.html).toBeUndefined();
    }
    // Without initData there is no language to guess: the default one (Belarusian here).
    const none = await desk.api('home', { initData: '' });
    expect(none.status).toBe(401);
    expect(none.json.message).toContain('адкрыйце зноў з чата');
    expect(await database.db.select().from(adminAuditLog)).toEqual([]);
  });

  it('refuses a real Telegram user who is not an admin with 403, and shows them nothing', async () => {
    const batchId = await desk.prepareBatch(LIST);
    for (const path of ['home', `batch/${batchId}`, `batch/${batchId}/line/2`]) {
      const { status, json } = await desk.api(path, { user: STRANGER });
      expect(status).toBe(403);
      expect(json).toEqual({ error: 'not an admin', message: "Only Vestka's admins can use this desk." });
    }
    const confirm = await desk.api(`batch/${batchId}`, { user: STRANGER, body: { action: 'confirm' } });
    expect(confirm.status).toBe(403);
    expect((await database.db.select().from(releaseBatches))[0]!.status).toBe('preview');
  });

  it('serves the page with a strict CSP, no cookie, and its two assets from itself', async () => {
    const res = await fetch(`${desk.origin}/desk/batch/7`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('set-cookie')).toBeNull();
    const html = await res.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.every((u) => u.startsWith('/desk/assets/'))).toBe(true);
    for (const url of urls) expect((await fetch(`${desk.origin}${url}`)).status).toBe(200);
    expect((await fetch(`${desk.origin}/desk/nothing`)).status).toBe(404);
  });

  it('shows every line of a batch with counts, and a line with the candidates and what tells them apart', async () => {
    const batchId = await desk.prepareBatch(LIST);
    const { json } = await desk.api(`batch/${batchId}`);
    const text = textOf(json.html);
    expect(text).toContain('20 March 2026: released');
    expect(text).toMatch(/✅ 1 matched/);
    expect(text).toMatch(/❓ 1 needs a choice/);
    expect(text).toMatch(/🚫 1 not found/);
    expect(json.html!.match(/<tr [^>]*data-line=/g)).toHaveLength(3);
    const line = await desk.api(`batch/${batchId}/line/2`);
    expect(textOf(line.json.html)).toContain('1985');
    expect(textOf(line.json.html)).toContain('1990');
    expect(line.json.html).toContain(`data-prisoner="${await idOf('b')}"`);
  });

  it('says which spelling a line was matched on when it is not the name shown', async () => {
    const batchId = await desk.prepareBatch('1. Ігар Бурак\n2. Ігар Лосік');
    const rows = (await desk.api(`batch/${batchId}`)).json.html!.match(/<tr [^>]*data-line=.*?<\/tr>/g)!;
    expect(textOf(rows[0])).toContain('Ihar Losik');
    expect(textOf(rows[0])).toContain('matched as “Ігар Бурак”');
    expect(textOf(rows[1])).not.toContain('matched as');
  });

  it("fixes lines and confirms with the chat's transaction: the follower is told, the audit has it, a second confirm is refused", async () => {
    const follower = await subscriber(database.db, 777, { language: 'en' });
    await database.db.insert(follows).values({ subscriberId: follower, prisonerId: await idOf('b') });
    const batchId = await desk.prepareBatch(LIST);
    const early = await desk.api(`batch/${batchId}`, { body: { action: 'confirm' } });
    expect(early.status).toBe(409);
    expect(early.json.message).toContain('2 lines still need a choice');

    const chosen = await desk.api(`batch/${batchId}`, {
      body: { action: 'choose', line: 2, prisonerId: await idOf('b') },
    });
    expect(chosen.status).toBe(200);
    expect(textOf(chosen.json.html)).toMatch(/✅ 2 matched/);
    expect((await desk.api(`batch/${batchId}`, { body: { action: 'skip', line: 3 } })).status).toBe(200);
    expect(
      (await desk.api(`batch/${batchId}`, { body: { action: 'kind', line: 1, kind: 'expelled', country: 'lt' } }))
        .status,
    ).toBe(200);
    expect(
      (await desk.api(`batch/${batchId}`, { body: { action: 'kind', line: 1, kind: 'expelled', country: 'XX' } })).json
        .message,
    ).toContain('not a country code');
    expect(
      (await desk.api(`batch/${batchId}`, { body: { action: 'announce', audience: 'channels' } })).json.html,
    ).toContain('aria-pressed="true" data-action="announce" data-audience="channels"');

    const confirmed = await desk.api(`batch/${batchId}`, { body: { action: 'confirm' } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.message).toContain(`Batch #${batchId} is confirmed: 2 people set free.`);
    expect(confirmed.json.html).toContain('data-status="confirmed"');
    expect(await prisoner(database.db, 'c')).toMatchObject({ status: 'expelled', expelledTo: 'LT' });
    expect((await prisoner(database.db, 'b')).status).toBe('pardoned');
    expect((await prisoner(database.db, 'a')).status).toBe('imprisoned');
    expect((await outboxRows(database.db)).filter((r) => r.kind === 'alert').map((r) => r.chatId)).toEqual([777]);
    expect((await database.db.select().from(adminAuditLog)).map((r) => r.action)).toContain('release_confirm');

    const again = await desk.api(`batch/${batchId}`, { body: { action: 'confirm' } });
    expect(again.status).toBe(409);
    expect(again.json.message).toBe(`Batch #${batchId} is already confirmed.`);
  });

  it('shows a batch confirmed meanwhile in the chat as confirmed, and does not confirm it again', async () => {
    const batchId = await desk.prepareBatch('1. Ihar Losik');
    expect(await confirmBatch(desk.deps.release.confirm, ADMIN, batchId)).toMatchObject({ outcome: 'confirmed' });
    const tap = await desk.api(`batch/${batchId}`, { body: { action: 'confirm' } });
    expect(tap.status).toBe(409);
    expect(tap.json.message).toBe(`Batch #${batchId} is already confirmed.`);
    expect(tap.json.html).toContain('data-status="confirmed"');
    expect(tap.json.html).not.toContain('data-action="confirm"');
    expect((await database.db.select().from(adminAuditLog)).filter((r) => r.action === 'release_confirm')).toHaveLength(
      1,
    );
  });

  it('lets only the creator edit; a batch over the threshold waits for another admin, who approves it in the desk', async () => {
    const strict = await DeskHarness.start(database, { approvalThreshold: 0 });
    try {
      const batchId = await strict.prepareBatch('1. Ihar Losik');
      const other = await strict.api(`batch/${batchId}`, { user: SECOND_ADMIN, body: { action: 'skip', line: 1 } });
      expect(other.status).toBe(409);
      expect(other.json.message).toBe('This batch can no longer be changed here.');
      const asked = await strict.api(`batch/${batchId}`, { body: { action: 'confirm' } });
      expect(asked.json.message).toContain('a second admin must approve it');
      expect((await strict.api(`batch/${batchId}`)).json.html).not.toContain('data-action="approve"');
      expect((await strict.api(`batch/${batchId}`, { body: { action: 'approve' } })).json.message).toBe(
        `You created batch #${batchId}; another admin must approve it.`,
      );
      const view = await strict.api(`batch/${batchId}`, { user: SECOND_ADMIN });
      expect(view.json.html).toContain('data-action="approve"');
      const approved = await strict.api(`batch/${batchId}`, { user: SECOND_ADMIN, body: { action: 'approve' } });
      expect(approved.json.message).toContain('is confirmed: 1 person set free');
      expect((await database.db.select().from(releaseBatches))[0]).toMatchObject({
        status: 'confirmed',
        approvedBy: SECOND_ADMIN,
      });
      expect((await database.db.select().from(adminAuditLog)).map((r) => r.action)).toContain('release_approve');
    } finally {
      await strict.close();
    }
  });

  it('shows what was pasted as text, never as markup', async () => {
    const batchId = await desk.prepareBatch('1. Ihar Losik\n2. <img src=x onerror=alert(1)> Іван');
    const { json } = await desk.api(`batch/${batchId}`);
    expect(json.html).not.toContain('<img');
    expect(json.html).toContain('&lt;img src=x onerror=alert(1)&gt; Іван');
  });

  it('refuses a body that is not an action, and an unknown screen', async () => {
    const batchId = await desk.prepareBatch(LIST);
    expect((await desk.api(`batch/${batchId}`, { body: { action: 'drop_table' } })).status).toBe(400);
    expect((await desk.api(`batch/${batchId}`, { body: { action: 'choose', line: 2, prisonerId: 'x' } })).status).toBe(
      400,
    );
    expect((await desk.api('batch/x')).status).toBe(404);
    const missing = await desk.api('batch/999');
    expect(textOf(missing.json.html)).toContain('There is no batch #999');
  });
});

describe(`a held sync run in the desk (${backendName()})`, () => {
  /** 30 people imported; then 21 pardoned at once: over the 20 releases a run may bring. */
  async function heldRun() {
    const deps = desk.deps.sync;
    const source = await jsonSource(database.db);
    const everyone = (pardoned: number) =>
      Array.from({ length: 30 }, (_, i) =>
        person(i + 1, i < pardoned ? { status: 'pardoned', sourceUrl: `https://spring96.org/en/person/${i + 1}` } : {}),
      );
    deps.source.serve(feed(everyone(0)));
    await syncSource(deps, source, 's0');
    await follow(database.db, await subscriber(database.db, 201, { language: 'en' }), 'p1');
    deps.source.serve(feed(everyone(21)));
    const held = await syncSource(deps, await reload(database.db, source), 's1');
    if (held.outcome !== 'held') throw new Error(`expected a held run, got ${held.outcome}`);
    return held.runId;
  }

  it('shows the changes grouped by kind with before → after, the reasons and the source, and is listed at home', async () => {
    const run = await heldRun();
    const { json } = await desk.api(`sync/${run}`);
    const text = textOf(json.html);
    expect(text).toContain(`Run #${run} of viasna`);
    expect(text).toContain('pardoned 21');
    expect(text).toContain('Person 1 ↗ imprisoned → pardoned');
    expect(text).toMatch(/21.*20/);
    expect(json.html).toContain('href="https://feed.example.org/prisoners.json"');
    const home = await desk.api('home');
    expect(home.json.html).toContain(`href="/desk/sync/${run}"`);
    expect(textOf(home.json.html)).toContain('viasna');
  });

  it("confirms it with /sync_confirm's use-case: applied, the follower told, audited; a second tap is refused", async () => {
    const run = await heldRun();
    const done = await desk.api(`sync/${run}`, { body: { action: 'confirm' } });
    expect(done.status).toBe(200);
    expect(done.json.message).toContain(`Run #${run} of viasna applied`);
    expect((await prisoner(database.db, 'p1')).status).toBe('pardoned');
    expect((await outboxRows(database.db)).filter((r) => r.kind === 'alert').map((r) => r.chatId)).toEqual([201]);
    expect((await database.db.select().from(adminAuditLog)).filter((r) => r.action === 'sync_confirm')).toHaveLength(1);
    const again = await desk.api(`sync/${run}`, { body: { action: 'confirm' } });
    expect(again.status).toBe(409);
    expect(again.json.message).toContain('is not on hold (it is confirmed)');
  });

  it("rejects it with /sync_reject's use-case: nothing applied", async () => {
    const run = await heldRun();
    const done = await desk.api(`sync/${run}`, { body: { action: 'reject' } });
    expect(done.json.message).toContain(`Run #${run} of viasna dropped`);
    expect((await prisoner(database.db, 'p1')).status).toBe('imprisoned');
    expect((await database.db.select().from(syncRuns).where(eq(syncRuns.id, run)))[0]!.status).toBe('rejected');
  });
});
