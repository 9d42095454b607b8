import type { Logger } from './logging.ts';

/** In-flight work (a send, a source fetch, a webhook request) may finish within this time... */
export const STOP_GRACE_MS = 2_000;
/** ...then it is cancelled; whatever still runs at this point is left, and the process exits anyway. */
export const STOP_LIMIT_MS = 4_500;

export interface StopStep {
  name: string;
  stop(): Promise<unknown>;
}

/**
 * A bounded, clean stop on SIGTERM or SIGINT (exit 0 within 5 s): parts stop in parallel, then the
 * database closes. Work cut short is never lost, because nothing is done outside a transaction or
 * a lease: a send cancelled at the grace deadline is settled for a retry, a sync cancelled before
 * it wrote anything is simply run again, and rows still leased go back to the queue at the next start.
 */
export class Shutdown {
  /** Aborted at the grace deadline: Telegram calls and source fetches listen to it. */
  readonly cancel = new AbortController();
  private readonly parts: StopStep[] = [];
  private last: StopStep | undefined;
  private started = false;

  constructor(
    private readonly logger: Logger,
    private readonly exit: (code: number) => never,
  ) {}

  /** Stopped together when the signal comes, in no particular order. */
  add(step: StopStep): void {
    this.parts.push(step);
  }

  /** Stopped after every part: the database. */
  finally(step: StopStep): void {
    this.last = step;
  }

  listen(): void {
    process.once('SIGINT', () => void this.run('SIGINT'));
    process.once('SIGTERM', () => void this.run('SIGTERM'));
  }

  async run(signal: string): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.logger.info({ signal }, 'shutting down');
    const pending = new Set(this.parts.map((p) => p.name));
    const grace = setTimeout(() => this.cancel.abort(), STOP_GRACE_MS);
    const limit = setTimeout(() => {
      this.logger.warn(
        { unfinished: [...pending] },
        `stopped with work under way (${[...pending].join(', ')}); it is taken up again at the next start`,
      );
      this.exit(0);
    }, STOP_LIMIT_MS);
    const stopOne = async (step: StopStep) => {
      try {
        await step.stop();
      } catch (error) {
        this.logger.warn(
          { part: step.name, err: error instanceof Error ? error.message : String(error) },
          `could not stop ${step.name} cleanly`,
        );
      } finally {
        pending.delete(step.name);
      }
    };
    await Promise.all(this.parts.map(stopOne));
    if (this.last) {
      pending.add(this.last.name);
      await stopOne(this.last);
    }
    clearTimeout(grace);
    clearTimeout(limit);
    this.logger.info('stopped');
    this.exit(0);
  }
}
