import { MAX_DIGEST_PERIOD_DAYS } from './digest-schedule.ts';
import { DAY_MS } from './zoned-time.ts';

/**
 * How long delivery records are kept after a message was settled: long enough that every digest
 * period (at most MAX_DIGEST_PERIOD_DAYS) can still find the last digest its reader received, and
 * short, because each record says that a chat was sent something.
 */
export const RETENTION_DAYS = MAX_DIGEST_PERIOD_DAYS + 4;

/** Records settled (or, for claims and runs, created) before this instant are deleted. */
export function retentionCutoff(now: Date, days: number = RETENTION_DAYS): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
