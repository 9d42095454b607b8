import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { BotApiEmulator } from '../test/support/bot-api-emulator.ts';
import { ProgramProcess, type Launcher } from './support/program-process.ts';

/**
 * Start-up time and idle memory of the real program against the local Bot API emulator.
 *
 * Start-up: from spawning what `npm start` runs (`node scripts/start.js`: the esbuild bundle in dist/)
 * to its "ready" log line, with where the time went (the program's debug trace, src/startup-trace.ts).
 * A first start creates the database (embedded: a copy of the migrated template, see
 * src/db/embedded-template.ts) and applies the migrations; a restart finds them applied. The e2e
 * tests' path (tsx transpiling src/ at start) is measured too. RSS is read from /proc 1 s after ready.
 *
 * Idle memory: the program preloaded with bench/support/fast-clock.js (time runs 60 times faster:
 * scheduler minute ticks, drainer polls, connection lifetimes), RSS after an hour of that, idle.
 *
 * Embedded PGlite in fresh data directories; PostgreSQL in scratch databases on 127.0.0.1:5432
 * (skipped when it does not answer).
 *
 *   npm run bench:startup            RUNS=3 by default; IDLE_HOURS=1 (0 skips the idle rows); TSX=0 skips the tsx rows
 */
const runs = Number(process.env.RUNS ?? 3);
const idleHours = Number(process.env.IDLE_HOURS ?? 1);
const launchers: Launcher[] = process.env.TSX === '0' ? ['npm start'] : ['npm start', 'tsx (e2e tests)'];
const CLOCK_SPEED = 60;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Start {
  ms: number;
  cpuMs: number;
  steps: Map<string, number>;
  rssMb: number;
}
interface Row {
  backend: string;
  launcher: Launcher;
  step: string;
  starts: Start[];
}
interface IdleRow {
  backend: string;
  readyMb: number;
  afterMb: number;
  peakMb: number;
  clock: string;
}

async function start(env: Record<string, string>, launcher: Launcher): Promise<Start> {
  const child = new ProgramProcess(env, launcher);
  try {
    const ms = await child.ready();
    const cpuMs = child.cpuMs();
    await new Promise((r) => setTimeout(r, 1000));
    const { rssMb } = child.memory();
    // Each step's share: the time since the step before it (the first one since the process began).
    const steps = new Map<string, number>();
    let previous = 0;
    for (const { step, atMs } of child.steps()) {
      steps.set(step, atMs - previous);
      previous = atMs;
    }
    steps.set('(spawn, and the ready line reaching the bench)', ms - previous);
    // A start that cannot stop cleanly is not a start to report.
    const code = await child.stop('SIGTERM');
    if (code !== 0) throw new Error(`Vestka exited with ${code} on SIGTERM: ${child.stderr.join('')}`);
    return { ms, cpuMs, steps, rssMb };
  } catch (error) {
    await child.stop('SIGKILL');
    throw error;
  }
}

/** An hour of idle ticks in a minute; RSS at ready (1 s after) and at the end. */
async function idle(env: Record<string, string>): Promise<Omit<IdleRow, 'backend'>> {
  const child = new ProgramProcess({ ...env, VESTKA_BENCH_CLOCK_SPEED: String(CLOCK_SPEED) }, 'npm start', [
    '--import',
    './bench/support/fast-clock.js',
  ]);
  try {
    await child.ready();
    await new Promise((r) => setTimeout(r, 1000));
    const readyMb = child.memory().rssMb;
    await new Promise((r) => setTimeout(r, (idleHours * 3_600_000) / CLOCK_SPEED));
    const { rssMb, peakMb } = child.memory();
    // What the virtual hour held: its length and the timers fired, by delay in seconds.
    child.signal('SIGUSR2');
    await new Promise((r) => setTimeout(r, 300));
    const clock = /fast-clock: (.*)/.exec(child.stderr.join(''))?.[1] ?? '(no report)';
    return { readyMb, afterMb: rssMb, peakMb, clock };
  } finally {
    // Its own shutdown timers run fast too: this run is not a test of stopping.
    await child.stop('SIGKILL');
  }
}

async function embedded(base: Record<string, string>): Promise<{ rows: Row[]; idle: IdleRow[] }> {
  const rows: Row[] = [];
  for (const launcher of launchers) {
    const first: Start[] = [];
    const restart: Start[] = [];
    for (let i = 0; i < runs; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'vestka-startup-'));
      try {
        first.push(await start({ ...base, DATA_DIR: dataDir }, launcher));
        restart.push(await start({ ...base, DATA_DIR: dataDir }, launcher));
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
    rows.push(
      { backend: 'PGlite (embedded)', launcher, step: 'first start (create + migrate)', starts: first },
      { backend: 'PGlite (embedded)', launcher, step: 'restart', starts: restart },
    );
  }
  if (idleHours <= 0) return { rows, idle: [] };
  const dataDir = mkdtempSync(join(tmpdir(), 'vestka-idle-'));
  try {
    return { rows, idle: [{ backend: 'PGlite (embedded)', ...(await idle({ ...base, DATA_DIR: dataDir })) }] };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function server(base: Record<string, string>): Promise<{ rows: Row[]; idle: IdleRow[] }> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 3 });
  try {
    await admin`select 1`;
  } catch {
    console.log(`PostgreSQL at ${adminUrl} does not answer: PostgreSQL rows skipped.`);
    await admin.end();
    return { rows: [], idle: [] };
  }
  const scratch = async <T>(i: number | string, use: (url: string) => Promise<T>): Promise<T> => {
    const name = `startup_bench_${process.pid}_${i}`;
    await admin.unsafe(
      `create database ${name} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
    );
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      return await use(url.toString());
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
    }
  };
  const first: Start[] = [];
  const restart: Start[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      await scratch(i, async (url) => {
        first.push(await start({ ...base, DATABASE_URL: url }, 'npm start'));
        restart.push(await start({ ...base, DATABASE_URL: url }, 'npm start'));
      });
    }
    const rows: Row[] = [
      { backend: 'PostgreSQL', launcher: 'npm start', step: 'first start (migrate)', starts: first },
      { backend: 'PostgreSQL', launcher: 'npm start', step: 'restart', starts: restart },
    ];
    if (idleHours <= 0) return { rows, idle: [] };
    return {
      rows,
      idle: [{ backend: 'PostgreSQL', ...(await scratch('idle', (url) => idle({ ...base, DATABASE_URL: url }))) }],
    };
  } finally {
    await admin.end();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

// As `npm install` leaves it: the bundle current (else the first start would bundle it) and the template made.
execFileSync(process.execPath, ['scripts/postinstall.js'], { stdio: 'inherit' });
const emulator = await BotApiEmulator.start();
try {
  const base = { BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot };
  const load = loadavg()[0]!.toFixed(1);
  const results = [await embedded(base), await server(base)];
  const rows = results.flatMap((r) => r.rows);
  console.log(
    `Machine: Node ${process.version}, load average ${load} at start, ${loadavg()[0]!.toFixed(1)} at the end; ${runs} runs per row; spawn → "ready" log line.`,
  );
  console.log(
    'CPU: what the process used until "ready", all threads (on a busy machine the wall time grows, this much less).',
  );
  console.log(
    '\n| backend | launcher | step | median (s) | min (s) | max (s) | CPU (s, median) | RSS 1 s after ready (MiB, median) |',
  );
  console.log('|---|---|---|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const times = row.starts.map((s) => s.ms);
    console.log(
      `| ${row.backend} | ${row.launcher} | ${row.step} | ${seconds(median(times))} | ${seconds(Math.min(...times))} | ${seconds(Math.max(...times))} | ${seconds(median(row.starts.map((s) => s.cpuMs)))} | ${median(row.starts.map((s) => s.rssMb)).toFixed(0)} |`,
    );
  }
  console.log('\nWhere the time goes (ms, median of each step; a step counts from the end of the one before):');
  for (const row of rows) {
    console.log(`\n${row.backend}, ${row.launcher}, ${row.step}:`);
    const names = [...new Set(row.starts.flatMap((s) => [...s.steps.keys()]))];
    for (const name of names)
      console.log(`  ${String(median(row.starts.map((s) => s.steps.get(name) ?? 0))).padStart(6)}  ${name}`);
  }
  const idleRows = results.flatMap((r) => r.idle);
  if (idleRows.length > 0) {
    console.log(
      `\nIdle memory: ${idleHours} h of scheduler ticks and drainer polls with the clock ${CLOCK_SPEED}× faster (bench/support/fast-clock.js), npm start.`,
    );
    console.log('| backend | RSS after ready (MiB) | RSS after the idle hour (MiB) | peak RSS (MiB) |');
    console.log('|---|---:|---:|---:|');
    for (const row of idleRows)
      console.log(
        `| ${row.backend} | ${row.readyMb.toFixed(0)} | ${row.afterMb.toFixed(0)} | ${row.peakMb.toFixed(0)} |`,
      );
    for (const row of idleRows) console.log(`${row.backend}, virtual clock: ${row.clock}`);
  }
} finally {
  await emulator.stop();
}
