import type { Clock } from '../domain/clock.ts';
import { runDueDigests, type DigestRunnerDeps } from '../app/digests/digest-runner.ts';
import type { Logger } from '../logging.ts';
import type { ScheduledJob } from './scheduler.ts';

/**
 * Every minute, queue the digests that have come due. The job itself claims nothing: each digest is
 * claimed per (subscriber, local date) as it is queued, so every instance may run it every minute.
 */
export function digestJob(deps: DigestRunnerDeps, clock: Clock, logger: Logger): ScheduledJob {
  return { name: 'digests', schedule: '* * * * *', run: () => queueDueDigests(deps, clock, logger, 'tick') };
}

/** One pass; at start-up this is the catch-up that sends, once, a digest missed while Vestka was down. */
export async function queueDueDigests(
  deps: DigestRunnerDeps,
  clock: Clock,
  logger: Logger,
  reason: 'tick' | 'start-up',
): Promise<void> {
  const report = await runDueDigests(deps, clock.now());
  if (report.claimed > 0)
    logger.info({ ...report, reason }, `digests: ${report.queued} queued, ${report.empty} with nothing to tell`);
  // Proof that a pass ran and found nothing due (the end-to-end test waits for it instead of sleeping).
  else logger.debug({ reason }, 'digests: none due');
}
