/**
 * Name matching bench: quality on real spellings (shared/data/names-dev.json and the grown set in
 * bench/data/names-extra.json) and speed on a synthetic 10,000-person register, for Vestka and for
 * fuse.js (raw and transliterated) and pg_trgm (PGlite, and PostgreSQL when reachable), side by side.
 *
 *   npm run bench:matching            (PGURL=postgres://... to choose the PostgreSQL server)
 */
import { cpus, loadavg } from 'node:os';
import { generateQueries, generateRegistry } from './data/synthetic-registry.ts';
import type { Engine } from './matching/engines.ts';
import { fuseEngine, pgliteTrigramEngine, postgresTrigramEngine, vestkaEngine } from './matching/engines.ts';
import type { EvaluationSet, LabelledQuery, RegistryMode, RegistryPerson } from './matching/evaluation-set.ts';
import { buildMode, loadEvaluationSet, mergeSets } from './matching/evaluation-set.ts';
import type { DerivedKind } from './matching/derived-queries.ts';
import { deriveQueries } from './matching/derived-queries.ts';
import type { Answer, Quality } from './matching/metrics.ts';
import { quality } from './matching/metrics.ts';

const DEV = process.env.VESTKA_NAMES_DEV ?? new URL('../../shared/data/names-dev.json', import.meta.url);
const EXTRA = new URL('./data/names-extra.json', import.meta.url);
const PGURL = process.env.PGURL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SIZE = 10_000;
/** VESTKA_ONLY=1 runs the Vestka engine alone: a quick before/after check of a change to it. */
const VESTKA_ONLY = process.env.VESTKA_ONLY === '1';
const QUALITY_HEADER =
  '| set | registry | engine | queries | recall@1 | recall@5 | match share | match precision | empty none |\n|---|---|---|---:|---:|---:|---:|---:|---:|';

async function answerAll(engine: Engine, queries: readonly LabelledQuery[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const q of queries) answers.push(await engine.query(q.text));
  return answers;
}

const pct = (x: number): string => x.toFixed(3);

function qualityRow(set: string, mode: string, engine: string, q: Quality): string {
  return `| ${set} | ${mode} | ${engine} | ${q.queries} | ${pct(q.recallAt1)} | ${pct(q.recallAt5)} | ${pct(q.matchShare)} | ${pct(q.matchPrecision)} | ${pct(q.emptyNone)} |`;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

interface QueryTimes {
  p50: number;
  p99: number;
  mean: number;
  /** 99th percentile of this process's CPU time per query: what a loaded machine's scheduling does not inflate. */
  cpuP99: number;
}

async function timeQueries(engine: Engine, queries: readonly string[]): Promise<QueryTimes> {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (const q of queries) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await engine.query(q);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { p50: percentile(times, 50), p99: percentile(times, 99), mean, cpuP99: percentile(cpuTimes, 99) };
}

/** Wall time, and the CPU time of this process (which a busy machine does not inflate; a PostgreSQL server's work is not in it). */
async function timeBatch(engine: Engine, lines: readonly string[]): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const line of lines) await engine.query(line);
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

async function engines(): Promise<{ list: Engine[]; notes: string[] }> {
  const notes: string[] = [];
  if (VESTKA_ONLY) return { list: [vestkaEngine()], notes };
  const list = [vestkaEngine(), fuseEngine(false), fuseEngine(true), pgliteTrigramEngine()];
  const pg = await postgresTrigramEngine(PGURL);
  if (pg.engine) list.push(pg.engine);
  if (pg.note) notes.push(pg.note);
  return { list, notes };
}

async function qualitySection(list: readonly Engine[], sets: readonly [string, EvaluationSet][]): Promise<void> {
  console.log('\n## Quality on real spellings\n');
  console.log(
    'Match share for engines without a decision: the best threshold in hindsight that keeps precision at 1.000.\n',
  );
  console.log(QUALITY_HEADER);
  for (const [setName, set] of sets) {
    for (const mode of ['viasna', 'single'] as RegistryMode[]) {
      const { registry, queries } = buildMode(set, mode);
      for (const engine of list) {
        await engine.load(registry);
        console.log(qualityRow(setName, mode, engine.name, quality(queries, await answerAll(engine, queries))));
      }
    }
  }
}

async function distractorSection(
  list: readonly Engine[],
  set: EvaluationSet,
  synthetic: RegistryPerson[],
): Promise<void> {
  console.log(
    `\n## Quality with ${SIZE.toLocaleString('en')} synthetic namesakes and near-namesakes in the register\n`,
  );
  console.log(QUALITY_HEADER);
  const { registry, queries } = buildMode(set, 'viasna');
  for (const engine of list) {
    await engine.load([...synthetic, ...registry]);
    console.log(
      qualityRow(
        'dev + grown',
        `viasna + ${SIZE / 1000}k`,
        engine.name,
        quality(queries, await answerAll(engine, queries)),
      ),
    );
  }
}

/** Queries derived from the real spellings (bench/matching/derived-queries.ts): what a relative who knows less types. */
async function derivedSection(list: readonly Engine[], set: EvaluationSet): Promise<void> {
  console.log('\n## Quality on queries derived from the real spellings\n');
  console.log(QUALITY_HEADER);
  const gender = new Map(set.persons.map((p) => [p.id, p.gender]));
  const { registry, queries } = buildMode(set, 'viasna');
  for (const engine of list) await engine.load(registry);
  for (const kind of ['surname alone', 'surname, one letter dropped', 'another given name'] as DerivedKind[]) {
    const derived = deriveQueries(queries, (id) => gender.get(id), kind);
    for (const engine of list)
      console.log(
        qualityRow('dev + grown', `viasna, ${kind}`, engine.name, quality(derived, await answerAll(engine, derived))),
      );
  }
}

async function speedSection(
  list: readonly Engine[],
  synthetic: RegistryPerson[],
  queries: readonly string[],
): Promise<void> {
  const names = synthetic.reduce((n, p) => n + p.names.length, 0);
  console.log(`\n## Speed at ${SIZE.toLocaleString('en')} persons (${names.toLocaleString('en')} names)\n`);
  console.log('Wall times; CPU columns count this process only (a PostgreSQL server works in its own processes).\n');
  console.log(
    '| engine | build (ms) | p50 per query (ms) | p99 per query (ms) | p99 CPU per query (ms) | 250-line batch (ms) | batch CPU (ms) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const engine of list) {
    // Only the engine being timed holds a large register, so it does not pay for the others' garbage.
    for (const other of list) await other.load([]);
    const start = performance.now();
    await engine.load(synthetic);
    const build = performance.now() - start;
    // fuse.js takes about half a second a query at this size: a full run of it would take minutes,
    // so it is timed on 40 queries and its batch is estimated as 250 times its mean.
    const slow = engine.name.startsWith('fuse');
    await timeQueries(engine, queries.slice(0, slow ? 5 : 100)); // warm-up: JIT, caches, prepared plans
    const sample = slow ? queries.slice(0, 40) : queries;
    const { p50, p99, mean, cpuP99 } = await timeQueries(engine, sample);
    let batch: string;
    let cpu = '';
    if (slow) batch = `${(mean * 250).toFixed(0)} (est.)`;
    else {
      const batches: { wall: number; cpu: number }[] = [];
      for (let i = 0; i < 4; i++) batches.push(await timeBatch(engine, queries.slice(i * 250, i * 250 + 250)));
      batches.sort((a, b) => a.wall - b.wall);
      const median = batches[2]!; // the upper median of four
      batch = median.wall.toFixed(1);
      cpu = median.cpu.toFixed(1);
    }
    console.log(
      `| ${engine.name} | ${build.toFixed(0)} | ${p50.toFixed(3)} | ${p99.toFixed(3)} | ${cpuP99.toFixed(3)} | ${batch} | ${cpu} |`,
    );
  }
}

async function main(): Promise<void> {
  const dev = loadEvaluationSet(DEV);
  const grown = mergeSets(dev, loadEvaluationSet(EXTRA));
  const count = (s: EvaluationSet) =>
    `${s.persons.length} persons, ${s.persons.reduce((n, p) => n + p.variants.length, 0)} spellings`;
  console.log('# Name matching bench\n');
  console.log(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} at start.`,
  );
  console.log(`Sets: dev = ${count(dev)}; dev + grown = ${count(grown)}.`);
  const { list, notes } = await engines();
  for (const note of notes) console.log(`Note: ${note}`);
  try {
    await qualitySection(list, [
      ['dev', dev],
      ['dev + grown', grown],
    ]);
    await derivedSection(list, grown);
    const synthetic = generateRegistry(SIZE);
    const queries = generateQueries(synthetic, 1000).map((q) => q.text);
    await speedSection(list, synthetic, queries);
    await distractorSection(list, grown, synthetic);
  } finally {
    for (const engine of list) await engine.close();
  }
}

await main();
