import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../test/support/vestka-process.ts';

/**
 * The suite on a busy machine: keeps every core busy with another load (stress-ng --cpu N from
 * Debian when installed, else a node process spinning on N worker threads), runs `npm test` RUNS
 * times in a row, prints each run's result and wall time, and stops the load. Exits 1 if any run failed.
 *
 *   npm run test:soak            (5 runs)
 *   npm run test:soak -- 1       (1 run)
 *
 * Each run's full output goes to a log file whose path is printed.
 */
const runs = Number(process.argv[2] ?? 5);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run test:soak -- [runs]   (a whole number, 5 by default)');
  process.exit(2);
}
const cores = cpus().length;

/** Another program keeping every core busy, as on a shared CI machine. */
function startLoad(): { child: ChildProcess; what: string } {
  if (spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0) {
    return {
      child: spawn('stress-ng', ['--cpu', String(cores), '--quiet'], { stdio: 'ignore' }),
      what: `stress-ng --cpu ${cores}`,
    };
  }
  const spin = `const { Worker } = require('node:worker_threads');
for (let i = 0; i < ${cores}; i++) new Worker('for (;;) {}', { eval: true });`;
  return {
    child: spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }),
    what: `node busy loop on ${cores} worker threads`,
  };
}

function runSuite(log: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['test'], {
      cwd: ROOT,
      env: { ...process.env, CI: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = createWriteStream(log);
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on('exit', (code) => out.end(() => resolve(code)));
  });
}

const logs = mkdtempSync(join(tmpdir(), 'vestka-soak-'));
const load = startLoad();
const stopLoad = () => {
  if (load.child.exitCode === null && load.child.signalCode === null) load.child.kill('SIGTERM');
};
process.once('SIGINT', () => {
  stopLoad();
  process.exit(130);
});
process.once('exit', stopLoad);

console.log(
  `Soak: ${runs} run(s) of npm test on ${cores} cores while ${load.what} keeps them busy; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at start; logs in ${logs}`,
);
const results: { run: number; code: number | null; seconds: number }[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    const log = join(logs, `run-${run}.log`);
    const started = Date.now();
    const code = await runSuite(log);
    const seconds = Math.round((Date.now() - started) / 1000);
    results.push({ run, code, seconds });
    console.log(
      `run ${run}/${runs}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s, load average ${loadavg()[0]!.toFixed(2)}; ${log}`,
    );
  }
} finally {
  stopLoad();
}
const failed = results.filter((r) => r.code !== 0).length;
const times = results.map((r) => r.seconds).sort((a, b) => a - b);
console.log(
  `Soak: ${runs - failed} of ${runs} runs passed; wall time ${times[0]}-${times.at(-1)} s (median ${times[Math.floor(times.length / 2)]} s).`,
);
process.exit(failed === 0 ? 0 : 1);
