import type { Db } from '../db/database.ts';
import { queueFigures, type QueueFigures } from '../db/queries/outbox-stats.ts';
import type { Clock } from './clock.ts';

/** The admin's view of delivery: service-wide totals only, the same figures /metrics shows. */
export interface QueueReport extends QueueFigures {
  pendingTotal: number;
  sendingTotal: number;
  /** Seconds since the oldest pending message was queued; null when nothing waits. */
  oldestPendingAgeSeconds: number | null;
  failuresTotal: number;
}

export async function readQueueReport(db: Db, clock: Clock): Promise<QueueReport> {
  const now = clock.now();
  const figures = await queueFigures(db, now);
  return {
    ...figures,
    pendingTotal: figures.depth.reduce((sum, d) => sum + d.pending, 0),
    sendingTotal: figures.depth.reduce((sum, d) => sum + d.sending, 0),
    oldestPendingAgeSeconds: figures.oldestPendingAt ? Math.max(0, Math.round((now.getTime() - figures.oldestPendingAt.getTime()) / 1000)) : null,
    failuresTotal: figures.failuresLastHour.reduce((sum, f) => sum + f.count, 0),
  };
}
