import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ROOT } from '../../test/support/vestka-process.ts';

/** How a bench starts the program: what `npm start` runs, or the tests' path through tsx. */
export const LAUNCHERS = {
  'npm start': ['scripts/start.js'],
  'tsx (e2e tests)': ['--import', 'tsx', 'src/main.ts'],
} as const;
export type Launcher = keyof typeof LAUNCHERS;

export interface StartupStep {
  step: string;
  atMs: number;
}

/**
 * The real program as a child process, for start-up and memory figures: its JSON log lines, its
 * start-up trace (debug lines `start-up: <step>`, see src/startup-trace.ts) and its memory from /proc.
 */
export class ProgramProcess {
  readonly records: Record<string, unknown>[] = [];
  readonly stderr: string[] = [];
  readonly spawnedAt = Date.now();
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(env: Record<string, string>, launcher: Launcher = 'npm start', nodeOptions: string[] = []) {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !/^(BOT_TOKEN|DATABASE_URL|DATA_DIR|TEST_DATABASE_URL|ADMIN_IDS|SOURCE.*)$/.test(k),
      ),
    );
    this.child = spawn(process.execPath, [...nodeOptions, ...LAUNCHERS[launcher]], {
      cwd: ROOT,
      env: { ...clean, LOG_LEVEL: 'debug', PORT: '0', HOST: '127.0.0.1', METRICS_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        try {
          this.records.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          // not a log record
        }
      }
    });
    this.child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    // A bench that fails half-way takes its child with it.
    const orphaned = () => this.child.kill('SIGKILL');
    process.once('exit', orphaned);
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code) => {
        process.off('exit', orphaned);
        resolve(code);
      }),
    );
  }

  /** Milliseconds from spawning to the "ready" line. */
  async ready(timeoutMs = 120_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ready = this.records.find((r) => String(r.msg).startsWith('ready'));
      if (ready) return Number(ready.time) - this.spawnedAt;
      if (this.child.exitCode !== null)
        throw new Error(`Vestka exited (${this.child.exitCode}) before "ready": ${this.stderr.join('')}`);
      if (Date.now() > deadline) throw new Error(`No "ready" within ${timeoutMs} ms: ${this.stderr.join('')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** The start-up trace, in order. */
  steps(): StartupStep[] {
    return this.records
      .filter((r) => typeof r.step === 'string' && typeof r.atMs === 'number')
      .map((r) => ({ step: r.step as string, atMs: r.atMs as number }));
  }

  /** Resident memory now and its peak so far, in MiB (Linux /proc). */
  memory(): { rssMb: number; peakMb: number } {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** CPU time the process has used so far, all its threads, in ms (Linux /proc; 100 ticks a second). */
  cpuMs(): number {
    const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill(signal);
    return this.exited;
  }
}
