import type { Settlement } from '../../db/queries/outbox-settle.ts';

export interface SettlementQueueOptions {
  /** Writes one batch in one transaction. */
  write(batch: Settlement[]): Promise<void>;
  /** Called after a batch is committed (the drainer learns when chats free up). */
  written(batch: Settlement[]): void;
  failed(error: unknown, rows: number): void;
  /** Called when a write ends, so the drainer's loop looks again. */
  wake(): void;
  now(): number;
  batchSize?: number;
  delayMs?: number;
}

/**
 * Outcomes wait here briefly and are written in batches: one transaction per ~20 ms instead of one
 * per message. A failed write keeps its outcomes and is tried again a second later; nothing is
 * dropped while the process lives (a crash loses only what the leases then bring back).
 */
export class SettlementQueue {
  private readonly queue: Settlement[] = [];
  private oldestAt = 0;
  private writing: Promise<void> | undefined;
  private readonly batchSize: number;
  private readonly delayMs: number;

  constructor(private readonly options: SettlementQueueOptions) {
    this.batchSize = options.batchSize ?? 200;
    this.delayMs = options.delayMs ?? 20;
  }

  get length(): number {
    return this.queue.length;
  }

  /** Too many outcomes waiting: the drainer should not start more sends until they are written. */
  get full(): boolean {
    return this.queue.length >= this.batchSize * 5;
  }

  push(settlement: Settlement): void {
    if (this.queue.length === 0) this.oldestAt = this.options.now();
    this.queue.push(settlement);
  }

  /** Milliseconds until the next write is due (Infinity when nothing waits or a write is running). */
  dueIn(now: number): number {
    if (this.queue.length === 0 || this.writing) return Infinity;
    return this.queue.length >= this.batchSize ? 0 : Math.max(0, this.oldestAt + this.delayMs - now);
  }

  flushIfDue(now: number, force = false): void {
    if (this.writing || this.queue.length === 0) return;
    if (!force && this.dueIn(now) > 0) return;
    this.writing = this.writeBatch().finally(() => {
      this.writing = undefined;
      this.options.wake();
    });
  }

  /** Writes everything still queued, trying a few times; answers how many outcomes could not be written. */
  async drain(tries = 5): Promise<number> {
    await this.writing;
    for (let attempt = 0; attempt < tries && this.queue.length > 0; attempt++) {
      const before = this.queue.length;
      this.flushIfDue(this.options.now(), true);
      await this.writing;
      if (this.queue.length >= before) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return this.queue.length;
  }

  private async writeBatch(): Promise<void> {
    const batch = this.queue.splice(0, this.batchSize);
    try {
      await this.options.write(batch);
    } catch (error) {
      this.queue.unshift(...batch);
      this.oldestAt = this.options.now() + 1000 - this.delayMs;
      this.options.failed(error, batch.length);
      return;
    }
    if (this.queue.length > 0) this.oldestAt = this.options.now() - this.delayMs;
    this.options.written(batch);
  }
}
