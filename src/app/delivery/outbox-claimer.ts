import type { Db } from '../../db/database.ts';
import { beatDrainer, removeDrainer } from '../../db/queries/delivery-drainers.ts';
import {
  analyzeOutbox,
  claimOutbox,
  reapExpiredLeases,
  releaseClaims,
  renewLeases,
  type ClaimedRow,
} from '../../db/queries/outbox-claims.ts';
import type { Logger } from '../../logging.ts';
import type { Clock } from '../../domain/clock.ts';

export interface ClaimerOptions {
  worker: string;
  leaseMs: number;
  idlePollMs: number;
  exclusive: boolean;
}

/**
 * The drainer's side of the database lease protocol, and when to claim next: at once while full
 * batches come back, at the moment a settled row's chat or retry becomes due, else at the idle poll.
 * Maintenance (every third of a lease) reaps expired leases, renews ours and counts live drainers.
 */
export class OutboxClaimer {
  nextClaimAt = 0;
  nextMaintenanceAt = 0;
  private dueTimes: number[] = [];
  private lastAnalyzeAt = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: ClaimerOptions,
  ) {}

  /** Answers how many drainers are alive, to share the send budget. */
  async maintain(first: boolean): Promise<number> {
    const now = this.clock.now();
    const { worker, leaseMs } = this.options;
    const reaped = await reapExpiredLeases(this.db, { worker, now, everyLease: first && this.options.exclusive });
    if (reaped > 0) this.logger.warn({ rows: reaped }, 'took back rows whose drainer stopped before settling them');
    if (!first) await renewLeases(this.db, worker, new Date(now.getTime() + leaseMs));
    const drainers = await beatDrainer(this.db, worker, now, leaseMs);
    this.nextMaintenanceAt = now.getTime() + leaseMs / 3;
    return drainers;
  }

  async claim(limit: number): Promise<ClaimedRow[]> {
    const now = this.clock.now();
    const rows = await claimOutbox(this.db, {
      worker: this.options.worker,
      limit,
      now,
      leaseUntil: new Date(now.getTime() + this.options.leaseMs),
    });
    const at = now.getTime();
    // A slow claim means stale planner statistics (see analyzeOutbox); refresh them at most once a minute.
    if (this.clock.now().getTime() - at > 50 && at - this.lastAnalyzeAt > 60_000) {
      this.lastAnalyzeAt = at;
      await analyzeOutbox(this.db);
    }
    this.dueTimes = this.dueTimes.filter((t) => t > at);
    const nextDue = this.dueTimes.reduce((min, t) => Math.min(min, t), Infinity);
    // Never more often than every 10 ms, so a crowd of due times does not become a busy loop.
    this.nextClaimAt = rows.length >= limit ? 0 : Math.max(at + 10, Math.min(at + this.options.idlePollMs, nextDue));
    return rows;
  }

  /** A row we settled becomes due at this time (its chat's gap, a retry): claim then. */
  expectDue(due: number): void {
    if (due > this.clock.now().getTime() + 60_000) return; // the idle poll finds it
    this.dueTimes.push(due);
    this.nextClaimAt = Math.min(this.nextClaimAt, due);
  }

  /** After a database failure: wait a second before claiming or maintaining again. */
  pause(): void {
    const later = this.clock.now().getTime() + 1000;
    this.nextClaimAt = later;
    this.nextMaintenanceAt = Math.max(this.nextMaintenanceAt, later);
  }

  /** On a graceful stop: rows claimed but never tried go back at once, and this drainer leaves the count. */
  async release(ids: number[]): Promise<void> {
    await releaseClaims(this.db, this.options.worker, ids);
    await removeDrainer(this.db, this.options.worker);
  }
}
