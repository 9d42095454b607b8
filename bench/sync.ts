// Source sync benchmark: a 10,000-record first import and a re-sync with 1 % changes, on PGlite and on
// PostgreSQL (a scratch database sync_bench_* on 127.0.0.1:5432, dropped afterwards). Prints wall time and
// peak memory (RSS and JS heap, sampled every 5 ms) for each step. Run: npm run bench:sync
import { cpus } from 'node:os';
import postgres from 'postgres';
import { pino } from 'pino';
import { syncSource } from '../src/app/sync/source-sync.ts';
import type { SyncDeps } from '../src/app/sync/ports.ts';
import { createI18n, translatorFrom } from '../src/bot/i18n.ts';
import type { Database } from '../src/db/database.ts';
import { createPglite, openDatabase, wrapPglite } from '../src/db/open-database.ts';
import { syncConfiguredSources } from '../src/db/queries/sources.ts';
import { follows, prisoners, subscribers } from '../src/db/schema/index.ts';
import { DEFAULT_THRESHOLDS } from '../src/domain/sync-plan.ts';
import type { FetchResult } from '../src/source/source-fetcher.ts';
import { changeOnePercent, generateRecords } from './sync-data.ts';
import { measure, type Measured } from './support/measure.ts';

const N = 10_000;
const PG_ADMIN = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Step extends Measured {
  backend: string;
  step: string;
}

async function step(backend: string, name: string, work: () => Promise<unknown>): Promise<Step> {
  return { backend, step: name, ...(await measure(work)) };
}

async function run(backend: string, database: Database): Promise<Step[]> {
  const db = database.db;
  const [source] = await syncConfiguredSources(db, [
    { name: 'bench', url: 'https://prisoners.example.org/feed.json', format: 'json', schedule: '*/15 * * * *' },
  ]);
  let body = '';
  const clock = { now: () => new Date() };
  const deps: SyncDeps = {
    db,
    clock,
    fetcher: {
      fetch: (): Promise<FetchResult> => Promise.resolve({ status: 'fetched', body, fetchedAt: clock.now() }),
    },
    translate: translatorFrom(createI18n('be')),
    botUsername: 'vestka_bench_bot',
    defaultLanguage: 'be',
    adminIds: [1],
    matcher: () => false,
    thresholds: DEFAULT_THRESHOLDS,
    failureAlertAfter: 3,
    logger: pino({ level: 'silent' }),
  };
  const first = generateRecords(N);
  const second = changeOnePercent(first);
  const steps: Step[] = [];
  body = JSON.stringify({ records: first });
  steps.push(
    await step(backend, `first import of ${N.toLocaleString('en')} records`, async () =>
      summary(await syncSource(deps, source!, 'bench-1')),
    ),
  );

  // Followers, so the re-sync renders and queues alerts as it would in production: 3,000 chats following 2 people each.
  const subs = await db
    .insert(subscribers)
    .values(
      Array.from({ length: 3000 }, (_, i) => ({
        chatId: 10_000 + i,
        language: (['be', 'ru', 'en'] as const)[i % 3]!,
        timezone: 'Europe/Minsk',
        discreet: i % 5 === 0,
      })),
    )
    .returning({ id: subscribers.id });
  const ids = (await db.select({ id: prisoners.id }).from(prisoners)).map((p) => p.id);
  await db.insert(follows).values(
    subs.flatMap((s, i) => [
      { subscriberId: s.id, prisonerId: ids[(i * 7) % ids.length]! },
      { subscriberId: s.id, prisonerId: ids[(i * 13 + 1) % ids.length]! },
    ]),
  );

  body = JSON.stringify({ records: second });
  steps.push(
    await step(backend, 're-sync with 1 % changes', async () => summary(await syncSource(deps, source!, 'bench-2'))),
  );
  steps.push(
    await step(backend, 're-sync, same snapshot', async () => summary(await syncSource(deps, source!, 'bench-3'))),
  );
  return steps;
}

function summary(result: Awaited<ReturnType<typeof syncSource>>): unknown {
  if (result.outcome === 'applied') return { outcome: result.outcome, counts: result.counts, alerts: result.alerts };
  return result.outcome === 'unchanged' ? { outcome: result.outcome, why: result.why } : result;
}

async function onPostgres(): Promise<Step[]> {
  const name = `sync_bench_${Date.now().toString(36)}`;
  const admin = postgres(PG_ADMIN, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} encoding 'UTF8' template template0`);
  } catch (error) {
    await admin.end();
    process.stdout.write(`PostgreSQL at ${PG_ADMIN} is not usable (${String(error)}): skipped\n`);
    return [];
  }
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  try {
    return await run('PostgreSQL 15', database);
  } finally {
    await database.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function onPglite(): Promise<Step[]> {
  const database = await wrapPglite(await createPglite(), 'memory');
  try {
    return await run('PGlite (in memory)', database);
  } finally {
    await database.close();
  }
}

// PostgreSQL first, so the PGlite instance's WebAssembly memory does not sit in its RSS figures.
const steps = [...(await onPostgres()), ...(await onPglite())];
process.stdout.write(`\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n\n`);
process.stdout.write(
  '| Backend | Step | Time | RSS before → peak | Peak JS heap | Result |\n|---|---|---|---|---|---|\n',
);
for (const s of steps) {
  process.stdout.write(
    `| ${s.backend} | ${s.step} | ${(s.ms / 1000).toFixed(2)} s | ${s.rssBeforeMb.toFixed(0)} → ${s.rssPeakMb.toFixed(0)} MB | ${s.heapPeakMb.toFixed(0)} MB | ${s.result} |\n`,
  );
}
process.exit(0);
