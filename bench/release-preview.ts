// Time from a pasted 250-line release list to the first preview page, against 10,000 records, on PGlite
// and PostgreSQL (scratch database on 127.0.0.1:5432, dropped afterwards). The list mixes Belarusian,
// Russian and Latin spellings, reordered words and typos, plus names nobody has (bench/data). Measured:
// parse + match every line + store the preview + load and render its first page. "Cold" includes the
// first load of the register into the name index (once per process); "warm" is the running bot.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { RegistryIndex } from '../src/app/names/registry-index.ts';
import {
  answerStep,
  chooseKind,
  loadPreview,
  startRelease,
  submitList,
  type ReleaseDraftDeps,
} from '../src/app/releases/release-drafts.ts';
import { createI18n, translatorFrom } from '../src/bot/i18n.ts';
import { renderPreview } from '../src/bot/features/release-view.ts';
import { prisoners } from '../src/db/schema/index.ts';
import { generateQueries, generateRegistry } from './data/synthetic-registry.ts';
import { scratchDatabase, type Backend } from './support/bench-database.ts';

const PG_ADMIN = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RECORDS = 10_000;
const LINES = 250;
const RUNS = 5;

const registry = generateRegistry(RECORDS);
const list = generateQueries(registry, LINES, 20260320)
  .map((q, i) => `${i + 1}. ${q.text}`)
  .join('\n');
const t = translatorFrom(createI18n('en'));

async function scenario(backend: Backend): Promise<string[]> {
  const database = await scratchDatabase(backend, PG_ADMIN);
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
    const index = new RegistryIndex(database.db);
    const deps: ReleaseDraftDeps = {
      db: database.db,
      search: index,
      clock: { now: () => new Date() },
      timezone: 'Europe/Minsk',
    };
    const times: number[] = [];
    let counts = '';
    for (let run = 0; run <= RUNS; run++) {
      const { batch } = await startRelease(deps, 900);
      await answerStep(deps, 900, `Bench batch ${run}`);
      await answerStep(deps, 900, '-');
      await answerStep(deps, 900, '2026-03-20');
      await chooseKind(deps, 900, batch.id, 'pardoned');
      await answerStep(deps, 900, '-');
      const started = performance.now();
      const result = await submitList(deps, 900, list);
      const preview = (await loadPreview(database.db, batch.id))!;
      renderPreview(t, 'en', preview, 0, true);
      times.push(performance.now() - started);
      if (result.outcome !== 'preview') throw new Error(result.outcome);
      counts = `matched ${preview.counts.matched}, need a choice ${preview.counts.ambiguous}, not found ${preview.counts.not_found}, listed twice ${preview.counts.duplicate}`;
    }
    const [cold, ...warm] = times;
    warm.sort((a, b) => a - b);
    return [
      `| ${backend === 'pglite' ? 'PGlite' : 'PostgreSQL 15'} | ${(cold! / 1000).toFixed(2)} s | ${(warm[Math.floor(warm.length / 2)]! / 1000).toFixed(3)} s | ${(warm.at(-1)! / 1000).toFixed(3)} s | ${counts} |`,
    ];
  } finally {
    await database.close();
  }
}

const [one, five, fifteen] = loadavg().map((l) => l.toFixed(1));
console.log(`# Release preview bench: ${LINES} lines against ${RECORDS.toLocaleString('en')} records`);
console.log(
  `\nMachine: ${cpus().length} cores, Node ${process.version}, load average ${one} / ${five} / ${fifteen} at start, ${new Date().toISOString().slice(0, 10)}.`,
);
console.log(`Warm figures: median and max of ${RUNS} runs after the first.\n`);
console.log('| backend | cold (first list after start) | warm median | warm max | preview |');
console.log('|---|---:|---:|---:|---|');
for (const backend of ['pglite', 'postgres'] as const) {
  for (const line of await scenario(backend)) console.log(line);
}
