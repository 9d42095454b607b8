import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { BotApiEmulator } from '../test/support/bot-api-emulator.ts';
import { VestkaProcess } from '../test/support/vestka-process.ts';

/**
 * Start-up time of the real program (`src/main.ts` through tsx, as `npm start` runs it): from spawning
 * the process to its "ready" log line, against the local Bot API emulator. A first start creates the
 * database and runs every migration; a restart finds them applied. Embedded PGlite in a fresh data
 * directory, and PostgreSQL in a scratch database on 127.0.0.1:5432 (skipped when it does not answer).
 *
 *   npm run bench:startup            (RUNS=5 by default)
 */
const runs = Number(process.env.RUNS ?? 5);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Row { backend: string; step: string; times: number[] }

async function timeToReady(env: Record<string, string>): Promise<number> {
  const child = VestkaProcess.start({ ...env, LOG_LEVEL: 'info' });
  let elapsed: number;
  try {
    await child.waitForLog(/^ready/, 60_000);
    elapsed = Date.now() - child.startedAt;
  } catch (error) {
    await child.stop('SIGKILL');
    throw error;
  }
  // A start that cannot stop cleanly is not a start to report.
  const code = await child.stop('SIGTERM');
  if (code !== 0) throw new Error(`Vestka exited with ${code} on SIGTERM: ${child.stderr.join('')}`);
  return elapsed;
}

async function embedded(base: Record<string, string>): Promise<Row[]> {
  const first: number[] = [];
  const restart: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'vestka-startup-'));
    try {
      first.push(await timeToReady({ ...base, DATA_DIR: dataDir }));
      restart.push(await timeToReady({ ...base, DATA_DIR: dataDir }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return [{ backend: 'PGlite (embedded)', step: 'first start (create + migrate)', times: first }, { backend: 'PGlite (embedded)', step: 'restart', times: restart }];
}

async function server(base: Record<string, string>): Promise<Row[]> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 3 });
  try {
    await admin`select 1`;
  } catch {
    console.log(`PostgreSQL at ${adminUrl} does not answer: PostgreSQL rows skipped.`);
    await admin.end();
    return [];
  }
  const first: number[] = [];
  const restart: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const name = `startup_bench_${process.pid}_${i}`;
      await admin.unsafe(`create database ${name} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      try {
        first.push(await timeToReady({ ...base, DATABASE_URL: url.toString() }));
        restart.push(await timeToReady({ ...base, DATABASE_URL: url.toString() }));
      } finally {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
      }
    }
  } finally {
    await admin.end();
  }
  return [{ backend: 'PostgreSQL', step: 'first start (migrate)', times: first }, { backend: 'PostgreSQL', step: 'restart', times: restart }];
}

const emulator = await BotApiEmulator.start();
try {
  const base = { BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot };
  const started = loadavg()[0]!.toFixed(1);
  const rows = [...(await embedded(base)), ...(await server(base))];
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`Machine: Node ${process.version}, load average ${started} at start; ${runs} runs per row; spawn → "ready" log line.`);
  console.log('| backend | step | median (s) | min (s) | max (s) |');
  console.log('|---|---|---:|---:|---:|');
  for (const row of rows) {
    const sorted = [...row.times].sort((a, b) => a - b);
    console.log(`| ${row.backend} | ${row.step} | ${seconds(sorted[Math.floor(sorted.length / 2)]!)} | ${seconds(sorted[0]!)} | ${seconds(sorted.at(-1)!)} |`);
  }
} finally {
  await emulator.stop();
}
