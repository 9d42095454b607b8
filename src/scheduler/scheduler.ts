import { schedule, type ScheduledTask } from 'node-cron';
import { minuteSlot } from '../app/job-claims.ts';
import type { Logger } from '../logging.ts';

/** A job the scheduler triggers; `run` gets the slot and must itself claim it in the database. */
export interface ScheduledJob {
  name: string;
  /** Cron expression, read in UTC. */
  schedule: string;
  run(slot: string): Promise<unknown>;
}

export interface Scheduler {
  /** Stops triggering and waits for runs in flight, so the database is not closed under them. */
  stop(): Promise<void>;
}

/**
 * node-cron only triggers. Each tick computes its slot (the scheduled minute in UTC) and calls the
 * job, which claims (job, slot) in the database: several instances, or a restart within the minute,
 * still run each slot once. A job still running when its next tick comes is not started twice here.
 */
export function startScheduler(jobs: readonly ScheduledJob[], logger: Logger): Scheduler {
  const inFlight = new Set<Promise<unknown>>();
  const tasks: ScheduledTask[] = jobs.map((job) =>
    schedule(
      job.schedule,
      async (context) => {
        const slot = minuteSlot(context.date);
        const run = job
          .run(slot)
          .catch((error: unknown) => logger.error({ job: job.name, slot, err: error }, `job ${job.name} failed`));
        inFlight.add(run);
        try {
          await run;
        } finally {
          inFlight.delete(run);
        }
      },
      { name: job.name, timezone: 'UTC', noOverlap: true },
    ),
  );
  return {
    async stop() {
      for (const task of tasks) await task.destroy();
      await Promise.all([...inFlight]);
    },
  };
}
