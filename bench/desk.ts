// The admin desk with a 250-line batch (the release-preview bench's synthetic list) against 10,000
// records, on PGlite: the batch API's answer time and size, the page weight (HTML + JS + CSS), and,
// with Debian's chromium, the time from opening the page to the whole table shown (phone viewport).
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { adminCheck } from '../src/app/admin/admins.ts';
import { signInitData } from '../src/app/admin/desk-auth.ts';
import { RegistryIndex } from '../src/app/names/registry-index.ts';
import { releaseUseCases } from '../src/app/releases/release-deps.ts';
import { answerStep, chooseKind, loadPreview, startRelease, submitList } from '../src/app/releases/release-drafts.ts';
import type { SyncDeps } from '../src/app/sync/ports.ts';
import { createI18n, translatorFrom } from '../src/bot/i18n.ts';
import { prisoners } from '../src/db/schema/index.ts';
import { deskRoutes } from '../src/desk/desk-http.ts';
import { DEFAULT_THRESHOLDS } from '../src/domain/sync-plan.ts';
import { listen } from '../src/http/http-server.ts';
import { publicRoutes } from '../src/http/routes.ts';
import { generateQueries, generateRegistry } from './data/synthetic-registry.ts';
import { scratchDatabase } from './support/bench-database.ts';

const RECORDS = 10_000;
const LINES = 250;
const RUNS = 5;
const TOKEN = '123456789:AAbenchTokenForTheAdminDeskxxxxxxxxx';
const ADMIN = 900;
const CHROMIUM = '/usr/bin/chromium';

const registry = generateRegistry(RECORDS);
const list = generateQueries(registry, LINES, 20260320)
  .map((q, i) => `${i + 1}. ${q.text}`)
  .join('\n');
const database = await scratchDatabase('pglite', '');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  const rows = registry.map((p) => ({
    externalId: p.id,
    nameBe: p.names[0]!.text,
    nameRu: p.names[1]!.text,
    nameEn: p.names[2]!.text,
    gender: p.gender,
    birthYear: p.birthYear,
    region: p.region,
    status: 'imprisoned' as const,
  }));
  for (let i = 0; i < rows.length; i += 1000) await database.db.insert(prisoners).values(rows.slice(i, i + 1000));
  const clock = { now: () => new Date() };
  const translate = translatorFrom(createI18n('en'));
  const search = new RegistryIndex(database.db);
  const release = releaseUseCases({
    db: database.db,
    clock,
    translate,
    search,
    timezone: 'Europe/Minsk',
    botUsername: 'bench',
    adminIds: [ADMIN],
    defaultLanguage: 'en',
    approvalThreshold: 30,
  });
  const { batch } = await startRelease(release.drafts, ADMIN);
  await answerStep(release.drafts, ADMIN, 'en: 20 March 2026: 250 released');
  await answerStep(release.drafts, ADMIN, '-');
  await answerStep(release.drafts, ADMIN, '2026-03-20');
  await chooseKind(release.drafts, ADMIN, batch.id, 'pardoned');
  await answerStep(release.drafts, ADMIN, '-');
  const submitted = await submitList(release.drafts, ADMIN, list);
  if (submitted.outcome !== 'preview') throw new Error(`the list was not previewed: ${submitted.outcome}`);
  const preview = (await loadPreview(database.db, batch.id))!;
  const counts = preview.counts;
  const lineCount = preview.lines.length;

  const sync = { db: database.db, clock, translate, thresholds: DEFAULT_THRESHOLDS } as unknown as SyncDeps;
  const handler = deskRoutes({
    db: database.db,
    clock,
    translate,
    defaultLanguage: 'en',
    timezone: 'Europe/Minsk',
    botToken: TOKEN,
    authMaxAgeMinutes: 60,
    isAdmin: adminCheck(database.db, [ADMIN]),
    release,
    sync,
  });
  const listener = await listen({
    host: '127.0.0.1',
    port: 0,
    setting: 'PORT',
    hostSetting: 'HOST',
    handle: publicRoutes({ health: () => Promise.resolve(true), desk: () => handler }),
  });
  const origin = `http://127.0.0.1:${listener.port}`;
  const initData = () => signInitData(TOKEN, { user: { id: ADMIN, language_code: 'en' }, authDate: new Date() });

  // The batch API: what the page asks for first. Timed until the whole (gzipped) body has arrived.
  const apiTimes: number[] = [];
  let apiRaw = 0;
  let apiGzip = 0;
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    const res = await fetch(`${origin}/desk/api/batch/${batch.id}`, {
      headers: { authorization: `tma ${initData()}`, 'accept-encoding': 'gzip' },
    });
    const body = await res.text();
    apiTimes.push(performance.now() - started);
    apiRaw = Buffer.byteLength(body);
    apiGzip = gzipSync(body).length;
    if (res.status !== 200) throw new Error(`batch API answered ${res.status}`);
  }
  const page = await (await fetch(`${origin}/desk/batch/${batch.id}`)).text();
  const js = await (await fetch(`${origin}/desk/assets/desk.js`)).text();
  const css = await (await fetch(`${origin}/desk/assets/desk.css`)).text();
  const weight = [page, js, css].map((x) => ({ raw: Buffer.byteLength(x), gzip: gzipSync(x).length }));

  // In the browser: from navigation start to all 250 rows in the table (the screen an admin works on).
  const paints: number[] = [];
  if (existsSync(CHROMIUM)) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 780 }, isMobile: true });
      const tab = await context.newPage();
      // Timed from here, the page's own CSP forbids the evaluated scripts a timer inside it would need.
      const started = performance.now();
      await tab.goto(
        `${origin}/desk/batch/${batch.id}#${new URLSearchParams({ tgWebAppData: initData(), tgWebAppVersion: '8.0' }).toString()}`,
      );
      await tab
        .locator('tr[data-decision]')
        .nth(lineCount - 1)
        .waitFor({ state: 'attached' });
      paints.push(performance.now() - started);
      await context.close();
    }
    await browser.close();
  }
  await listener.close();

  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(1));
  console.log(`# Admin desk bench: a ${LINES}-line batch against ${RECORDS.toLocaleString('en')} records (PGlite)`);
  console.log(
    `\nMachine: ${cpus().length} cores, Node ${process.version}, load average ${one} / ${five} / ${fifteen} at the end, ${new Date().toISOString().slice(0, 10)}.`,
  );
  console.log(
    `Batch: ${lineCount} lines, matched ${counts.matched}, need a choice ${counts.ambiguous}, not found ${counts.not_found}, listed twice ${counts.duplicate}. Warm: median and max of ${RUNS} after the first.\n`,
  );
  console.log('| measure | first | warm median | warm max |');
  console.log('|---|---:|---:|---:|');
  console.log(
    `| batch API (GET /desk/api/batch/:id, gzip, over HTTP) | ${ms(apiTimes[0]!)} | ${ms(median(apiTimes.slice(1)))} | ${ms(Math.max(...apiTimes.slice(1)))} |`,
  );
  if (paints.length > 0)
    console.log(
      `| page opened → all ${lineCount} rows shown (chromium, 390 px) | ${ms(paints[0]!)} | ${ms(median(paints.slice(1)))} | ${ms(Math.max(...paints.slice(1)))} |`,
    );
  else console.log(`| page opened → rows shown | skipped: ${CHROMIUM} is missing | | |`);
  console.log('\n| what | raw | gzip |');
  console.log('|---|---:|---:|');
  for (const [name, w] of [
    ['page (HTML shell)', weight[0]!],
    ['desk.js', weight[1]!],
    ['desk.css', weight[2]!],
  ] as const)
    console.log(`| ${name} | ${kb(w.raw)} | ${kb(w.gzip)} |`);
  const total = weight.reduce((s, w) => ({ raw: s.raw + w.raw, gzip: s.gzip + w.gzip }), { raw: 0, gzip: 0 });
  console.log(`| page weight (HTML + JS + CSS) | ${kb(total.raw)} | ${kb(total.gzip)} |`);
  console.log(`| the batch's data (JSON with the rendered table) | ${kb(apiRaw)} | ${kb(apiGzip)} |`);
} finally {
  await database.close();
}
