import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncSource } from '../../src/app/sync/source-sync.ts';
import { USER_COMMANDS } from '../../src/bot/commands-menu.ts';
import { adminAuditLog } from '../../src/db/schema/index.ts';
import { BotHarness, texts } from '../support/bot-harness.ts';
import { feed, jsonSource, person, reload, syncDeps } from '../support/sync-setup.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';
import { useTestDatabase } from '../support/test-database.ts';

const ADMIN = { id: 900, language_code: 'en' };
const database = useTestDatabase();
let harness: BotHarness;
let deps: ReturnType<typeof syncDeps>;

beforeAll(async () => {
  deps = syncDeps(database.db);
  harness = await BotHarness.create({ database, adminIds: [900], sync: deps });
});
afterAll(async () => harness.close());

/** 25 people imported, then a run pardoning 22 of them, held by the breaker. */
async function heldRun(): Promise<number> {
  const source = await jsonSource(database.db);
  const people = (pardoned: number) =>
    Array.from({ length: 25 }, (_, i) => person(i + 1, i < pardoned ? { status: 'pardoned' } : {}));
  deps.source.serve(feed(people(0)));
  await syncSource(deps, source, 's0');
  deps.source.serve(feed(people(22)));
  const held = await syncSource(deps, await reload(database.db, source), 's1');
  if (held.outcome !== 'held') throw new Error(held.outcome);
  return held.runId;
}

async function reply(user: { id: number; language_code?: string }, text: string): Promise<string> {
  const [answer] = texts(await harness.send(user, text));
  const parsed = parseTelegramHtml(answer!);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
}

describe('admin sync commands', () => {
  it('are invisible to everyone else: the ordinary answer, no hint, not in the menu', async () => {
    await heldRun();
    for (const command of ['/sync_status', '/sync_confirm 2', '/sync_reject 2']) {
      expect(await reply({ id: 5, language_code: 'en' }, command)).toBe(
        "I do not know this command. Send a person's name to find them, or /help for the commands.",
      );
    }
    expect(USER_COMMANDS.map((c) => c.command)).not.toContain('sync_status');
    expect(await database.db.select().from(adminAuditLog)).toEqual([]);
  });

  it('/sync_status shows each source, its last runs by event kind, and the held run with how to decide', async () => {
    const run = await heldRun();
    const status = await reply(ADMIN, '/sync_status');
    expect(status).toContain('viasna · json · */15 * * * * · listed: 25');
    expect(status).toMatch(
      new RegExp(
        `⏸ On hold: #${run}: .*22 releases in one run \\(limit 20\\)\\..*/sync_confirm ${run} or /sync_reject ${run}`,
      ),
    );
    expect(status).toMatch(/#1 · 2026-03-20 10:15 UTC · applied · newly listed: 25/);
    expect((await database.db.select().from(adminAuditLog)).map((a) => [a.adminId, a.action])).toEqual([
      [900, 'sync_status'],
    ]);
  });

  it('/sync_confirm applies the held run and says what it did', async () => {
    const run = await heldRun();
    expect(await reply(ADMIN, `/sync_confirm ${run}`)).toBe(
      `Run #${run} of viasna applied: pardoned: 22. Everyone who follows these people will be told.`,
    );
    expect(await reply(ADMIN, `/sync_confirm ${run}`)).toBe(`Run #${run} is not on hold (it is confirmed).`);
    expect((await database.db.select().from(adminAuditLog)).map((a) => [a.adminId, a.action])).toEqual([
      [900, 'sync_confirm'],
    ]);
  });

  it("shows one person's grave news held apart in /sync_status, and /sync_confirm sends it", async () => {
    const source = await jsonSource(database.db);
    const people = (status: string) =>
      feed([1, 2, 3].map((i) => person(i, i === 2 ? { status, statusSince: '2026-03-18' } : {})));
    deps.source.serve(people('imprisoned'));
    await syncSource(deps, source, 's0');
    deps.source.serve(people('whereabouts_unknown'));
    const parent = await syncSource(deps, await reload(database.db, source), 's1');
    const run = parent.runId + 1;
    const status = await reply(ADMIN, '/sync_status');
    expect(status).toContain(
      `⏸ On hold: #${run}: ⚫ Person 2: whereabouts unknown, 18.03.2026. — /sync_confirm ${run} or /sync_reject ${run}`,
    );
    expect(await reply(ADMIN, `/sync_confirm ${run}`)).toBe(
      `Run #${run} of viasna applied: whereabouts unknown: 1. Everyone who follows these people will be told.`,
    );
  });

  it('/sync_reject drops it', async () => {
    const run = await heldRun();
    expect(await reply({ id: 900, language_code: 'ru' }, `/sync_reject ${run}`)).toMatch(
      new RegExp(`^Запуск #${run} \\(viasna\\) отброшен`),
    );
  });

  it('explains how to use the commands when the run number is missing or wrong', async () => {
    expect(await reply(ADMIN, '/sync_confirm')).toBe(
      'Send /sync_confirm with the run number, e.g. /sync_confirm 12 (see /sync_status).',
    );
    expect(await reply(ADMIN, '/sync_reject soon')).toBe(
      'Send /sync_reject with the run number, e.g. /sync_reject 12 (see /sync_status).',
    );
    expect(await reply(ADMIN, '/sync_confirm 424242')).toBe('There is no run #424242.');
  });

  it('/sync_status says when no source is configured', async () => {
    expect(await reply(ADMIN, '/sync_status')).toBe('No sources are configured (SOURCES in the configuration).');
  });
});
