import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The slowest start `npm run bench:startup` has measured: the embedded first start (creating the
 * database and running every migration) to the "ready" line, 11.1-11.7 s on a slightly loaded 2-core
 * machine (issue 18). Restarts and PostgreSQL starts are faster.
 */
export const MEASURED_FIRST_START_MS = 12_000;
/**
 * How much slower than that a start may be before a test calls it broken: both cores busy with another
 * load plus this suite's own workers made starts several times slower. Waits end as soon as the line
 * comes, so a wide margin costs nothing on a fast machine.
 */
export const STARTUP_MARGIN = 8;
/**
 * The longest a test waits for the program (or a CLI process) to print a line: the measured start
 * times the margin, 96 s; VESTKA_TEST_STARTUP_MS sets it for a slower machine.
 */
export const STARTUP_WAIT_MS = Number(process.env.VESTKA_TEST_STARTUP_MS) || MEASURED_FIRST_START_MS * STARTUP_MARGIN;
/** The longest `stop()` waits for the exit (the program's own bound is 5 s; shutdown.e2e checks that). */
export const STOP_WAIT_MS = STARTUP_WAIT_MS / 2;

/** A test's own timeout for `starts` starts of the program and what it does in between. */
export function e2eTimeout(starts: number): number {
  return starts * (STARTUP_WAIT_MS + STOP_WAIT_MS) + 120_000;
}

/**
 * The real program, `src/main.ts`, as a child process: the same entry point `npm start` runs.
 * Its stdout (pino JSON lines) and stderr are collected for assertions.
 */
export class VestkaProcess {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<number | null>;
  readonly startedAt = Date.now();

  private constructor(readonly child: ChildProcess) {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const lines = out.split('\n');
      out = lines.pop()!;
      this.stdout.push(...lines);
    });
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    // A test that timed out may never reach its stop(): the child goes when the test worker exits.
    const orphaned = () => child.kill('SIGKILL');
    process.once('exit', orphaned);
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        process.off('exit', orphaned);
        resolve(code);
      }),
    );
  }

  static start(env: Record<string, string>, script = 'src/main.ts', args: string[] = []): VestkaProcess {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) =>
          !/^(BOT_TOKEN|DATABASE_URL|DATA_DIR|TEST_DATABASE_URL|TELEGRAM_API_ROOT|ADMIN_IDS|PORT|HOST|METRICS_PORT|METRICS_HOST|BOT_MODE)$/.test(
            k,
          ),
      ),
    );
    // TypeScript through tsx; `scripts/start.js` (what `npm start` runs: the bundle) as plain Node.
    const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
    const child = spawn(process.execPath, [...loader, script, ...args], {
      cwd: ROOT,
      // Any free ports, so test files running side by side never collide.
      env: { ...clean, LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', METRICS_PORT: '0', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new VestkaProcess(child);
  }

  /**
   * Resolves with the first log record whose message matches; fails, saying what the process printed,
   * if the process exits first or nothing matches within `timeoutMs` (STARTUP_WAIT_MS by default).
   */
  async waitForLog(pattern: RegExp, timeoutMs = STARTUP_WAIT_MS): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const line of this.stdout) {
        try {
          const record = JSON.parse(line) as Record<string, unknown>;
          if (pattern.test(String(record.msg))) return record;
        } catch {
          // not JSON: ignore
        }
      }
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(
          `Vestka exited (${this.child.exitCode ?? this.child.signalCode}) before logging ${pattern}.\n${this.printed()}`,
        );
      }
      if (Date.now() > deadline) {
        throw new Error(
          `No log matching ${pattern} within ${timeoutMs} ms (${MEASURED_FIRST_START_MS} ms measured start × ${STARTUP_MARGIN}; VESTKA_TEST_STARTUP_MS changes it).\n${this.printed()}`,
        );
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Everything the process printed so far, for a failure message. */
  printed(): string {
    const seconds = ((Date.now() - this.startedAt) / 1000).toFixed(1);
    return `It printed in ${seconds} s, on stdout:\n${this.stdout.join('\n') || '(nothing)'}\non stderr:\n${this.stderr.join('') || '(nothing)'}`;
  }

  /**
   * Sends `signal` and resolves with the exit code (null: ended by a signal). A process still running
   * after `timeoutMs` is killed and the call fails with what it printed.
   */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = STOP_WAIT_MS): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
    const code = await Promise.race([this.exited, late]);
    clearTimeout(timer);
    if (code !== 'late') return code;
    this.child.kill('SIGKILL');
    await this.exited;
    throw new Error(`Vestka did not exit within ${timeoutMs} ms of ${signal}; killed.\n${this.printed()}`);
  }
}
