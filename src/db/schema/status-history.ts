import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { PrisonerStatus } from '../../domain/status.ts';
import { prisoners } from './prisoners.ts';
import { sources } from './sources.ts';

/**
 * Every change to a prisoner's record, with where it came from. Digests and the card's
 * "last change" read from here. `announced = false` marks corrections that were recorded but
 * deliberately not told to anyone.
 */
export const statusHistory = pgTable(
  'status_history',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    prisonerId: integer()
      .notNull()
      .references(() => prisoners.id, { onDelete: 'cascade' }),
    /** Event kind (newly_listed, detained, sentenced, transferred, pardoned, correction, ...). */
    kind: text().notNull(),
    fromStatus: text().$type<PrisonerStatus>(),
    toStatus: text().$type<PrisonerStatus>(),
    /** Kind-specific facts: old and new facility, sentence, country, corrected fields. */
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** The real-world date of the change, when the source gives one. */
    occurredOn: date(),
    /** When the source says it observed this (or when an admin asserted it). */
    observedAt: timestamp({ withTimezone: true }).notNull(),
    /** When we fetched the data that showed it; null for admin actions. */
    fetchedAt: timestamp({ withTimezone: true }),
    sourceId: integer().references(() => sources.id, { onDelete: 'set null' }),
    sourceUrl: text(),
    syncRunId: bigint({ mode: 'number' }),
    releaseBatchId: integer(),
    /** Who or what made the change: `sync:<source>`, `admin:<id>`, `batch:<id>`, `cli`. */
    changedBy: text().notNull(),
    announced: boolean().notNull().default(true),
    /** Set when an admin undid the change (batch undo); kept for the record. */
    revertedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    index('status_history_prisoner_idx').on(t.prisonerId, t.createdAt),
    index('status_history_created_idx').on(t.createdAt),
    index('status_history_batch_idx').on(t.releaseBatchId),
  ],
);

export type StatusHistoryRow = typeof statusHistory.$inferSelect;
