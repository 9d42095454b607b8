import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncSource } from '../../src/app/sync/source-sync.ts';
import { prisoners } from '../../src/db/schema/index.ts';
import { BotHarness, type ApiCallRecord } from '../support/bot-harness.ts';
import { feed, jsonSource, person, reload, syncDeps } from '../support/sync-setup.ts';
import { useTestDatabase } from '../support/test-database.ts';

const DESK = 'https://vestka.example.org/desk';
const database = useTestDatabase();
let harness: BotHarness;
let plain: BotHarness;
const sync = () => syncDeps(database.db, { adminIds: [900] });
beforeAll(async () => {
  harness = await BotHarness.create({ database, adminIds: [900], deskUrl: DESK, sync: sync() });
  plain = await BotHarness.create({ database, adminIds: [900], sync: sync() });
});
beforeEach(async () => {
  await database.db
    .insert(prisoners)
    .values([
      { externalId: 'c', nameBe: 'Ігар Лосік', nameRu: 'Игорь Лосик', nameEn: 'Ihar Losik', status: 'imprisoned' },
    ]);
});

const admin = { id: 900, language_code: 'en' };

function webApps(calls: ApiCallRecord[]): { text: string; url: string }[] {
  return calls.flatMap((c) => {
    const markup = c.payload.reply_markup as
      { inline_keyboard?: { text: string; web_app?: { url: string } }[][] } | undefined;
    return (markup?.inline_keyboard ?? [])
      .flat()
      .flatMap((b) => (b.web_app ? [{ text: b.text, url: b.web_app.url }] : []));
  });
}

async function previewedBatch(bot: BotHarness): Promise<ApiCallRecord[]> {
  await bot.send(admin, '/release');
  await bot.send(admin, 'be: 20 сакавіка 2026\nru: 20 марта 2026\nen: 20 March 2026');
  await bot.send(admin, '20.03.2026');
  const kind = bot.calls.at(-1)!;
  const data = (kind.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard[0]![0]!
    .callback_data;
  await bot.press(admin, data);
  await bot.send(admin, '-');
  return bot.send(admin, '1. Ihar Losik');
}

describe('"Review in the app": the admin desk from the chat', () => {
  it('is a web_app button on the /release preview and on /release_show, opening that batch in the desk', async () => {
    const preview = await previewedBatch(harness);
    expect(webApps(preview)).toEqual([{ text: '📋 Review in the app', url: `${DESK}/batch/1` }]);
    expect(webApps(await harness.send(admin, '/release_show 1'))).toEqual([
      { text: '📋 Review in the app', url: `${DESK}/batch/1` },
    ]);
  });

  it("is a button per held run on /sync_status, and the desk's home", async () => {
    const deps = sync();
    const source = await jsonSource(database.db);
    const everyone = (pardoned: number) =>
      Array.from({ length: 30 }, (_, i) => person(i + 1, i < pardoned ? { status: 'pardoned' } : {}));
    deps.source.serve(feed(everyone(0)));
    await syncSource(deps, source, 's0');
    deps.source.serve(feed(everyone(21)));
    const held = await syncSource(deps, await reload(database.db, source), 's1');
    expect(held.outcome).toBe('held');
    expect(webApps(await harness.send(admin, '/sync_status'))).toEqual([
      { text: `📋 Review run #${held.runId} in the app`, url: `${DESK}/sync/${held.runId}` },
      { text: '🗂 Admin desk', url: DESK },
    ]);
  });

  it('is not there without DESK_URL: the chat flow is as before', async () => {
    expect(webApps(await previewedBatch(plain))).toEqual([]);
    expect(webApps(await plain.send(admin, '/sync_status'))).toEqual([]);
  });
});
