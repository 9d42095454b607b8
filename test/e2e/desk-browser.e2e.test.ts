import { existsSync, mkdirSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncSource } from '../../src/app/sync/source-sync.ts';
import { follows, prisoners } from '../../src/db/schema/index.ts';
import type { OutboxDrainer } from '../../src/app/delivery/outbox-drainer.ts';
import { BotApiEmulator } from '../support/bot-api-emulator.ts';
import { feed, follow, jsonSource, outboxRows, person, prisoner, reload, subscriber } from '../support/sync-setup.ts';
import { startTestDrainer, waitUntilSettled } from '../support/test-drainer.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { ADMIN, DeskHarness } from '../desk/desk-harness.ts';

/** Debian's chromium, driven by playwright-core: no browser download. `.ci/run` installs it when missing. */
const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
/** DESK_SCREENSHOTS=1 writes the screens, light and dark, to docs/images (docs/desk.md shows them). */
const SHOTS = process.env.DESK_SCREENSHOTS === '1';
const SCHEMES = SHOTS ? (['light', 'dark'] as const) : (['light'] as const);
const IMAGES = new URL('../../docs/images/', import.meta.url);

/** Telegram's own default themes, as its apps pass them in the launch URL. */
const THEMES = {
  light: {
    bg_color: '#ffffff',
    text_color: '#000000',
    hint_color: '#999999',
    link_color: '#2481cc',
    button_color: '#2481cc',
    button_text_color: '#ffffff',
    secondary_bg_color: '#efeff3',
    destructive_text_color: '#e53935',
  },
  dark: {
    bg_color: '#212d3b',
    text_color: '#ffffff',
    hint_color: '#aaaaaa',
    link_color: '#6ab3f3',
    button_color: '#5288c1',
    button_text_color: '#ffffff',
    secondary_bg_color: '#151e27',
    destructive_text_color: '#ef5b5b',
  },
};

const database = useTestDatabase({ resetEachTest: false });
let desk: DeskHarness;
let browser: Browser;
let emulator: BotApiEmulator;
let drainer: OutboxDrainer;
beforeAll(async () => {
  if (!present) return;
  desk = await DeskHarness.start(database);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  // What the outbox sends goes over HTTP to the Bot API emulator, as in production to Telegram.
  emulator = await BotApiEmulator.start();
  drainer = startTestDrainer(database.db, emulator);
});
afterAll(async () => {
  if (!present) return;
  await drainer.stop();
  await emulator.stop();
  await browser.close();
  await desk.close();
});

async function seed(): Promise<number> {
  await database.reset();
  const [, b] = await database.db
    .insert(prisoners)
    .values([
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
        gender: 'm',
        birthYear: 1992,
        status: 'imprisoned',
      },
      {
        externalId: 'd',
        nameBe: 'Марыя Калеснікава',
        nameRu: 'Мария Колесникова',
        nameEn: 'Maryia Kalesnikava',
        gender: 'f',
        birthYear: 1982,
        status: 'imprisoned',
      },
    ])
    .returning({ id: prisoners.id });
  await database.db
    .insert(follows)
    .values({ subscriberId: await subscriber(database.db, 777, { language: 'en' }), prisonerId: b!.id });
  return b!.id;
}

/** The desk as Telegram opens it: the page's URL with initData and the theme after the #. */
async function open(scheme: 'light' | 'dark', path: string, initData = desk.initData(ADMIN)): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 780 },
    deviceScaleFactor: 2,
    colorScheme: scheme,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const hash = new URLSearchParams({
    tgWebAppData: initData,
    tgWebAppVersion: '8.0',
    tgWebAppPlatform: 'android',
    tgWebAppThemeParams: JSON.stringify(THEMES[scheme]),
  });
  await page.goto(`${desk.origin}/desk${path}#${hash.toString()}`);
  return page;
}

async function shot(page: Page, name: string, scheme: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(IMAGES, { recursive: true });
  await page.screenshot({ path: new URL(`desk-${name}-${scheme}.png`, IMAGES).pathname });
}

const visibleLines = (page: Page) => page.locator('tr[data-line]:visible');
/** A loaded machine (the whole suite on 2 cores) may take seconds per screen: wait for it, do not time it. */
const WAIT = { timeout: 30_000 };
const LONG = 180_000;

describe.skipIf(!present)(
  present
    ? 'the admin desk in a real browser (Debian chromium)'
    : `the admin desk in a real browser: SKIPPED, ${CHROMIUM} is missing (apt-get install -y chromium)`,
  () => {
    for (const scheme of SCHEMES) {
      it(
        `reviews a batch: filter, search, fix an ambiguous line, skip one, confirm; the follower is told (${scheme})`,
        async () => {
          const chosen = await seed();
          const batchId = await desk.prepareBatch(
            '1. Ihar Losik\n2. Іван Іваноў\n3. Nobody Atall Unknownich\n4. Марыя Калеснікава',
          );
          const page = await open(scheme, `/batch/${batchId}`);
          await expect.poll(() => visibleLines(page).count(), WAIT).toBe(4);
          await shot(page, 'batch', scheme);

          await page.click('[data-filter="open"]');
          expect(await visibleLines(page).allInnerTexts()).toEqual([expect.stringContaining('Іван Іваноў')]);
          await page.click('[data-filter="all"]');
          await page.fill('#search', 'losik');
          expect(await visibleLines(page).count()).toBe(1);
          await page.fill('#search', '');

          await page.click('tr[data-line="2"]');
          await page.waitForSelector('#sheet:not([hidden]) .choice');
          expect(await page.locator('.choice').allInnerTexts()).toEqual([
            expect.stringContaining('1985'),
            expect.stringContaining('1990'),
          ]);
          await shot(page, 'line', scheme);
          await page.click(`.choice[data-prisoner="${chosen}"]`);
          await page.waitForSelector('#sheet', { state: 'hidden' });
          await expect
            .poll(() => page.locator('tr[data-line="2"]').getAttribute('data-decision'), WAIT)
            .toBe('matched');

          await page.click('tr[data-line="3"]');
          await page.click('#sheet [data-action="skip"]');
          await expect.poll(() => page.locator('tr[data-line="3"]').getAttribute('data-decision'), WAIT).toBe('skip');

          await page.click('[data-action="confirm"]');
          await expect
            .poll(() => page.locator('#toast').innerText(), WAIT)
            .toContain(`Batch #${batchId} is confirmed: 3 people set free.`);
          expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('confirmed');
          expect((await outboxRows(database.db)).filter((r) => r.kind === 'alert').map((r) => r.chatId)).toEqual([777]);
          expect((await prisoner(database.db, 'b')).status).toBe('pardoned');
          await waitUntilSettled(database.db, 60_000);
          expect(emulator.sent.filter((m) => m.chat_id === 777).at(-1)?.plain).toMatch(
            /Ivan Ivanou[\s\S]*20 March 2026: released/,
          );
          await page.context().close();
        },
        LONG,
      );

      it(
        `reviews a held sync run and confirms it; the home lists what waits (${scheme})`,
        async () => {
          await seed();
          const deps = desk.deps.sync;
          const source = await jsonSource(database.db);
          const everyone = (pardoned: number) =>
            Array.from({ length: 30 }, (_, i) => person(i + 1, i < pardoned ? { status: 'pardoned' } : {}));
          deps.source.serve(feed(everyone(0)));
          await syncSource(deps, source, 's0');
          await follow(database.db, await subscriber(database.db, 201, { language: 'en' }), 'p1');
          deps.source.serve(feed(everyone(21)));
          const held = await syncSource(deps, await reload(database.db, source), 's1');
          await desk.prepareBatch('1. Ihar Losik\n2. Іван Іваноў');

          const home = await open(scheme, '');
          await home.waitForSelector('.links');
          await shot(home, 'home', scheme);
          await home.click(`a[href="/desk/sync/${held.runId}"]`);
          await home.waitForSelector('details.group');
          expect(await home.locator('summary').allInnerTexts()).toEqual(['pardoned 21']);
          await shot(home, 'sync', scheme);
          await home.click('[data-action="confirm"]');
          await expect
            .poll(() => home.locator('#toast').innerText(), WAIT)
            .toContain(`Run #${held.runId} of viasna applied`);
          expect((await prisoner(database.db, 'p1')).status).toBe('pardoned');
          expect((await outboxRows(database.db)).filter((r) => r.kind === 'alert').map((r) => r.chatId)).toEqual([201]);
          await waitUntilSettled(database.db, 60_000);
          expect(emulator.sent.filter((m) => m.chat_id === 201).at(-1)?.plain).toContain('Person 1');
          await home.context().close();
        },
        LONG,
      );
    }

    it(
      'says "open it again from the chat" when the initData is forged, and does nothing',
      async () => {
        await seed();
        const batchId = await desk.prepareBatch('1. Ihar Losik');
        const forged = desk
          .initData(ADMIN)
          .replace(/hash=([0-9a-f])/, (_, c: string) => `hash=${c === 'a' ? 'b' : 'a'}`);
        const page = await open('light', `/batch/${batchId}`, forged);
        await page.waitForSelector('[data-denied]');
        expect(await page.locator('[data-denied]').innerText()).toContain('open it again from the chat');
        expect(await page.locator('[data-action]').count()).toBe(0);
        expect((await database.db.select().from(prisoners).where(eq(prisoners.externalId, 'c')))[0]!.status).toBe(
          'imprisoned',
        );
        await page.context().close();
      },
      LONG,
    );
  },
);
