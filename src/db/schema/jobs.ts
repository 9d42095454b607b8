import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * node-cron only says "it may be time"; a row here says whether this slot of this job already ran.
 * Inserting (job, slot) succeeds for exactly one process, across restarts and instances.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text().notNull(),
    /** The slot the run covers, e.g. an ISO minute "2026-11-22T10:15Z" or a local date. */
    slot: text().notNull(),
    status: text().$type<'running' | 'done' | 'failed'>().notNull().default('running'),
    claimedBy: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    detail: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.job, t.slot] })],
);
