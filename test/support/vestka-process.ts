import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BOT_TOKEN|DATABASE_URL|DATA_DIR|TEST_DATABASE_URL|TELEGRAM_API_ROOT|ADMIN_IDS|PORT|HOST|METRICS_PORT|METRICS_HOST|BOT_MODE)$/.test(k)));
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      // Any free ports, so test files running side by side never collide.
      env: { ...clean, LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', METRICS_PORT: '0', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new VestkaProcess(child);
  }

  /** Resolves with the first log record whose message matches; fails if the process exits first. */
  async waitForLog(pattern: RegExp, timeoutMs = 20_000): Promise<Record<string, unknown>> {
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
      if (this.child.exitCode !== null) throw new Error(`Vestka exited (${this.child.exitCode}) before logging ${pattern}: ${this.stderr.join('')}${this.stdout.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`No log matching ${pattern} within ${timeoutMs} ms: ${this.stdout.join('\n')} ${this.stderr.join('')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill(signal);
    return this.exited;
  }
}
