import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { SourceFormat } from '../../domain/source-definition.ts';
import type { Snapshot } from '../../domain/sync-snapshot.ts';

/** A place prisoner records come from: a JSON feed, a CSV export or an HTML table. */
export const sources = pgTable('sources', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  name: text().notNull().unique(),
  /** http(s) URL or a file path. */
  url: text().notNull(),
  format: text().$type<SourceFormat>().notNull(),
  /** A cron expression; node-cron fires, job_runs decides. */
  schedule: text().notNull().default('*/15 * * * *'),
  enabled: boolean().notNull().default(true),
  etag: text(),
  lastModified: text(),
  /** Hash of the last body applied, so an unchanged snapshot is recognised without a diff. */
  lastBodyHash: text(),
  /** Header row or shape fingerprint of the last good fetch; a change trips the breaker. */
  shapeFingerprint: text(),
  consecutiveFailures: integer().notNull().default(0),
  /** Admins were told the source is failing; reset (and told again) when it recovers. */
  failingAlertedAt: timestamp({ withTimezone: true }),
  lastSuccessAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One fetch-compare-apply of a source. */
export const syncRuns = pgTable(
  'sync_runs',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    sourceId: integer()
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    slot: text().notNull(),
    /** running | applied | unchanged | held | confirmed | rejected | superseded | failed */
    status: text().notNull().default('running'),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    fetchedAt: timestamp({ withTimezone: true }),
    rowCount: integer(),
    /** Events by kind, e.g. {"pardoned": 3, "transferred": 1}. */
    counts: jsonb().$type<Record<string, number>>().notNull().default({}),
    /** Why the breaker held the run, or why it failed. */
    reason: text(),
    /**
     * A held run's snapshot: the records as fetched and parsed, not a plan. /sync_confirm plans it again
     * against the records as they are then. Emptied once the run is rejected.
     */
    plan: jsonb().$type<Snapshot>(),
    decidedBy: bigint({ mode: 'number' }),
  },
  (t) => [index('sync_runs_source_idx').on(t.sourceId, t.startedAt)],
);

/** Rows a source gave that we could not read, with the reason; the rest of the run goes on. */
export const quarantinedRows = pgTable(
  'quarantined_rows',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    syncRunId: bigint({ mode: 'number' })
      .notNull()
      .references(() => syncRuns.id, { onDelete: 'cascade' }),
    /** Row number or record id in the source. */
    rowRef: text().notNull(),
    reason: text().notNull(),
    raw: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('quarantined_rows_run_idx').on(t.syncRunId)],
);
