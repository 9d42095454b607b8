// Daily digest benchmark: 100,000 subscribers, 1,100 people on the register, 200 announced changes a day, on
// PostgreSQL (a scratch database on 127.0.0.1:5432, dropped afterwards). Subscribers are mixed be/ru/en, five
// time zones, four digest hours; one in ten reads only the 3 people they follow. Two days are run:
// day 1 is every subscriber's first digest; then every digest is marked sent and day 2 is the steady state
// (each subscriber's period starts where their last received digest ended). Timed: one runDueDigests call,
// and a second, idle call at the same instant (everything already claimed). Prints wall time, peak RSS
// and JS heap (sampled every 5 ms), the counts, and what the outbox holds. Run: npm run bench:digests
import { cpus, loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { runDueDigests, type DigestRunnerDeps } from '../src/app/digests/digest-runner.ts';
import { createI18n, translatorFrom } from '../src/bot/i18n.ts';
import { rowsOf } from '../src/db/rows.ts';
import { prisoners, releaseBatches, statusHistory } from '../src/db/schema/index.ts';
import type { EventKind } from '../src/domain/change-event.ts';
import { prng } from './sync-data.ts';
import { generateRecords } from './sync-data.ts';
import { dropStaleBenchDatabases, scratchDatabase } from './support/bench-database.ts';
import type { Database } from '../src/db/database.ts';
import { measure, type Measured } from './support/measure.ts';

const PG_ADMIN = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const READERS = 100_000;
const PEOPLE = 1_100;
const EVENTS_PER_DAY = 200;
const FOLLOWED_SHARE = 10; // percent of subscribers with scope "followed"
const ZONES = ['Europe/Minsk', 'Europe/Vilnius', 'Europe/Warsaw', 'Europe/Berlin', 'America/New_York'];
const HOURS = [18, 19, 20, 21];
// 22:00 UTC: every subscriber's hour has passed in every zone (New York's is yesterday's slot), so all are due.
const DAY_1 = new Date('2026-12-04T22:00:00Z');
const DAY_2 = new Date('2026-12-05T22:00:00Z');
const DAY_MS = 86_400_000;

/** A day's 200 changes, by kind, roughly as a busy day on the register looks. */
const DAY_MIX: [EventKind, number][] = [
  ['newly_listed', 40],
  ['detained', 20],
  ['sentenced', 30],
  ['sentence_changed', 5],
  ['transferred', 30],
  ['released', 25],
  ['pardoned', 30],
  ['expelled', 10],
  ['returned_to_custody', 3],
  ['whereabouts_unknown', 4],
  ['contact_restored', 2],
  ['died_in_custody', 1],
];

interface Step extends Measured {
  step: string;
}

async function step(name: string, work: () => Promise<unknown>): Promise<Step> {
  return { step: name, ...(await measure(work)) };
}

async function seedRegister(database: Database): Promise<number[]> {
  const rows = generateRecords(PEOPLE, 611).map((r) => {
    const names = r.names as { text: string }[];
    return {
      externalId: r.id,
      nameBe: names[0]!.text,
      nameRu: names[1]!.text,
      nameEn: names[2]!.text,
      status: ['released', 'pardoned', 'expelled'].includes(r.status)
        ? ('imprisoned' as const)
        : (r.status as 'imprisoned'),
      facilityName: (r.facility as { name?: string } | undefined)?.name ?? null,
    };
  });
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    ids.push(
      ...(
        await database.db
          .insert(prisoners)
          .values(rows.slice(i, i + 500))
          .returning({ id: prisoners.id })
      ).map((r) => r.id),
    );
  }
  return ids;
}

/** The day's changes, recorded in the 24 hours before `dayEnd`, with one release batch for the pardons and expulsions. */
async function seedDay(database: Database, people: number[], dayEnd: Date, seed: number): Promise<void> {
  const random = prng(seed);
  const [batch] = await database.db
    .insert(releaseBatches)
    .values({
      title: `Bench batch ${dayEnd.toISOString().slice(0, 10)}`,
      releaseDate: dayEnd.toISOString().slice(0, 10),
      kind: 'pardoned',
      status: 'confirmed',
      createdBy: 1,
    })
    .returning({ id: releaseBatches.id });
  const kinds = DAY_MIX.flatMap(([kind, n]) => Array.from({ length: n }, () => kind));
  const rows = kinds.map((kind, i) => {
    const at = new Date(dayEnd.getTime() - DAY_MS + Math.floor(((i + 0.5) / kinds.length) * (DAY_MS - 60_000)));
    const details: Record<string, unknown> = {};
    if (kind === 'sentenced' || kind === 'sentence_changed')
      details.sentence = {
        from: null,
        to: { years: 1 + Math.floor(random() * 12), months: Math.floor(random() * 12) },
      };
    if (kind === 'transferred')
      details.facility = { from: null, to: { name: `ПК-${1 + Math.floor(random() * 20)}`, address: null } };
    if (kind === 'expelled') details.country = random() < 0.5 ? 'LT' : 'PL';
    return {
      prisonerId: people[Math.floor(random() * people.length)]!,
      kind,
      details,
      observedAt: at,
      createdAt: at,
      changedBy: 'sync:bench',
      releaseBatchId: kind === 'pardoned' || kind === 'expelled' ? batch!.id : null,
    };
  });
  await database.db.insert(statusHistory).values(rows);
}

/**
 * Subscribers who want the held-prisoners chart with every digest, in percent (issue 22: a tenth). The
 * chart is drawn once per language and day, uploaded once and then sent by file_id, so its cost is
 * three renders and one extra outbox row per such subscriber.
 */
const CHART_SHARE = 10;

/** 100,000 subscribers in one statement; the followed-scope ones follow 3 people each; a tenth want the chart. */
async function seedSubscribers(database: Database, people: number[]): Promise<void> {
  const zones = `array[${ZONES.map((z) => `'${z}'`).join(',')}]`;
  const hours = `array[${HOURS.join(',')}]`;
  // Half the subscribers in Minsk, the rest spread over the other zones.
  await database.db.execute(
    sql.raw(`
    insert into subscribers (chat_id, language, timezone, digest_enabled, digest_hour, digest_scope, digest_chart)
    select 5000000 + g,
           (array['be','ru','en'])[1 + g % 3],
           case when g % 2 = 0 then 'Europe/Minsk' else (${zones})[2 + (g / 2) % ${ZONES.length - 1}] end,
           true,
           (${hours})[1 + (g / 7) % ${HOURS.length}],
           case when g % 100 < ${FOLLOWED_SHARE} then 'followed' else 'all' end,
           case when g % 100 >= ${100 - CHART_SHARE} then 'daily' else 'off' end
    from generate_series(1, ${READERS}) g`),
  );
  const list = `array[${people.join(',')}]`;
  await database.db.execute(
    sql.raw(`
    insert into follows (subscriber_id, prisoner_id)
    select s.id, (${list})[1 + (s.id * 7 + k * 131) % ${people.length}]
    from subscribers s cross join generate_series(0, 2) k
    where s.digest_scope = 'followed'
    on conflict do nothing`),
  );
}

async function outboxFigures(database: Database): Promise<string> {
  const [row] = rowsOf<Record<string, unknown>>(
    await database.db.execute(sql`
    select (select count(*) from outbox where kind = 'digest')::int as rows,
           (select count(*) from outbox where kind = 'digest' and body_id is not null)::int as shared_rows,
           (select count(*) from outbox_bodies)::int as bodies,
           (select coalesce(sum(octet_length(text)), 0) from outbox where kind = 'digest')::bigint as own_text_bytes,
           (select coalesce(sum(octet_length(text)), 0) from outbox_bodies)::bigint as body_bytes,
           pg_total_relation_size('outbox')::bigint as outbox_size,
           pg_total_relation_size('outbox_bodies')::bigint as bodies_size,
           pg_total_relation_size('digest_runs')::bigint as runs_size`),
  );
  const mb = (v: unknown) => `${(Number(v) / 2 ** 20).toFixed(1)} MB`;
  return (
    `${Number(row!.rows).toLocaleString('en')} digest rows (${Number(row!.shared_rows).toLocaleString('en')} pointing at ${Number(row!.bodies)} shared texts); ` +
    `texts: ${mb(row!.own_text_bytes)} on personal rows + ${mb(row!.body_bytes)} shared; ` +
    `on disk with indexes: outbox ${mb(row!.outbox_size)}, outbox_bodies ${mb(row!.bodies_size)}, digest_runs ${mb(row!.runs_size)}`
  );
}

async function run(): Promise<{ steps: Step[]; storage: string[]; server: string }> {
  await dropStaleBenchDatabases(PG_ADMIN);
  const database = await scratchDatabase('postgres', PG_ADMIN);
  try {
    const [version] = rowsOf<{ server_version: string }>(await database.db.execute(sql`show server_version`));
    const people = await seedRegister(database);
    await seedSubscribers(database, people);
    await seedDay(database, people, DAY_1, 1);
    await database.db.execute(sql`analyze`);
    const deps: DigestRunnerDeps = {
      db: database.db,
      translate: translatorFrom(createI18n('be')),
      botUsername: 'vestka_bench_bot',
      worker: 'bench',
      concurrency: 2,
    }; // as main.ts sets it on PostgreSQL
    const steps: Step[] = [];
    const storage: string[] = [];
    steps.push(await step('day 1: first digest for every subscriber', () => runDueDigests(deps, DAY_1)));
    steps.push(await step('day 1 again: nothing due', () => runDueDigests(deps, DAY_1)));
    storage.push(`day 1: ${await outboxFigures(database)}`);
    // The drainer would have sent them: day 2's periods start where these ended.
    await database.db.execute(sql`update outbox set status = 'sent' where kind = 'digest'`);
    await seedDay(database, people, DAY_2, 2);
    await database.db.execute(sql`analyze`);
    steps.push(
      await step('day 2: steady state (periods from the last received digest)', () => runDueDigests(deps, DAY_2)),
    );
    steps.push(await step('day 2 again: nothing due', () => runDueDigests(deps, DAY_2)));
    storage.push(`after day 2: ${await outboxFigures(database)}`);
    return { steps, storage, server: `PostgreSQL ${version?.server_version ?? '?'}` };
  } finally {
    await database.close();
  }
}

const [one, five, fifteen] = loadavg().map((l) => l.toFixed(1));
const { steps, storage, server } = await run();
console.log(
  `# Digest bench: ${READERS.toLocaleString('en')} subscribers, ${PEOPLE.toLocaleString('en')} people, ${EVENTS_PER_DAY} changes a day`,
);
console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${server}, load average ${one} / ${five} / ${fifteen} at start, ${new Date().toISOString().slice(0, 10)}.\n`,
);
console.log('| Step | Time | Node CPU | RSS before → peak | Peak JS heap | Report |\n|---|---:|---:|---|---:|---|');
for (const s of steps)
  console.log(
    `| ${s.step} | ${(s.ms / 1000).toFixed(2)} s | ${(s.cpuMs / 1000).toFixed(2)} s | ${s.rssBeforeMb.toFixed(0)} → ${s.rssPeakMb.toFixed(0)} MB | ${s.heapPeakMb.toFixed(0)} MB | ${s.result} |`,
  );
console.log('');
for (const line of storage) console.log(`- ${line}`);
process.exit(0);
